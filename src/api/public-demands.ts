import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/public'
import type { PublicDemandDraft } from '@/domain/model/public-demand'
import { request } from './http'

// The worker's side of 一码一表: file a demand and look it up by receipt number, without a session.

export const receiptKeys = {
  all: ['receipts'] as const,
  detail: (receipt: string) => [...receiptKeys.all, receipt] as const,
}

export function submitPublicDemand(draft: PublicDemandDraft) {
  return request(contract.submitPublicDemand, { body: draft })
}

export function getReceipt(receipt: string, signal?: AbortSignal) {
  return request(contract.getReceipt, { params: { receipt }, signal })
}

export const receiptQuery = (receipt: string) =>
  queryOptions({
    queryKey: receiptKeys.detail(receipt),
    queryFn: ({ signal }) => getReceipt(receipt, signal),
  })
