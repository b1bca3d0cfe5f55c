import { queryOptions } from '@tanstack/react-query'
import { ReceiptSchema, type PublicDemandDraft } from '@/domain/model/public-demand'
import { http } from './http'

// The worker's side of 一码一表: file a demand and look it up by receipt number, without a session.

export const receiptKeys = {
  all: ['receipts'] as const,
  detail: (receipt: string) => [...receiptKeys.all, receipt] as const,
}

export function submitPublicDemand(draft: PublicDemandDraft) {
  return http('/public/demands', ReceiptSchema, { method: 'POST', body: draft })
}

export function getReceipt(receipt: string, signal?: AbortSignal) {
  return http(`/public/receipts/${encodeURIComponent(receipt)}`, ReceiptSchema, { signal })
}

export const receiptQuery = (receipt: string) =>
  queryOptions({
    queryKey: receiptKeys.detail(receipt),
    queryFn: ({ signal }) => getReceipt(receipt, signal),
  })
