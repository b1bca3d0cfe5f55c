import { ItemSchema, updateKinds, type Item, type UpdateKind } from '@/domain/model/item'
import { updateKindsFor } from '@/domain/permissions'
import { call, expectError, expectOk, signIn } from './harness'
import { findItem, inDays, someCategory, today, validDraft } from './fixtures'

// The role table of CONTRACT.md, sent by hand: every update kind by every role on one in-progress item of
// 朱庄矿, and content edits. What the domain says a role may not do, the backend refuses (403).

const bodies: Record<UpdateKind, Record<string, unknown>> = {
  progress: { kind: 'progress', progress: 55, note: '进度' },
  status: { kind: 'status', toStatus: 'done', note: '已办结' },
  inspection: { kind: 'inspection', note: '现场查看', visitedOn: today() },
  urge: { kind: 'urge', note: '催办', replyBy: inDays(5) },
  reply: { kind: 'reply', note: '已回复' },
  instruction: { kind: 'instruction', note: '批示' },
  satisfaction: { kind: 'satisfaction', surveyed: 10, satisfied: 9, method: 'phone' },
}

const users = [
  { id: 'leader-1', role: 'leader', unitId: null },
  { id: 'supervisor-1', role: 'supervisor', unitId: null },
  { id: 'secretary-zhuzhuang', role: 'secretary', unitId: 'zhuzhuang' },
  { id: 'secretary-luling', role: 'secretary', unitId: 'luling' },
  { id: 'admin-1', role: 'admin', unitId: null },
] as const

/** A new item of 朱庄矿 with no history, created by supervision. */
async function freshItem(): Promise<Item> {
  const supervisor = await signIn('supervisor-1')
  return expectOk(
    await call('POST', '/items', { token: supervisor, body: validDraft(await someCategory(supervisor)) }),
    ItemSchema,
    201,
  )
}

describe('the role × action matrix, sent by hand', () => {
  it.each(users)('$id may post exactly the update kinds the domain allows', async (who) => {
    const token = await signIn(who.id)
    const allowedKinds =
      who.role === 'secretary' && who.unitId !== 'zhuzhuang'
        ? []
        : updateKindsFor({ id: who.id, name: '', role: who.role, unitId: who.unitId })
    for (const kind of updateKinds) {
      // A fresh in-progress item per kind, so that one accepted update does not change the next one's answer;
      // for urges a new item, since a repeat urge within 24 hours is refused whoever sends it.
      const item =
        kind === 'urge'
          ? await freshItem()
          : await findItem(token, `unit=zhuzhuang&status=in_progress&sort=${kind === 'status' ? '-progress' : 'code'}`)
      const reply = await call('POST', `/items/${item.id}/updates`, { token, body: bodies[kind] })
      if (allowedKinds.includes(kind)) expect(reply.status, `${who.id} ${kind}`).toBe(201)
      else expectError(reply, 403, 'forbidden')
    }
  })

  it.each(users)('$id may edit content only where the domain allows', async (who) => {
    const token = await signIn(who.id)
    const item = await findItem(token, 'unit=zhuzhuang&status=in_progress')
    const reply = await call('PATCH', `/items/${item.id}`, {
      token,
      body: { version: item.version, beneficiaries: '全矿职工' },
    })
    if (who.role === 'leader' || who.id === 'secretary-luling') expectError(reply, 403, 'forbidden')
    else expect(reply.status).toBe(200)
  })
})
