import { http } from 'msw'
import { applyDemandPatch } from '@/domain/demand-rules'
import { DemandDraftSchema, DemandPatchSchema, type Demand } from '@/domain/model/demand'
import { DemandQuerySchema } from '@/domain/model/demand-query'
import { canRecordDemand, canTriageDemand } from '@/domain/permissions'
import type { MockBackend } from '../backend'
import { notFound, refusal, unauthenticated, validation } from '../http/failure'
import { created, ok } from '../http/json'
import { pageOf } from '../http/paging'
import { readBody, readQuery } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'
import { detach, linkDemands } from './item-records'

function newReceipt(taken: Iterable<Demand>, random: () => number): string {
  const used = new Set([...taken].map((d) => d.receipt))
  for (;;) {
    const receipt = `BS-${String(Math.floor(random() * 1_000_000)).padStart(6, '0')}`
    if (!used.has(receipt)) return receipt
  }
}

export function demandHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/demands'),
      route(getBackend, ({ url, backend, requireUser }) => {
        requireUser()
        const query = readQuery(url, DemandQuerySchema)
        const needle = query.q?.toLowerCase()
        const matching = [...backend.db.demands.values()]
          .filter(
            (d) =>
              (!query.channel || d.channel === query.channel) &&
              (!query.unit || d.unitId === query.unit) &&
              (!query.status || d.status === query.status) &&
              (!query.item || d.itemId === query.item) &&
              (!needle || d.text.toLowerCase().includes(needle) || d.receipt.toLowerCase().includes(needle)),
          )
          .sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0))
        return ok(pageOf(matching, query.page, query.pageSize))
      }),
    ),

    http.post(
      api('/demands'),
      route(getBackend, async ({ request, backend, user }) => {
        const draft = await readBody(request, DemandDraftSchema, 8 * 1024)
        const { db } = backend
        if (!user && draft.channel !== 'qr_form') throw unauthenticated()
        if (!db.units.some((u) => u.id === draft.unitId)) throw validation({ unitId: '未知的单位' })
        if (user) {
          const allowed = canRecordDemand(user, draft.unitId)
          if (!allowed.ok) throw refusal(allowed)
        }
        const now = backend.now().toISOString()
        const anonymous = draft.anonymous ?? false
        const demand: Demand = {
          id: db.newId('dem', db.demands),
          receipt: newReceipt(db.demands.values(), backend.random),
          channel: draft.channel,
          unitId: draft.unitId,
          text: draft.text,
          submittedAt: now,
          status: 'new',
          itemId: null,
          reply: null,
          mergedInto: null,
          anonymous,
          submitterName: anonymous ? null : (draft.submitterName ?? null),
          submitterPhone: anonymous ? null : (draft.submitterPhone ?? null),
          updatedAt: now,
        }
        db.putDemand(demand)
        return created(demand)
      }),
    ),

    http.patch(
      api('/demands/:demandId'),
      route<{ demandId: string }>(getBackend, async ({ request, params, backend, requireUser }) => {
        const user = requireUser()
        const { db } = backend
        const demand = db.demands.get(params.demandId)
        if (!demand) throw notFound('诉求')
        const patch = await readBody(request, DemandPatchSchema)
        const allowed = canTriageDemand(user, demand)
        if (!allowed.ok) throw refusal(allowed)
        const result = applyDemandPatch(demand, patch, { item: (id) => db.items.has(id), demand: (id) => db.demands.get(id) })
        if (!result.ok) throw validation(result.fields)
        const next = { ...result.next, updatedAt: backend.now().toISOString() }
        if (demand.itemId && demand.itemId !== next.itemId) detach(backend, demand.itemId, demand.id)
        db.putDemand(next)
        if (next.itemId && next.itemId !== demand.itemId) linkDemands(backend, next.itemId, [next.id])
        return ok(db.demands.get(next.id))
      }),
    ),
  ]
}
