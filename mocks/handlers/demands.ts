import { http } from 'msw'
import { newDemand, receiptNumber, type DemandFiling } from '@/domain/demand-filing'
import { demandItemOf } from '@/domain/demand-loop'
import { applyDemandPatch } from '@/domain/demand-rules'
import { demandMatcher, newestFirst } from '@/domain/demand-query'
import { DemandDraftSchema, DemandPatchSchema, type Demand } from '@/domain/model/demand'
import { DemandCountQuerySchema, DemandQuerySchema, type DemandCountFilters } from '@/domain/model/demand-query'
import { canRecordDemand, canTriageDemand } from '@/domain/permissions'
import { demandStats } from '@/domain/stats'
import type { MockBackend } from '../backend'
import { notFound, refusal, unauthenticated, validation } from '../http/failure'
import { created, ok } from '../http/json'
import { pageOf } from '../http/paging'
import { readBody, readQuery } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'
import { cappedBody, countFiled, parseBody, rateLimited } from './intake-guard'
import { detach, linkDemands } from './item-records'

function newReceipt(taken: Iterable<Demand>, random: () => number): string {
  const used = new Set([...taken].map((d) => d.receipt))
  for (;;) {
    const receipt = receiptNumber(random)
    if (!used.has(receipt)) return receipt
  }
}

const itemStatusOf = (backend: MockBackend, itemId: string | null) =>
  itemId === null ? null : (backend.db.items.get(itemId)?.status ?? null)

/** A demand as answered: with its item at a glance (following a merge). */
export function demandOut(backend: MockBackend, demand: Demand): Demand {
  const { db } = backend
  return {
    ...demand,
    item: demandItemOf(demand, { demand: (id) => db.demands.get(id), item: (id) => db.items.get(id) }),
  }
}

function matching(backend: MockBackend, query: DemandCountFilters): Demand[] {
  return [...backend.db.demands.values()].filter(demandMatcher(query, (id) => itemStatusOf(backend, id)))
}

/** Files a demand (status new, a fresh receipt number); an anonymous one keeps no name or phone. */
export function fileDemand(backend: MockBackend, draft: DemandFiling): Demand {
  const { db } = backend
  const demand = newDemand(draft, {
    id: db.newId('dem', db.demands),
    receipt: newReceipt(db.demands.values(), backend.random),
    at: backend.now().toISOString(),
  })
  db.putDemand(demand)
  return demand
}

export function demandHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/demands'),
      route(getBackend, ({ url, backend, requireUser }) => {
        requireUser()
        const query = readQuery(url, DemandQuerySchema)
        const found = matching(backend, query).sort(newestFirst)
        const page = pageOf(found, query.page, query.pageSize)
        return ok({ ...page, items: page.items.map((demand) => demandOut(backend, demand)) })
      }),
    ),

    http.get(
      api('/stats/demands'),
      route(getBackend, ({ url, backend, requireUser }) => {
        requireUser()
        const query = readQuery(url, DemandCountQuerySchema)
        return ok(demandStats(matching(backend, query), (id) => itemStatusOf(backend, id), backend.today()))
      }),
    ),

    http.post(
      api('/demands'),
      route(getBackend, async ({ request, backend, user }) => {
        if (!user) {
          // Without a session this is the public QR form: the same guard as POST /public/demands.
          const limited = rateLimited(backend, request, 'submit')
          if (limited) return limited
        }
        const draft = user
          ? await readBody(request, DemandDraftSchema, 8 * 1024)
          : parseBody(await cappedBody(request), DemandDraftSchema)
        const { db } = backend
        if (!user && draft.channel !== 'qr_form') throw unauthenticated()
        if (!db.units.some((u) => u.id === draft.unitId)) throw validation({ unitId: '未知的单位' })
        if (user) {
          const allowed = canRecordDemand(user, draft.unitId)
          if (!allowed.ok) throw refusal(allowed)
        }
        const demand = fileDemand(backend, draft)
        if (!user) countFiled(backend, request)
        return created(demandOut(backend, demand))
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
        // Merging touches the demand it joins too: the user must be allowed to triage that one as well.
        const target = patch.mergedInto ? db.demands.get(patch.mergedInto) : undefined
        const joins = target ? canTriageDemand(user, target) : allowed
        if (!joins.ok) throw refusal(joins)
        const result = applyDemandPatch(demand, patch, {
          item: (id) => db.items.has(id),
          demand: (id) => db.demands.get(id),
        })
        if (!result.ok) throw validation(result.fields)
        const next = { ...result.next, updatedAt: backend.now().toISOString() }
        delete next.item
        if (demand.itemId && demand.itemId !== next.itemId) detach(backend, demand.itemId, demand.id)
        db.putDemand(next)
        if (next.itemId && next.itemId !== demand.itemId) linkDemands(backend, next.itemId, [next.id])
        return ok(demandOut(backend, db.demands.get(next.id)!))
      }),
    ),
  ]
}
