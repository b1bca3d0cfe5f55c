import { Hono } from 'hono'
import { newDemand, receiptNumber, type DemandFiling } from '@/domain/demand-filing'
import { demandItemOf } from '@/domain/demand-loop'
import { applyDemandPatch } from '@/domain/demand-rules'
import { demandMatcher, newestFirst } from '@/domain/demand-query'
import { intakeLimits } from '@/domain/intake-limits'
import { DemandDraftSchema, DemandPatchSchema, type Demand } from '@/domain/model/demand'
import { DemandCountQuerySchema, DemandQuerySchema, type DemandCountFilters } from '@/domain/model/demand-query'
import { canRecordDemand, canTriageDemand } from '@/domain/permissions'
import { demandStats } from '@/domain/stats'
import { requireUser, type Backend, type Env } from '../context'
import { notFound, overCap, refusal, unauthenticated, validation } from '../http/failure'
import { pageOf } from '../http/paging'
import { readBody, readQuery } from '../http/parse'
import {
  detach,
  insertDemand,
  linkDemands,
  lockDemand,
  newId,
  reread,
  saveDemand,
  touchedNothing,
} from '../store/writes'

const itemStatusOf = (backend: Backend, itemId: string | null) =>
  itemId === null ? null : (backend.projection.items.get(itemId)?.status ?? null)

/** A demand as answered: with its item at a glance (following a merge). */
export function demandOut(backend: Backend, demand: Demand): Demand {
  const p = backend.projection
  return { ...demand, item: demandItemOf(demand, { demand: (id) => p.demands.get(id), item: (id) => p.items.get(id) }) }
}

function matching(backend: Backend, query: DemandCountFilters): Demand[] {
  return [...backend.projection.demands.values()].filter(demandMatcher(query, (id) => itemStatusOf(backend, id)))
}

/** A receipt number no demand has; the unique index is the final word. */
async function newReceipt(backend: Backend): Promise<string> {
  for (;;) {
    const receipt = receiptNumber(backend.random)
    const { rows } = await backend.db.query('SELECT 1 FROM demands WHERE receipt = $1', [receipt])
    if (rows.length === 0) return receipt
  }
}

/** Files a demand (status new, a fresh receipt number); an anonymous one keeps no name or phone. */
export async function fileDemand(backend: Backend, draft: DemandFiling): Promise<Demand> {
  const demand = newDemand(draft, {
    id: newId('dem'),
    receipt: await newReceipt(backend),
    at: backend.now().toISOString(),
  })
  await backend.commit(async (tx) => {
    await insertDemand(tx, demand)
    return { changes: { demands: [demand] } }
  })
  return demand
}

export function demandRoutes() {
  const app = new Hono<Env>()

  app.get('/demands', (c) => {
    requireUser(c)
    const backend = c.get('backend')
    const query = readQuery(c, DemandQuerySchema)
    const found = matching(backend, query).sort(newestFirst)
    const page = pageOf(found, query.page, query.pageSize)
    return c.json({ ...page, items: page.items.map((demand) => demandOut(backend, demand)) })
  })

  app.get('/stats/demands', (c) => {
    requireUser(c)
    const backend = c.get('backend')
    const query = readQuery(c, DemandCountQuerySchema)
    return c.json(demandStats(matching(backend, query), (id) => itemStatusOf(backend, id), backend.today()))
  })

  app.post('/demands', async (c) => {
    const backend = c.get('backend')
    const user = c.get('user')
    // Without a session this is the public QR form: rate-limited per client, a smaller body.
    if (!user) backend.rateLimiter.check(c, 'submit', backend.now().getTime())
    const draft = user
      ? await readBody(c, DemandDraftSchema, 8 * 1024)
      : await readBody(c, DemandDraftSchema, intakeLimits.maxBodyBytes, () => overCap(intakeLimits.maxBodyBytes))
    if (!user && draft.channel !== 'qr_form') throw unauthenticated()
    if (!backend.projection.units.some((u) => u.id === draft.unitId)) throw validation({ unitId: '未知的单位' })
    if (user) {
      const allowed = canRecordDemand(user, draft.unitId)
      if (!allowed.ok) throw refusal(allowed)
    }
    const demand = await fileDemand(backend, draft)
    if (!user) backend.rateLimiter.countFiled(c, backend.now().getTime())
    return c.json(demandOut(backend, demand), 201)
  })

  app.patch('/demands/:id', async (c) => {
    const user = requireUser(c)
    const backend = c.get('backend')
    const id = c.req.param('id')
    if (!backend.projection.demands.has(id)) throw notFound('诉求')
    const patch = await readBody(c, DemandPatchSchema)
    const p = backend.projection
    await backend.commit(async (tx) => {
      const demand = await lockDemand(tx, id)
      if (!demand) throw notFound('诉求')
      const allowed = canTriageDemand(user, demand)
      if (!allowed.ok) throw refusal(allowed)
      // Merging touches the demand it joins too: the user must be allowed to triage that one as well.
      const target = patch.mergedInto ? await lockDemand(tx, patch.mergedInto) : null
      const joins = target ? canTriageDemand(user, target) : allowed
      if (!joins.ok) throw refusal(joins)
      const result = applyDemandPatch(demand, patch, {
        item: (itemId) => p.items.has(itemId),
        demand: (demandId) => (demandId === target?.id ? target : p.demands.get(demandId)),
      })
      if (!result.ok) throw validation(result.fields)
      const at = backend.now().toISOString()
      const { item: _item, ...next } = { ...result.next, updatedAt: at }
      const touched = touchedNothing()
      touched.demands.add(id)
      if (demand.itemId && demand.itemId !== next.itemId) {
        await detach(tx, demand.itemId, demand.id)
        touched.items.add(demand.itemId)
      }
      await saveDemand(tx, next)
      if (next.itemId && next.itemId !== demand.itemId) await linkDemands(tx, touched, next.itemId, [next.id], at)
      return { changes: await reread(tx, touched) }
    })
    return c.json(demandOut(backend, p.demands.get(id)!))
  })

  return app
}
