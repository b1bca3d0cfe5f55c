import type { getPublicBoard, getReceipt, submitPublicDemand } from '@/contract/public'
import { receiptOf } from '@/domain/demand-loop'
import { publicBoardOf } from '@/domain/public-board'
import { HttpFailure } from '../failure'
import type { ReadModel } from '../read-model/read-model'
import type { UseCase } from '../use-case'
import { fileDemand } from './demands'
import { checkDemandUnit, checkFilters } from './query-checks'

// 一码一表 and 公示: the workers' side, without a session. Answers carry only what a worker may see.

function receiptFor(read: ReadModel, receipt: string) {
  const demand = [...read.demands.values()].find((entry) => entry.receipt === receipt)
  return demand
    ? receiptOf(demand, { demand: (id) => read.demands.get(id), item: (id) => read.items.get(id) })
    : undefined
}

export const submitPublicDemandCase: UseCase<typeof submitPublicDemand> = async ({
  core,
  read,
  user,
  body,
  now,
  client,
}) => {
  checkDemandUnit(read, body.unitId)
  const demand = await fileDemand(core, { ...body, channel: 'qr_form' }, now, user ? undefined : client)
  return receiptFor(read, demand.receipt)!
}

export const getReceiptCase: UseCase<typeof getReceipt> = ({ read, params }) => {
  const receipt = receiptFor(read, params.receipt.trim().toUpperCase())
  if (!receipt) throw new HttpFailure('not_found', '未找到该回执号，请核对后重新输入')
  return receipt
}

export const getPublicBoardCase: UseCase<typeof getPublicBoard> = ({ read, query, today }) => {
  checkFilters(read, query)
  return publicBoardOf({ asOf: today, campaign: read.campaign, units: read.units, items: read.allViews(today), query })
}
