import { addDays } from '@/domain/dates'
import { pageOf } from '@/domain/model/common'
import { DemandSchema } from '@/domain/model/demand'
import { ItemSchema } from '@/domain/model/item'
import { UpdateSchema } from '@/domain/model/update'
import { call, expectError, expectOk, signIn } from './harness'
import { findItem, inDays, ItemWithUpdateSchema, someCategory, today, validDraft } from './fixtures'

const post = (token: string, itemId: string, body: unknown) => call('POST', `/items/${itemId}/updates`, { token, body })

describe('GET /items/{id}/updates', () => {
  it('serves the timeline oldest first; 401 and 404', async () => {
    const token = await signIn('leader-1')
    const item = await findItem(token, 'list=eight')
    const updates = expectOk(await call('GET', `/items/${item.id}/updates`, { token }), pageOf(UpdateSchema))
    expect(updates.total).toBeGreaterThan(0)
    const times = updates.items.map((u) => u.at)
    expect(times).toEqual([...times].sort())
    expectError(await call('GET', `/items/${item.id}/updates`), 401, 'unauthenticated')
    expectError(await call('GET', '/items/nope/updates', { token }), 404, 'not_found')
  })
})

describe('POST /items/{id}/updates', () => {
  it('records progress by the unit secretary and starts a planned item', async () => {
    const token = await signIn('secretary-zhuzhuang')
    const category = (await call('GET', '/campaign', { token })).body as { categories: { id: string }[] }
    const created = expectOk(
      await call('POST', '/items', {
        token,
        body: {
          listId: 'double-hundred',
          title: '职工食堂增设夜班窗口',
          content: '夜班职工就餐',
          beneficiaries: '夜班职工',
          category: category.categories[0]!.id,
          unitId: 'zhuzhuang',
          owner: '赵强',
          deadline: inDays(30),
        },
      }),
      ItemSchema,
      201,
    )
    const reply = expectOk(
      await post(token, created.id, { kind: 'progress', progress: 20, note: '已完成选址', version: 1 }),
      ItemWithUpdateSchema,
      201,
    )
    expect(reply.item).toMatchObject({ progress: 20, status: 'in_progress', version: 2 })
    expect(UpdateSchema.parse(reply.update)).toMatchObject({
      kind: 'progress',
      fromStatus: 'planned',
      toStatus: 'in_progress',
      authorRole: 'secretary',
    })
  })

  it('enforces the role table: only a leader instructs, secretary cannot urge, supervisor cannot reply', async () => {
    const leader = await signIn('leader-1')
    const item = await findItem(leader, 'unit=zhuzhuang&status=in_progress')
    expectOk(
      await post(leader, item.id, { kind: 'instruction', note: '要加快进度，月底前见成效' }),
      ItemWithUpdateSchema,
      201,
    )
    expectError(
      await post(leader, item.id, { kind: 'progress', progress: 90, note: '领导不能报进度' }),
      403,
      'forbidden',
    )
    const secretary = await signIn('secretary-zhuzhuang')
    expectError(await post(secretary, item.id, { kind: 'urge', note: '催一下', replyBy: inDays(3) }), 403, 'forbidden')
    const otherSecretary = await signIn('secretary-luling')
    expectError(
      await post(otherSecretary, item.id, { kind: 'progress', progress: 90, note: '别的单位' }),
      403,
      'forbidden',
    )
    const supervisor = await signIn('supervisor-1')
    expectError(await post(supervisor, item.id, { kind: 'reply', note: '督办组不能代替回复' }), 403, 'forbidden')
    // A 批示 is a leader's word: supervision and admins may not post one under their own name.
    expectError(await post(supervisor, item.id, { kind: 'instruction', note: '代领导批示' }), 403, 'forbidden')
    const admin = await signIn('admin-1')
    expectError(await post(admin, item.id, { kind: 'instruction', note: '代领导批示' }), 403, 'forbidden')
    expectOk(
      await post(supervisor, item.id, { kind: 'inspection', note: '现场查看，施工已过半', visitedOn: today() }),
      ItemWithUpdateSchema,
      201,
    )
  })

  it('answers 409 with the current item for a stale version, 422 for bad input', async () => {
    const token = await signIn('supervisor-1')
    const item = await findItem(token, 'list=double-hundred&status=in_progress')
    expectOk(
      await post(token, item.id, { kind: 'progress', progress: 60, note: '进度更新', version: item.version }),
      ItemWithUpdateSchema,
      201,
    )
    const stale = expectError(
      await post(token, item.id, { kind: 'progress', progress: 70, note: '另一人同时更新', version: item.version }),
      409,
      'conflict',
    )
    expect(ItemSchema.parse(stale.current).progress).toBe(60)
    const bad = expectError(
      await post(token, item.id, { kind: 'progress', progress: 150, note: '超出' }),
      422,
      'validation',
    )
    expect(bad.error.fields).toHaveProperty('progress')
    expectError(await post(token, item.id, { kind: 'urge', note: '催办', replyBy: inDays(-1) }), 422, 'validation')
    expectError(await post(token, item.id, { kind: 'rename', note: 'x' }), 422, 'validation')
  })

  it('walks the urge ladder: a repeat urge within 24 hours is refused, the first kept; a reply answers it', async () => {
    const supervisor = await signIn('supervisor-1')
    // A fresh item, so that no earlier urge of the seed is within the 24 hours.
    const item = expectOk(
      await call('POST', '/items', { token: supervisor, body: validDraft(await someCategory(supervisor)) }),
      ItemSchema,
      201,
    )
    const first = expectOk(
      await post(supervisor, item.id, { kind: 'urge', note: '第1次催办', replyBy: inDays(3) }),
      ItemWithUpdateSchema,
      201,
    ).item
    // Urged just now, nothing past its reply-by date: not on the red list.
    expect(first.urge).toMatchObject({ count: 1, open: 1, replyBy: inDays(3), redList: false })
    const again = expectError(
      await post(supervisor, item.id, { kind: 'urge', note: '第2次催办', replyBy: inDays(2) }),
      422,
      'validation',
    )
    expect(again.error.fields?.kind).toMatch(/24 小时内不能重复催办/)
    expect(again.error.message).toBe(again.error.fields?.kind)
    // Nor may another supervisor urge again at once.
    const admin = await signIn('admin-1')
    expectError(await post(admin, item.id, { kind: 'urge', note: '再催', replyBy: inDays(2) }), 422, 'validation')
    const updates = expectOk(
      await call('GET', `/items/${item.id}/updates`, { token: supervisor }),
      pageOf(UpdateSchema),
    )
    expect(updates.items.filter((update) => update.kind === 'urge').map((update) => update.note)).toEqual(['第1次催办'])
    const secretary = await signIn('secretary-zhuzhuang')
    const answered = expectOk(
      await post(secretary, item.id, { kind: 'reply', note: '已落实整改，下周完工' }),
      ItemWithUpdateSchema,
      201,
    ).item
    expect(answered.urge).toMatchObject({ count: 1, open: 0, redList: false })
  })

  it('strikes off only when the rule holds, and answers the demands behind the item', async () => {
    const supervisor = await signIn('supervisor-1')
    const item = await findItem(supervisor, 'list=double-hundred&status=in_progress&unit=yuandian2')
    const done = expectOk(
      await post(supervisor, item.id, { kind: 'status', toStatus: 'done', note: '超市已开业，商品 3000 余种' }),
      ItemWithUpdateSchema,
      201,
    ).item
    expect(done).toMatchObject({
      status: 'done',
      progress: 100,
      completionNote: '超市已开业，商品 3000 余种',
      light: 'none',
    })
    // Never by whoever reported it done: a second supervisor or a leader confirms.
    const own = expectError(
      await post(supervisor, item.id, { kind: 'status', toStatus: 'closed', note: '销号' }),
      403,
      'forbidden',
    )
    expect(own.error.message).toContain('另一位')
    const second = await signIn('supervisor-2')
    const early = expectError(
      await post(second, item.id, { kind: 'status', toStatus: 'closed', note: '销号' }),
      422,
      'validation',
    )
    expect(early.error.message).toContain('满意度')
    const secretary = await signIn('secretary-yuandian2')
    expectError(
      await post(secretary, item.id, { kind: 'status', toStatus: 'closed', note: '自己销号' }),
      403,
      'forbidden',
    )
    expectOk(
      await post(supervisor, item.id, {
        kind: 'satisfaction',
        surveyed: 50,
        satisfied: 47,
        method: 'survey',
        note: '问卷回访',
      }),
      ItemWithUpdateSchema,
      201,
    )
    // The survey does not make the reporter a second person.
    expectError(await post(supervisor, item.id, { kind: 'status', toStatus: 'closed', note: '销号' }), 403, 'forbidden')
    const closed = expectOk(
      await post(second, item.id, { kind: 'status', toStatus: 'closed', note: '事结销号' }),
      ItemWithUpdateSchema,
      201,
    ).item
    expect(closed.status).toBe('closed')
    for (const demandId of closed.demandIds) {
      const demands = expectOk(
        await call('GET', `/demands?item=${closed.id}&pageSize=100`, { token: supervisor }),
        pageOf(DemandSchema),
      )
      const demand = demands.items.find((d) => d.id === demandId)
      if (demand && demand.status !== 'merged' && demand.status !== 'rejected')
        expect(demand).toMatchObject({ status: 'answered', reply: '超市已开业，商品 3000 余种' })
    }
    expectError(
      await post(supervisor, item.id, { kind: 'progress', progress: 50, note: '销号后不能再改' }),
      422,
      'validation',
    )
  })

  it('lets only supervision reopen finished work', async () => {
    const supervisor = await signIn('supervisor-1')
    const item = await findItem(supervisor, 'unit=zhuzhuang&status=done')
    const secretary = await signIn('secretary-zhuzhuang')
    expectError(
      await post(secretary, item.id, { kind: 'status', toStatus: 'in_progress', note: '退回' }),
      403,
      'forbidden',
    )
    const reopened = expectOk(
      await post(supervisor, item.id, { kind: 'status', toStatus: 'in_progress', note: '回访不满意，退回整改' }),
      ItemWithUpdateSchema,
      201,
    ).item
    expect(reopened.status).toBe('in_progress')
    expectError(
      await post(supervisor, item.id, { kind: 'status', toStatus: 'planned', note: '不允许' }),
      422,
      'validation',
    )
  })

  it('sends done work back when a survey falls below the list’s bar (10 surveyed, 80 %), and keeps the survey', async () => {
    const supervisor = await signIn('supervisor-1')
    const item = expectOk(
      await call('POST', '/items', { token: supervisor, body: validDraft(await someCategory(supervisor)) }),
      ItemSchema,
      201,
    )
    const started = expectOk(
      await post(supervisor, item.id, { kind: 'status', toStatus: 'in_progress', note: '开工' }),
      ItemWithUpdateSchema,
      201,
    ).item
    const finished = expectOk(
      await post(supervisor, started.id, { kind: 'status', toStatus: 'done', note: '更衣柜已安装' }),
      ItemWithUpdateSchema,
      201,
    ).item
    // Enough satisfied, too few asked: below the bar.
    const few = expectOk(
      await post(supervisor, item.id, { kind: 'satisfaction', surveyed: 9, satisfied: 9, method: 'phone' }),
      ItemWithUpdateSchema,
      201,
    )
    expect(few.item).toMatchObject({
      status: 'in_progress',
      progress: 100,
      completionNote: null,
      version: finished.version + 1,
    })
    expect(UpdateSchema.parse(few.update)).toMatchObject({
      kind: 'satisfaction',
      fromStatus: 'done',
      toStatus: 'in_progress',
      surveyed: 9,
    })
    // On work in progress a survey changes nothing but the time the item was touched.
    const touched = expectOk(
      await post(supervisor, item.id, { kind: 'satisfaction', surveyed: 20, satisfied: 1, method: 'survey' }),
      ItemWithUpdateSchema,
      201,
    )
    expect(touched.item).toMatchObject({ status: 'in_progress', version: few.item.version })
    expect(UpdateSchema.parse(touched.update).toStatus).toBeUndefined()
  })

  it('moves a deadline by an extension: asked by the unit, decided by another supervisor, one at a time', async () => {
    const supervisor = await signIn('supervisor-1')
    const item = expectOk(
      await call('POST', '/items', { token: supervisor, body: validDraft(await someCategory(supervisor)) }),
      ItemSchema,
      201,
    )
    const secretary = await signIn('secretary-zhuzhuang')
    const asked = addDays(item.deadline, 20)
    const request = expectOk(
      await post(secretary, item.id, { kind: 'extension', deadline: asked, note: '设备到货推迟' }),
      ItemWithUpdateSchema,
      201,
    )
    // Asking moves nothing yet: the item waits for a decision.
    expect(request.item).toMatchObject({ deadline: item.deadline, version: item.version })
    expect(request.item.extension).toMatchObject({
      approved: 0,
      pending: { deadline: asked, reason: '设备到货推迟', requestedById: 'secretary-zhuzhuang' },
    })
    expectError(
      await post(supervisor, item.id, { kind: 'extension', deadline: addDays(asked, 5), note: '再延' }),
      422,
      'validation',
    )
    const decided = expectOk(
      await post(supervisor, item.id, { kind: 'extension_decision', approved: true, note: '理由充分' }),
      ItemWithUpdateSchema,
      201,
    )
    expect(decided.item).toMatchObject({
      deadline: asked,
      version: item.version + 1,
      extension: { approved: 1, pending: null },
    })
    expect(UpdateSchema.parse(decided.update)).toMatchObject({
      kind: 'extension_decision',
      approved: true,
      deadline: asked,
      changes: [{ field: 'deadline', before: item.deadline, after: asked }],
    })
    // A refused request leaves the deadline; the supervisor's own request waits for someone else.
    const later = addDays(asked, 10)
    expectOk(
      await post(supervisor, item.id, { kind: 'extension', deadline: later, note: '冬季停工' }),
      ItemWithUpdateSchema,
      201,
    )
    expectError(
      await post(supervisor, item.id, { kind: 'extension_decision', approved: true, note: '自己批' }),
      403,
      'forbidden',
    )
    const refused = expectOk(
      await post(await signIn('admin-1'), item.id, { kind: 'extension_decision', approved: false, note: '可以赶工' }),
      ItemWithUpdateSchema,
      201,
    )
    expect(refused.item).toMatchObject({ deadline: asked, version: item.version + 1 })
    expect(refused.item.extension).toEqual({ approved: 1, pending: null })
  })
})
