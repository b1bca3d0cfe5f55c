import { addDays } from '@/domain/dates'
import { CampaignListSchema, CampaignSchema } from '@/domain/model/campaign'
import { pageOf } from '@/domain/model/common'
import { DemandSchema, type Demand } from '@/domain/model/demand'
import { ItemSchema, type Item } from '@/domain/model/item'
import { UpdateSchema } from '@/domain/model/update'
import { call, expectError, expectOk, signIn, type Reply } from './harness'
import { findItem, inDays, ItemWithUpdateSchema, someCategory, today, validDraft } from './fixtures'
import { roleTableCells, type ActionId } from './role-table'

// The role table (role-table.ts) sent over HTTP: one test per action × role, each on a fresh item of
// 朱庄矿 set up by supervisor-2 (and leader-2 where a strike-off is part of the setup). A refusal must also
// leave the item as it was: same version, same updatedAt, no new entry in its trail.

type Arranged = { item?: Item; demand?: Demand }
type Ctx = {
  /** supervisor-2: creates every item and brings it to the state the action needs. */
  setup: string
  actor: string
  category: string
}

type Scenario = {
  arrange: (ctx: Ctx) => Promise<Arranged>
  /** An action about the actor's own earlier act: that act, by the actor (refused with 403 where the cell is n/a). */
  actorFirst?: (ctx: Ctx, arranged: Arranged) => Promise<Reply>
  /** Setup by others after the actor's own act. */
  then?: (ctx: Ctx, arranged: Arranged) => Promise<void>
  act: (ctx: Ctx, arranged: Arranged) => Promise<Reply>
  success: 200 | 201
  /** The field a 422 names. */
  field?: string
}

const TrailPage = pageOf(UpdateSchema)

const post = (token: string, item: Pick<Item, 'id'>, body: Record<string, unknown>) =>
  call('POST', `/items/${item.id}/updates`, { token, body })
const patch = (token: string, item: Pick<Item, 'id' | 'version'>, body: Record<string, unknown>) =>
  call('PATCH', `/items/${item.id}`, { token, body: { version: item.version, ...body } })

async function postOk(token: string, item: Pick<Item, 'id'>, body: Record<string, unknown>): Promise<Item> {
  return expectOk(await post(token, item, body), ItemWithUpdateSchema, 201).item
}

const fresh = async (ctx: Ctx) =>
  expectOk(await call('POST', '/items', { token: ctx.setup, body: validDraft(ctx.category) }), ItemSchema, 201)
const inProgress = async (ctx: Ctx) => postOk(ctx.setup, await fresh(ctx), progressBody(30))
const done = async (ctx: Ctx) => postOk(ctx.setup, await inProgress(ctx), doneBody)
const surveyed = async (ctx: Ctx) => postOk(ctx.setup, await done(ctx), surveyBody(20, 18))
async function closed(ctx: Ctx) {
  // Struck off by a second person (leader-2), after supervisor-2 reported it done.
  return postOk(await signIn('leader-2'), await surveyed(ctx), strikeBody)
}

async function fileDemand(token: string, unitId: string): Promise<Demand> {
  const text = `${unitId === 'luling' ? '芦岭矿' : '朱庄矿'}职工希望增设自行车棚`
  return expectOk(
    await call('POST', '/demands', { token, body: { channel: 'symposium', unitId, text } }),
    DemandSchema,
    201,
  )
}

const progressBody = (progress: number) => ({ kind: 'progress', progress, note: '施工推进中' })
const doneBody = { kind: 'status', toStatus: 'done', note: '已办结，职工已使用' }
const strikeBody = { kind: 'status', toStatus: 'closed', note: '事结销号' }
const reopenBody = { kind: 'status', toStatus: 'in_progress', note: '回访发现问题，退回整改' }
const surveyBody = (surveyed: number, satisfied: number) => ({
  kind: 'satisfaction',
  surveyed,
  satisfied,
  method: 'phone',
  note: '电话回访',
})
const extensionBody = (item: Pick<Item, 'deadline'>, days = 14) => ({
  kind: 'extension',
  deadline: addDays(item.deadline, days),
  note: '设备到货推迟',
})
const decisionBody = { kind: 'extension_decision', approved: true, note: '理由充分，同意延期' }
const contentEdit = { beneficiaries: '全矿职工', reason: '服务范围扩大到全矿' }

const scenarios: Record<ActionId, Scenario> = {
  'read-trail': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => call('GET', `/items/${item!.id}/updates`, { token: ctx.actor }),
    success: 200,
  },
  'create-in-unit': {
    arrange: async () => ({}),
    act: (ctx) => call('POST', '/items', { token: ctx.actor, body: validDraft(ctx.category) }),
    success: 201,
  },
  'create-in-group-list': {
    arrange: async () => ({}),
    act: (ctx) =>
      call('POST', '/items', {
        token: ctx.actor,
        body: validDraft(ctx.category, { listId: 'eight', unitId: 'group', title: '集团职工疗休养扩面' }),
      }),
    success: 201,
  },
  'edit-content': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => patch(ctx.actor, item!, contentEdit),
    success: 200,
  },
  'edit-content-without-reason': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => patch(ctx.actor, item!, { beneficiaries: '全矿职工' }),
    success: 200,
    field: 'reason',
  },
  'edit-content-done': {
    arrange: async (ctx) => ({ item: await done(ctx) }),
    act: (ctx, { item }) => patch(ctx.actor, item!, contentEdit),
    success: 200,
  },
  'edit-content-closed': {
    arrange: async (ctx) => ({ item: await closed(ctx) }),
    act: (ctx, { item }) => patch(ctx.actor, item!, contentEdit),
    success: 200,
  },
  'move-deadline': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => patch(ctx.actor, item!, { deadline: addDays(item!.deadline, 10), reason: '工期调整' }),
    success: 200,
    field: 'deadline',
  },
  'select-key': {
    arrange: async (ctx) => {
      // The 双百 list has its 100 key items: supervisor-2 frees a place first.
      const key = await findItem(ctx.setup, 'list=double-hundred&key=true&status=in_progress')
      expectOk(await patch(ctx.setup, key, { key: false }), ItemSchema)
      return { item: await inProgress(ctx) }
    },
    act: (ctx, { item }) => patch(ctx.actor, item!, { key: true }),
    success: 200,
  },
  'select-key-over-target': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => patch(ctx.actor, item!, { key: true }),
    success: 200,
    field: 'key',
  },
  'link-unit-demand': {
    arrange: async (ctx) => ({ item: await inProgress(ctx), demand: await fileDemand(ctx.setup, 'zhuzhuang') }),
    act: (ctx, { item, demand }) => patch(ctx.actor, item!, { demandIds: [...item!.demandIds, demand!.id] }),
    success: 200,
  },
  'link-other-unit-demand': {
    arrange: async (ctx) => ({ item: await inProgress(ctx), demand: await fileDemand(ctx.setup, 'luling') }),
    act: (ctx, { item, demand }) => patch(ctx.actor, item!, { demandIds: [...item!.demandIds, demand!.id] }),
    success: 200,
  },
  'post-progress': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, progressBody(60)),
    success: 201,
  },
  'mark-done': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, doneBody),
    success: 201,
  },
  'skip-to-done': {
    arrange: async (ctx) => ({ item: await fresh(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, doneBody),
    success: 201,
    field: 'toStatus',
  },
  'post-inspection': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, { kind: 'inspection', note: '现场查看', visitedOn: today() }),
    success: 201,
  },
  'post-urge': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, { kind: 'urge', note: '请加快进度', replyBy: inDays(5) }),
    success: 201,
  },
  'post-reply': {
    arrange: async (ctx) => {
      const item = await inProgress(ctx)
      return { item: await postOk(ctx.setup, item, { kind: 'urge', note: '请加快进度', replyBy: inDays(5) }) }
    },
    act: (ctx, { item }) => post(ctx.actor, item!, { kind: 'reply', note: '已安排专人推进' }),
    success: 201,
  },
  'post-instruction': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, { kind: 'instruction', note: '要加快进度，月底前见成效' }),
    success: 201,
  },
  'post-satisfaction': {
    arrange: async (ctx) => ({ item: await done(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, surveyBody(10, 8)),
    success: 201,
  },
  'post-satisfaction-below-bar': {
    arrange: async (ctx) => ({ item: await done(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, surveyBody(10, 7)),
    success: 201,
  },
  'post-backend-kind': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, { kind: 'edit', note: '改动', changes: [] }),
    success: 201,
  },
  'progress-on-closed': {
    arrange: async (ctx) => ({ item: await closed(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, progressBody(50)),
    success: 201,
  },
  'request-extension': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, extensionBody(item!)),
    success: 201,
  },
  'request-extension-done': {
    arrange: async (ctx) => ({ item: await done(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, extensionBody(item!)),
    success: 201,
    field: 'deadline',
  },
  'request-second-extension': {
    arrange: async (ctx) => {
      const item = await inProgress(ctx)
      return { item: await postOk(ctx.setup, item, extensionBody(item, 7)) }
    },
    act: (ctx, { item }) => post(ctx.actor, item!, extensionBody(item!)),
    success: 201,
    field: 'deadline',
  },
  'request-extension-not-later': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, extensionBody(item!, 0)),
    success: 201,
    field: 'deadline',
  },
  'decide-extension': {
    arrange: async (ctx) => {
      const item = await inProgress(ctx)
      return { item: await postOk(ctx.setup, item, extensionBody(item)) }
    },
    act: (ctx, { item }) => post(ctx.actor, item!, decisionBody),
    success: 201,
  },
  'decide-own-extension': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    actorFirst: (ctx, { item }) => post(ctx.actor, item!, extensionBody(item!)),
    act: (ctx, { item }) => post(ctx.actor, item!, decisionBody),
    success: 201,
  },
  'decide-without-request': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, decisionBody),
    success: 201,
    field: 'approved',
  },
  'strike-off': {
    arrange: async (ctx) => ({ item: await surveyed(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, strikeBody),
    success: 201,
  },
  'strike-off-as-reporter': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    actorFirst: (ctx, { item }) => post(ctx.actor, item!, doneBody),
    then: async (ctx, { item }) => void (await postOk(ctx.setup, item!, surveyBody(20, 18))),
    act: (ctx, { item }) => post(ctx.actor, item!, strikeBody),
    success: 201,
  },
  'strike-off-without-survey': {
    arrange: async (ctx) => ({ item: await done(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, strikeBody),
    success: 201,
    field: 'toStatus',
  },
  'strike-off-survey-before-done': {
    arrange: async (ctx) => {
      const reopened = await postOk(ctx.setup, await surveyed(ctx), reopenBody)
      return { item: await postOk(ctx.setup, reopened, doneBody) }
    },
    act: (ctx, { item }) => post(ctx.actor, item!, strikeBody),
    success: 201,
    field: 'toStatus',
  },
  'strike-off-in-progress': {
    arrange: async (ctx) => ({ item: await inProgress(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, strikeBody),
    success: 201,
    field: 'toStatus',
  },
  'reopen-done': {
    arrange: async (ctx) => ({ item: await done(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, reopenBody),
    success: 201,
  },
  'reopen-closed': {
    arrange: async (ctx) => ({ item: await closed(ctx) }),
    act: (ctx, { item }) => post(ctx.actor, item!, reopenBody),
    success: 201,
  },
  'set-satisfaction-bar': {
    arrange: async () => ({}),
    act: (ctx) =>
      call('PATCH', '/campaign/lists/double-hundred', {
        token: ctx.actor,
        body: { satisfactionBar: { minPercent: 90, minSurveyed: 30 } },
      }),
    success: 200,
  },
  'set-invalid-satisfaction-bar': {
    arrange: async () => ({}),
    act: (ctx) =>
      call('PATCH', '/campaign/lists/double-hundred', {
        token: ctx.actor,
        body: { satisfactionBar: { minPercent: 120, minSurveyed: 10 } },
      }),
    success: 200,
    field: 'satisfactionBar.minPercent',
  },
  'add-unit': {
    arrange: async () => ({}),
    act: (ctx) =>
      call('POST', '/admin/units', {
        token: ctx.actor,
        body: { name: `测试公司${crypto.randomUUID().slice(0, 8)}`, kind: 'company', parentId: 'group' },
      }),
    success: 201,
  },
  'move-unit-under-itself': {
    arrange: async () => ({}),
    act: async (ctx) => {
      // Set up by an admin whatever the column: a company with a unit under it; then the actor moves the company.
      const admin = await signIn('admin-1')
      const suffix = crypto.randomUUID().slice(0, 8)
      const company = (
        await call('POST', '/admin/units', {
          token: admin,
          body: { name: `测试公司${suffix}`, kind: 'company', parentId: 'group' },
        })
      ).body as { id: string }
      const unit = (
        await call('POST', '/admin/units', {
          token: admin,
          body: { name: `测试矿${suffix}`, kind: 'grassroots', parentId: company.id },
        })
      ).body as { id: string }
      return call('PATCH', `/admin/units/${company.id}`, { token: ctx.actor, body: { parentId: unit.id } })
    },
    success: 200,
    field: 'parentId',
  },
  'record-demand': {
    arrange: async () => ({}),
    act: (ctx) =>
      call('POST', '/demands', {
        token: ctx.actor,
        body: { channel: 'diary', unitId: 'zhuzhuang', text: '职工反映澡堂水温不稳定' },
      }),
    success: 201,
  },
  'triage-demand': {
    arrange: async (ctx) => ({ demand: await fileDemand(ctx.setup, 'zhuzhuang') }),
    act: (ctx, { demand }) =>
      call('PATCH', `/demands/${demand!.id}`, {
        token: ctx.actor,
        body: { status: 'rejected', reply: '不在本次活动范围，已转有关部门' },
      }),
    success: 200,
  },
  'adopt-demand': {
    arrange: async (ctx) => ({ item: await inProgress(ctx), demand: await fileDemand(ctx.setup, 'zhuzhuang') }),
    act: (ctx, { item, demand }) =>
      call('PATCH', `/demands/${demand!.id}`, { token: ctx.actor, body: { status: 'adopted', itemId: item!.id } }),
    success: 200,
  },
}

/** The item as it is now, and its trail: a refusal must leave both as they were. */
async function snapshot(token: string, item: Pick<Item, 'id'>) {
  const now = expectOk(await call('GET', `/items/${item.id}`, { token }), ItemSchema)
  const trail = expectOk(await call('GET', `/items/${item.id}/updates`, { token }), TrailPage)
  return { item: now, trail: trail.items }
}

// Categories are seed data: asked once, the same after every reset.
let category: string | undefined

describe('the role table, every cell over HTTP (role-table.ts)', () => {
  const cells = roleTableCells.map(
    (cell) => [`${cell.action} · ${cell.column} (${cell.actor}) → ${cell.expected}`, cell] as const,
  )
  it.each(cells)('%s', async (_name, { action, actor, expected }) => {
    const scenario = scenarios[action]
    const setup = await signIn('supervisor-2')
    category ??= await someCategory(setup)
    const ctx: Ctx = { setup, actor: await signIn(actor), category }
    const arranged = await scenario.arrange(ctx)
    if (scenario.actorFirst) {
      const first = await scenario.actorFirst(ctx, arranged)
      if (expected === 'n/a') {
        // The role cannot make the earlier act the action is about.
        expectError(first, 403, 'forbidden')
        return
      }
      expect(first.status, `${actor}'s own earlier act: ${JSON.stringify(first.body)}`).toBeLessThan(300)
    } else if (expected === 'n/a') throw new Error(`${action}: n/a only where the action is about the actor's own act`)
    await scenario.then?.(ctx, arranged)
    // The item as it is now (the version the request sends), and what a refusal must leave as it is.
    const before = arranged.item ? await snapshot(setup, arranged.item) : null
    if (before) arranged.item = before.item
    const reply = await scenario.act(ctx, arranged)
    if (expected === 'allow') {
      expect(reply.status, JSON.stringify(reply.body)).toBe(scenario.success)
      return
    }
    const refused = expectError(reply, expected, expected === 403 ? 'forbidden' : 'validation')
    if (expected === 422 && scenario.field) expect(refused.error.fields ?? {}).toHaveProperty([scenario.field])
    if (arranged.item) expect(await snapshot(setup, arranged.item)).toEqual(before)
  })
})

describe('the list’s satisfaction bar, set by the admin', () => {
  it('decides the strike-off from then on: a survey that met the default bar sends done work back', async () => {
    const admin = await signIn('admin-1')
    const setup = await signIn('supervisor-2')
    const ctx: Ctx = { setup, actor: setup, category: await someCategory(setup) }
    const list = expectOk(
      await call('PATCH', '/campaign/lists/double-hundred', {
        token: admin,
        body: { satisfactionBar: { minPercent: 90, minSurveyed: 30 } },
      }),
      CampaignListSchema,
    )
    expect(list.satisfactionBar).toEqual({ minPercent: 90, minSurveyed: 30 })
    const campaign = expectOk(await call('GET', '/campaign', { token: setup }), CampaignSchema)
    expect(campaign.lists.find((l) => l.id === 'double-hundred')).toEqual(list)

    // 20 surveyed, 18 satisfied: enough under the default bar (10, 80 %), not under this one (30, 90 %).
    const item = await done(ctx)
    const back = await postOk(setup, item, surveyBody(20, 18))
    expect(back).toMatchObject({ status: 'in_progress', completionNote: null, version: item.version + 1 })
    const doneAgain = await postOk(setup, back, doneBody)
    const leader = await signIn('leader-2')
    expectError(await post(leader, doneAgain, strikeBody), 422, 'validation')
    await postOk(setup, doneAgain, surveyBody(40, 37))
    expect((await postOk(leader, doneAgain, strikeBody)).status).toBe('closed')
  })
})
