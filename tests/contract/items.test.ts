import { addDays } from '@/domain/dates'
import { pageOf } from '@/domain/model/common'
import { ItemSchema } from '@/domain/model/item'
import { UpdateSchema } from '@/domain/model/update'
import { call, expectError, expectOk, signIn } from './harness'
import { findItem, inDays, ItemPageSchema, someCategory, validDraft } from './fixtures'

const getItem = async (token: string, id: string) => expectOk(await call('GET', `/items/${id}`, { token }), ItemSchema)
const trailOf = async (token: string, id: string) =>
  expectOk(await call('GET', `/items/${id}/updates`, { token }), pageOf(UpdateSchema)).items

describe('GET /items', () => {
  it('filters by list, unit, status, light, key and overdue, and pages', async () => {
    const token = await signIn('leader-1')
    const all = expectOk(await call('GET', '/items?list=double-hundred&pageSize=10', { token }), ItemPageSchema)
    expect(all.total).toBe(471)
    expect(all.items).toHaveLength(10)
    const second = expectOk(
      await call('GET', '/items?list=double-hundred&pageSize=10&page=2', { token }),
      ItemPageSchema,
    )
    expect(second.items[0]!.code > all.items[9]!.code).toBe(true)

    const keyDone = expectOk(
      await call('GET', '/items?list=double-hundred&key=true&status=done,closed&pageSize=500', { token }),
      ItemPageSchema,
    )
    expect(keyDone.total).toBe(34)
    expect(keyDone.items.every((item) => item.key && (item.status === 'done' || item.status === 'closed'))).toBe(true)

    const mine = expectOk(await call('GET', '/items?unit=zhuzhuang&pageSize=500', { token }), ItemPageSchema)
    expect(mine.total).toBeGreaterThan(0)
    expect(mine.items.every((item) => item.unitId === 'zhuzhuang')).toBe(true)

    const red = expectOk(await call('GET', '/items?light=red&pageSize=500', { token }), ItemPageSchema)
    expect(red.items.every((item) => item.light === 'red')).toBe(true)

    const overdue = expectOk(await call('GET', '/items?overdue=true&pageSize=500', { token }), ItemPageSchema)
    expect(overdue.total).toBeGreaterThan(0)
    expect(overdue.items.every((item) => item.status !== 'done' && item.status !== 'closed')).toBe(true)
  })

  it('searches text and unit names, and sorts both ways', async () => {
    const token = await signIn('leader-1')
    const byUnit = expectOk(
      await call('GET', `/items?q=${encodeURIComponent('袁店二矿')}&pageSize=500`, { token }),
      ItemPageSchema,
    )
    expect(
      byUnit.items.every(
        (item) => item.unitId === 'yuandian2' || item.title.includes('袁店二矿') || item.content.includes('袁店二矿'),
      ),
    ).toBe(true)
    expect(byUnit.total).toBeGreaterThan(0)
    const desc = expectOk(await call('GET', '/items?sort=-progress&pageSize=50', { token }), ItemPageSchema)
    const progress = desc.items.map((item) => item.progress)
    expect(progress).toEqual([...progress].sort((a, b) => b - a))
  })

  it('answers 400 for unknown filter values or names, and 401 without a session', async () => {
    const token = await signIn('leader-1')
    expectError(await call('GET', '/items?status=finished', { token }), 400, 'bad_request')
    expectError(await call('GET', '/items?colour=red', { token }), 400, 'bad_request')
    expectError(await call('GET', '/items?sort=nonsense', { token }), 400, 'bad_request')
    expectError(await call('GET', '/items'), 401, 'unauthenticated')
  })

  it('shows the ledger as of an earlier date', async () => {
    const token = await signIn('leader-1')
    const now = expectOk(
      await call('GET', '/items?list=double-hundred&status=done,closed&pageSize=1', { token }),
      ItemPageSchema,
    )
    const before = expectOk(
      await call('GET', `/items?list=double-hundred&status=done,closed&pageSize=1&asOf=${inDays(-30)}`, { token }),
      ItemPageSchema,
    )
    expect(before.total).toBeLessThan(now.total)
    expectError(await call('GET', `/items?asOf=${inDays(1)}`, { token }), 400, 'bad_request')
  })
})

describe('GET /items/{id}', () => {
  it('serves one item, 404 for an unknown id', async () => {
    const token = await signIn('leader-1')
    const first = await findItem(token, 'list=eight')
    const item = expectOk(await call('GET', `/items/${first.id}`, { token }), ItemSchema)
    expect(item.code).toBe(first.code)
    expectError(await call('GET', '/items/nope', { token }), 404, 'not_found')
  })
})

describe('POST /items', () => {
  it('lets a secretary add a 双百 item for their own unit', async () => {
    const token = await signIn('secretary-zhuzhuang')
    const category = await someCategory(token)
    const item = expectOk(await call('POST', '/items', { token, body: validDraft(category) }), ItemSchema, 201)
    expect(item).toMatchObject({
      unitId: 'zhuzhuang',
      status: 'planned',
      progress: 0,
      version: 1,
      key: false,
      listId: 'double-hundred',
    })
    expect(item.code).toMatch(/^SB-\d+$/)
    const again = expectOk(await call('GET', `/items/${item.id}`, { token }), ItemSchema)
    expect(again.title).toBe('井口浴室更衣柜更新改造')
  })

  it('refuses another unit, another list and the leader with 403', async () => {
    const secretary = await signIn('secretary-zhuzhuang')
    const category = await someCategory(secretary)
    expectError(
      await call('POST', '/items', { token: secretary, body: validDraft(category, { unitId: 'luling' }) }),
      403,
      'forbidden',
    )
    expectError(
      await call('POST', '/items', { token: secretary, body: validDraft(category, { listId: 'eight' }) }),
      403,
      'forbidden',
    )
    const leader = await signIn('leader-1')
    expectError(await call('POST', '/items', { token: leader, body: validDraft(category) }), 403, 'forbidden')
  })

  it('answers 422 with Chinese field messages for bad input', async () => {
    const token = await signIn('supervisor-1')
    const category = await someCategory(token)
    const short = expectError(
      await call('POST', '/items', { token, body: validDraft(category, { title: '' }) }),
      422,
      'validation',
    )
    expect(short.error.fields?.title).toMatch(/[\u4e00-\u9fff]/)
    const past = expectError(
      await call('POST', '/items', { token, body: validDraft(category, { deadline: inDays(-1) }) }),
      422,
      'validation',
    )
    expect(past.error.fields).toHaveProperty('deadline')
    const unknownCategory = expectError(
      await call('POST', '/items', { token, body: validDraft('no-such-category') }),
      422,
      'validation',
    )
    expect(unknownCategory.error.fields).toHaveProperty('category')
    expectError(await call('POST', '/items', { token, rawBody: 'not json' }), 400, 'bad_request')
    expectError(await call('POST', '/items', { body: validDraft(category) }), 401, 'unauthenticated')
  })
})

describe('PATCH /items/{id}', () => {
  it('edits content with the current version and bumps it; a stale version gets 409 with the current item', async () => {
    const token = await signIn('supervisor-1')
    const item = await findItem(token, 'list=double-hundred&status=in_progress')
    const edited = expectOk(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, beneficiaries: '全矿职工', reason: '服务范围扩大到全矿' },
      }),
      ItemSchema,
    )
    expect(edited.beneficiaries).toBe('全矿职工')
    expect(edited.version).toBe(item.version + 1)
    const stale = expectError(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, beneficiaries: '又改了', reason: '再次调整' },
      }),
      409,
      'conflict',
    )
    expect(ItemSchema.parse(stale.current).beneficiaries).toBe('全矿职工')
  })

  it('refuses the leader, a secretary of another unit, and a secretary setting key (403)', async () => {
    const leader = await signIn('leader-1')
    const item = await findItem(leader, 'unit=zhuzhuang&status=in_progress')
    expectError(
      await call('PATCH', `/items/${item.id}`, { token: leader, body: { version: item.version, title: '领导改标题' } }),
      403,
      'forbidden',
    )
    const other = await signIn('secretary-luling')
    expectError(
      await call('PATCH', `/items/${item.id}`, { token: other, body: { version: item.version, title: '别的单位' } }),
      403,
      'forbidden',
    )
    const own = await signIn('secretary-zhuzhuang')
    expectError(
      await call('PATCH', `/items/${item.id}`, { token: own, body: { version: item.version, key: !item.key } }),
      403,
      'forbidden',
    )
    expectOk(
      await call('PATCH', `/items/${item.id}`, {
        token: own,
        body: { version: item.version, owner: '李新', reason: '责任人岗位调整' },
      }),
      ItemSchema,
    )
  })

  it('keeps the key items within the list target (100): the 101st is refused with 422', async () => {
    const token = await signIn('supervisor-1')
    const notKey = await findItem(token, 'list=double-hundred&key=false&status=in_progress')
    const refused = expectError(
      await call('PATCH', `/items/${notKey.id}`, { token, body: { version: notKey.version, key: true } }),
      422,
      'validation',
    )
    expect(refused.error.fields).toHaveProperty('key')
    const key = await findItem(token, 'list=double-hundred&key=true&status=in_progress')
    expectOk(await call('PATCH', `/items/${key.id}`, { token, body: { version: key.version, key: false } }), ItemSchema)
    const selected = expectOk(
      await call('PATCH', `/items/${notKey.id}`, { token, body: { version: notKey.version, key: true } }),
      ItemSchema,
    )
    expect(selected.key).toBe(true)
  })

  it('moves no deadline (only an approved extension does): 422 `deadline`, nothing written; 404 for an unknown item', async () => {
    const token = await signIn('supervisor-1')
    const item = await findItem(token, 'list=n&status=in_progress')
    for (const deadline of [inDays(-3), addDays(item.deadline, 30)]) {
      const refused = expectError(
        await call('PATCH', `/items/${item.id}`, {
          token,
          body: { version: item.version, deadline, reason: '工期调整' },
        }),
        422,
        'validation',
      )
      expect(refused.error.fields?.deadline).toMatch(/申请延期/)
    }
    expect(await getItem(token, item.id)).toMatchObject({ version: item.version, deadline: item.deadline })
    // The deadline it has is no change: the rest of the edit goes through.
    const edited = expectOk(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, deadline: item.deadline, owner: '孙立', reason: '责任人调整' },
      }),
      ItemSchema,
    )
    expect(edited).toMatchObject({ deadline: item.deadline, owner: '孙立', version: item.version + 1 })
    expectError(await call('PATCH', '/items/nope', { token, body: { version: 1, title: '不存在' } }), 404, 'not_found')
  })

  it('asks why content changes (422 `reason`), and keeps the why in the trail; key and links need no reason', async () => {
    const token = await signIn('supervisor-1')
    const item = expectOk(
      await call('POST', '/items', { token, body: validDraft(await someCategory(token)) }),
      ItemSchema,
      201,
    )
    const unexplained = expectError(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, title: '井口浴室更衣柜扩容改造' },
      }),
      422,
      'validation',
    )
    expect(unexplained.error.fields).toHaveProperty('reason')
    expectError(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, title: '井口浴室更衣柜扩容改造', reason: '   ' },
      }),
      422,
      'validation',
    )
    const edited = expectOk(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, title: '井口浴室更衣柜扩容改造', owner: '王建国', reason: '职工建议扩容' },
      }),
      ItemSchema,
    )
    expect(edited).toMatchObject({ title: '井口浴室更衣柜扩容改造', version: 2 })
    const trail = await trailOf(token, item.id)
    expect(trail.map((entry) => entry.kind)).toEqual(['created', 'edit'])
    expect(trail[1]).toMatchObject({
      kind: 'edit',
      note: '职工建议扩容',
      authorId: 'supervisor-1',
      // Only what changed (the owner was sent as it was).
      changes: [{ field: 'title', before: '井口浴室更衣柜更新改造', after: '井口浴室更衣柜扩容改造' }],
    })
    expect(trail[1]!.at).toBe(edited.updatedAt)
  })

  it('writes no entry and no version for a PATCH that changes nothing', async () => {
    const token = await signIn('supervisor-1')
    const item = expectOk(
      await call('POST', '/items', { token, body: validDraft(await someCategory(token)) }),
      ItemSchema,
      201,
    )
    const same = expectOk(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, title: item.title, deadline: item.deadline, key: false, demandIds: [] },
      }),
      ItemSchema,
    )
    expect(same).toMatchObject({ version: item.version, updatedAt: item.updatedAt })
    expect((await trailOf(token, item.id)).map((entry) => entry.kind)).toEqual(['created'])
  })
})
