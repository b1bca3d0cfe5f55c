import { http } from 'msw'
import { receiptOf } from '@/domain/demand-loop'
import { PublicDemandDraftSchema } from '@/domain/model/public-demand'
import type { MockBackend } from '../backend'
import { HttpFailure, validation } from '../http/failure'
import { created, ok } from '../http/json'
import { api } from '../http/paths'
import { route } from '../http/route'
import { fileDemand } from './demands'
import { cappedBody, countFiled, parseBody, rateLimited } from './intake-guard'

// 一码一表: the worker's side, without a session. Answers carry only what the worker may see (Receipt).

function receiptFor(backend: MockBackend, receipt: string) {
  const { db } = backend
  const demand = [...db.demands.values()].find((entry) => entry.receipt === receipt)
  return demand ? receiptOf(demand, { demand: (id) => db.demands.get(id), item: (id) => db.items.get(id) }) : undefined
}

export function publicDemandHandlers(getBackend: () => MockBackend) {
  return [
    http.post(
      api('/public/demands'),
      route(getBackend, async ({ request, backend }) => {
        const limited = rateLimited(backend, request, 'submit')
        if (limited) return limited
        const draft = parseBody(await cappedBody(request), PublicDemandDraftSchema)
        if (!backend.db.units.some((unit) => unit.id === draft.unitId)) throw validation({ unitId: '未知的单位' })
        const demand = fileDemand(backend, { ...draft, channel: 'qr_form' })
        countFiled(backend, request)
        return created(receiptFor(backend, demand.receipt))
      }),
    ),

    http.get(
      api('/public/receipts/:receipt'),
      route<{ receipt: string }>(getBackend, ({ request, params, backend }) => {
        const limited = rateLimited(backend, request, 'lookup')
        if (limited) return limited
        const receipt = receiptFor(backend, params.receipt.trim().toUpperCase())
        if (!receipt) throw new HttpFailure('not_found', '未找到该回执号，请核对后重新输入')
        return ok(receipt)
      }),
    ),
  ]
}
