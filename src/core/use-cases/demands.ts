import type { createDemand, getDemandStats, listDemands, patchDemand } from '@/contract/demands'
import { newDemand, receiptNumber, type DemandFiling } from '@/domain/demand-filing'
import { canRelinkDemand, linkedDemand } from '@/domain/demand-links'
import { demandItemOf } from '@/domain/demand-loop'
import { applyDemandPatch } from '@/domain/demand-rules'
import { demandMatcher, newestFirst } from '@/domain/demand-query'
import type { Demand } from '@/domain/model/demand'
import type { DemandCountFilters } from '@/domain/model/demand-query'
import type { User } from '@/domain/model/user'
import { canRecordDemand, canTriageDemand } from '@/domain/permissions'
import { demandFor } from '@/domain/privacy'
import { demandStats } from '@/domain/stats'
import { notFound, refusal, unauthenticated, validation } from '../failure'
import { pageSlice } from '../paging'
import type { ReadModel } from '../read-model/read-model'
import { rateLimited } from '../intake-guard'
import { newId } from '../store'
import type { Core, UseCase } from '../use-case'
import { attach, detach, linkRefusal } from './demand-links'
import { checkDemandUnit } from './query-checks'

const itemStatusOf = (read: ReadModel, itemId: string | null) =>
  itemId === null ? null : (read.items.get(itemId)?.status ?? null)

/**
 * A demand as answered to `viewer`: with its item at a glance (following a merge), and the submitter's name
 * and phone masked unless the viewer may see them (src/domain/privacy.ts). Every answer carrying a demand
 * goes through here.
 */
export function demandOut(read: ReadModel, viewer: User | null, demand: Demand): Demand {
  return demandFor(viewer, {
    ...demand,
    item: demandItemOf(demand, { demand: (id) => read.demands.get(id), item: (id) => read.items.get(id) }),
  })
}

function matching(read: ReadModel, query: DemandCountFilters): Demand[] {
  return [...read.demands.values()].filter(demandMatcher(query, (id) => itemStatusOf(read, id)))
}

/** Receipt numbers come from the platform's CSPRNG (Web Crypto: the browser's, Node's), never a seeded random. */
const cryptoBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes)

/**
 * Files a demand (status new, a fresh receipt number); an anonymous one keeps no name or phone. `client`:
 * filed without a session from that address, counted against its limit in the same transaction (429 over it).
 */
export async function fileDemand(core: Core, filing: DemandFiling, at: Date, client?: string): Promise<Demand> {
  return core.store.transaction(async (tx) => {
    if (client !== undefined) {
      const claimed = await tx.claimFiling(client, at.getTime())
      if (!claimed.ok) throw rateLimited('submit', claimed.retryAfterSeconds)
    }
    let receipt = receiptNumber(cryptoBytes)
    while (await tx.receiptTaken(receipt)) receipt = receiptNumber(cryptoBytes)
    const demand = newDemand(filing, { id: newId('dem'), receipt, at: at.toISOString() })
    await tx.insertDemand(demand)
    return demand
  })
}

export const listDemandsCase: UseCase<typeof listDemands> = ({ read, user, query }) => {
  const page = pageSlice(matching(read, query).sort(newestFirst), query.page, query.pageSize)
  return { ...page, items: page.items.map((demand) => demandOut(read, user, demand)) }
}

export const getDemandStatsCase: UseCase<typeof getDemandStats> = ({ read, query, today }) =>
  demandStats(matching(read, query), (id) => itemStatusOf(read, id), today)

/** Signed in, by role; without a session only from the QR form (the transport's guard limits it). */
export const createDemandCase: UseCase<typeof createDemand> = async ({
  core,
  read,
  user,
  body: draft,
  now,
  client,
}) => {
  if (!user && draft.channel !== 'qr_form') throw unauthenticated()
  checkDemandUnit(read, draft.unitId)
  if (user) {
    const allowed = canRecordDemand(user, draft.unitId)
    if (!allowed.ok) throw refusal(allowed)
  }
  return demandOut(read, user, await fileDemand(core, draft, now, user ? undefined : client))
}

export const patchDemandCase: UseCase<typeof patchDemand> = async ({ store, read, user, params, body: patch, now }) => {
  const { id } = params
  if (!read.demands.has(id)) throw notFound('诉求')
  await store.transaction(async (tx) => {
    const demand = await tx.lockDemand(id)
    if (!demand) throw notFound('诉求')
    const allowed = canTriageDemand(user, demand)
    if (!allowed.ok) throw refusal(allowed)
    // Merging touches the demand it joins too: the user must be allowed to triage that one as well.
    const target = patch.mergedInto ? await tx.lockDemand(patch.mergedInto) : null
    const joins = target ? canTriageDemand(user, target) : allowed
    if (!joins.ok) throw refusal(joins)
    const result = applyDemandPatch(demand, patch, {
      item: (itemId) => read.items.has(itemId),
      demand: (demandId) => (demandId === target?.id ? target : read.demands.get(demandId)),
    })
    if (!result.ok) throw validation(result.fields)
    const at = now.toISOString()
    const { item: _item, ...patched } = { ...result.next, updatedAt: at }
    // A change of item, set on the demand itself, is an explicit move; who may make it is the domain's.
    const moved = patched.itemId !== demand.itemId
    if (moved) {
      const from = demand.itemId ? await tx.lockItem(demand.itemId) : null
      const to = patched.itemId ? await tx.lockItem(patched.itemId) : null
      const linkOk = canRelinkDemand(user, demand, { from, to, field: 'itemId', explicit: true })
      if (!linkOk.ok) throw linkRefusal(linkOk, 'itemId')
      if (from) await detach(tx, user, from.id, demand, at)
    }
    const next = moved && patched.itemId ? linkedDemand(patched, patched.itemId, at) : patched
    await tx.saveDemand(next)
    if (moved && next.itemId) await attach(tx, user, next.itemId, next, at)
  })
  return demandOut(read, user, read.demands.get(id)!)
}
