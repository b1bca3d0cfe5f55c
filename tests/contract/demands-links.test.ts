import { pageOf } from '@/domain/model/common'
import { DemandSchema, type Demand } from '@/domain/model/demand'
import { ItemSchema, type Item } from '@/domain/model/item'
import { ItemBatchResultSchema } from '@/domain/model/item-batch'
import { ReceiptSchema } from '@/domain/model/public-demand'
import { call, expectError, expectOk, signIn } from './harness'
import { findItem, ItemPageSchema, ItemWithUpdateSchema, someCategory, validDraft } from './fixtures'

// Issue 22, parts 6 and 7: links between items and demands check both sides' units and give each item
// they touch a new version; finishing an item answers the demands behind it on the worker's receipt.

const DemandPage = pageOf(DemandSchema)

const getItem = async (token: string, id: string) => expectOk(await call('GET', `/items/${id}`, { token }), ItemSchema)

async function getDemand(token: string, id: string, unit: string): Promise<Demand> {
  const page = expectOk(await call('GET', `/demands?unit=${unit}&pageSize=500`, { token }), DemandPage)
  const demand = page.items.find((entry) => entry.id === id)
  if (!demand) throw new Error(`no demand ${id}`)
  return demand
}

async function fileDemand(token: string, unitId: string, text: string): Promise<Demand> {
  return expectOk(
    await call('POST', '/demands', { token, body: { channel: 'symposium', unitId, text } }),
    DemandSchema,
    201,
  )
}

/** An item of the unit, in progress, that has demands behind it. */
async function itemWithDemands(token: string, unit: string): Promise<Item> {
  const page = expectOk(
    await call('GET', `/items?unit=${unit}&status=in_progress&pageSize=100`, { token }),
    ItemPageSchema,
  )
  const item = page.items.find((entry) => entry.demandIds.length > 0)
  if (!item) throw new Error(`no ${unit} item with demands`)
  return item
}

const patchItem = (token: string, item: Pick<Item, 'id' | 'version'>, body: Record<string, unknown>) =>
  call('PATCH', `/items/${item.id}`, { token, body: { version: item.version, ...body } })

describe('demand links check both sides’ units', () => {
  it('refuses a secretary linking another unit’s demand, free or behind that unit’s item, and changes nothing', async () => {
    const supervisor = await signIn('supervisor-1')
    const secretary = await signIn('secretary-zhuzhuang')
    const luling = await itemWithDemands(supervisor, 'luling')
    const taken = await getDemand(supervisor, luling.demandIds[0]!, 'luling')
    expect(taken.itemId).toBe(luling.id)
    const free = await fileDemand(supervisor, 'luling', '芦岭矿职工希望增设自行车棚')
    const own = await findItem(secretary, 'unit=zhuzhuang&status=in_progress')

    for (const demand of [taken, free]) {
      const refused = expectError(
        await patchItem(secretary, own, { demandIds: [...own.demandIds, demand.id] }),
        403,
        'forbidden',
      )
      expect(refused.error.fields).toHaveProperty('demandIds')
    }
    expect(await getDemand(supervisor, taken.id, 'luling')).toMatchObject({
      itemId: luling.id,
      status: taken.status,
      updatedAt: taken.updatedAt,
    })
    expect(await getDemand(supervisor, free.id, 'luling')).toMatchObject({ itemId: null, status: 'new' })
    expect(await getItem(supervisor, luling.id)).toMatchObject({ version: luling.version, demandIds: luling.demandIds })
    expect(await getItem(supervisor, own.id)).toMatchObject({ version: own.version, demandIds: own.demandIds })

    // On the demand's side too: the secretary may not point their own demand at another unit's item.
    const mine = await fileDemand(secretary, 'zhuzhuang', '朱庄矿职工希望井口增设饮水机')
    const onDemand = expectError(
      await call('PATCH', `/demands/${mine.id}`, { token: secretary, body: { status: 'adopted', itemId: luling.id } }),
      403,
      'forbidden',
    )
    expect(onDemand.error.fields).toHaveProperty('itemId')
    expect(await getDemand(supervisor, mine.id, 'zhuzhuang')).toMatchObject({ itemId: null, status: 'new' })
  })

  it('refuses a secretary taking their unit’s demand from another unit’s item, either way', async () => {
    const supervisor = await signIn('supervisor-1')
    const secretary = await signIn('secretary-zhuzhuang')
    const luling = await findItem(supervisor, 'unit=luling&status=in_progress')
    const demand = await fileDemand(supervisor, 'zhuzhuang', '朱庄矿职工希望开通通勤班车')
    // Supervision links across units.
    expectOk(
      await call('PATCH', `/demands/${demand.id}`, {
        token: supervisor,
        body: { status: 'adopted', itemId: luling.id },
      }),
      DemandSchema,
    )
    const behind = await getItem(supervisor, luling.id)
    const own = await findItem(secretary, 'unit=zhuzhuang&status=in_progress')
    const viaItem = expectError(
      await patchItem(secretary, own, { demandIds: [...own.demandIds, demand.id] }),
      422,
      'validation',
    )
    expect(viaItem.error.fields?.demandIds).toContain(luling.code)
    const viaDemand = expectError(
      await call('PATCH', `/demands/${demand.id}`, { token: secretary, body: { itemId: own.id } }),
      422,
      'validation',
    )
    expect(viaDemand.error.fields).toHaveProperty('itemId')
    expect(await getDemand(supervisor, demand.id, 'zhuzhuang')).toMatchObject({ itemId: luling.id, status: 'adopted' })
    expect(await getItem(supervisor, luling.id)).toMatchObject({ version: behind.version, demandIds: behind.demandIds })
  })

  it('checks a new item’s links as an edit’s, row by row in a batch', async () => {
    const supervisor = await signIn('supervisor-1')
    const secretary = await signIn('secretary-zhuzhuang')
    const category = await someCategory(secretary)
    const luling = await itemWithDemands(supervisor, 'luling')
    const foreign = luling.demandIds[0]!
    const single = expectError(
      await call('POST', '/items', { token: secretary, body: validDraft(category, { demandIds: [foreign] }) }),
      403,
      'forbidden',
    )
    expect(single.error.fields).toHaveProperty('demandIds')
    const mine = await fileDemand(secretary, 'zhuzhuang', '朱庄矿职工希望增设母婴室')
    const { results } = expectOk(
      await call('POST', '/items/batch', {
        token: secretary,
        body: {
          items: [
            validDraft(category, { title: '井口母婴室建设', demandIds: [mine.id] }),
            validDraft(category, { title: '再建一个母婴室', demandIds: [mine.id] }),
          ],
        },
      }),
      ItemBatchResultSchema,
    )
    const [first, second] = results
    if (!first || !('item' in first)) throw new Error('the first row was refused')
    expect(first.item).toMatchObject({ version: 1, demandIds: [mine.id] })
    expect(second).toMatchObject({ error: { code: 'validation', fields: { demandIds: expect.any(String) } } })
    expect(await getDemand(secretary, mine.id, 'zhuzhuang')).toMatchObject({ itemId: first.item.id, status: 'adopted' })
    expect(await getItem(supervisor, luling.id)).toMatchObject({ version: luling.version, demandIds: luling.demandIds })
  })

  it('refuses a secretary moving a demand between two of their items through an item’s list', async () => {
    const secretary = await signIn('secretary-zhuzhuang')
    const page = expectOk(
      await call('GET', '/items?unit=zhuzhuang&status=in_progress&pageSize=2', { token: secretary }),
      ItemPageSchema,
    )
    const [first, second] = page.items
    const demand = await fileDemand(secretary, 'zhuzhuang', '朱庄矿职工希望食堂延长供餐时间')
    const linked = expectOk(
      await patchItem(secretary, first!, { demandIds: [...first!.demandIds, demand.id] }),
      ItemSchema,
    )
    const moved = expectError(
      await patchItem(secretary, second!, { demandIds: [...second!.demandIds, demand.id] }),
      422,
      'validation',
    )
    expect(moved.error.fields?.demandIds).toContain(first!.code)
    expect(await getItem(secretary, linked.id)).toMatchObject({ version: linked.version })
  })
})

describe('a link change gives the item a new version', () => {
  it('bumps the item on either side, so a stale editor gets 409', async () => {
    const supervisor = await signIn('supervisor-1')
    const secretary = await signIn('secretary-zhuzhuang')
    const own = await findItem(secretary, 'unit=zhuzhuang&status=in_progress')
    const demand = await fileDemand(secretary, 'zhuzhuang', '朱庄矿职工希望澡堂增加储物柜')

    const linked = expectOk(await patchItem(secretary, own, { demandIds: [...own.demandIds, demand.id] }), ItemSchema)
    expect(linked.version).toBe(own.version + 1)
    expect(linked.demandIds).toContain(demand.id)
    expect(Date.parse(linked.updatedAt)).toBeGreaterThanOrEqual(Date.parse(own.updatedAt))
    expect(await getDemand(secretary, demand.id, 'zhuzhuang')).toMatchObject({ itemId: own.id, status: 'adopted' })
    const stale = expectError(await patchItem(secretary, own, { title: '用旧版本修改' }), 409, 'conflict')
    expect(stale.current).toMatchObject({ version: linked.version })

    // Linked from the demand's side: the item gets a new version too.
    const other = await fileDemand(secretary, 'zhuzhuang', '朱庄矿职工希望更换老旧工作服')
    expectOk(
      await call('PATCH', `/demands/${other.id}`, { token: secretary, body: { status: 'adopted', itemId: own.id } }),
      DemandSchema,
    )
    const attached = await getItem(secretary, own.id)
    expect(attached).toMatchObject({ version: linked.version + 1 })
    expect(attached.demandIds).toContain(other.id)
    expectError(await patchItem(secretary, linked, { title: '又是旧版本' }), 409, 'conflict')

    // Supervision moves a demand by naming it on another item: the item it leaves gets a new version.
    const luling = await findItem(supervisor, 'unit=luling&status=in_progress')
    const taker = expectOk(
      await patchItem(supervisor, luling, { demandIds: [...luling.demandIds, demand.id] }),
      ItemSchema,
    )
    expect(taker.version).toBe(luling.version + 1)
    const left = await getItem(supervisor, own.id)
    expect(left.version).toBe(attached.version + 1)
    expect(left.demandIds).not.toContain(demand.id)
    expect(await getDemand(supervisor, demand.id, 'zhuzhuang')).toMatchObject({ itemId: luling.id })

    // Unlinking through the item's list is a new version as well.
    const dropped = expectOk(
      await patchItem(secretary, left, { demandIds: left.demandIds.filter((id) => id !== other.id) }),
      ItemSchema,
    )
    expect(dropped.version).toBe(left.version + 1)
    expect(await getDemand(secretary, other.id, 'zhuzhuang')).toMatchObject({ itemId: null, status: 'new' })
  })
})

describe('the loop back to the worker', () => {
  it('answers the demands behind an item when it is done, on the receipt; a handler’s reply is kept', async () => {
    const supervisor = await signIn('supervisor-1')
    const waiting = await fileDemand(supervisor, 'zhuzhuang', '希望井口浴室增设吹风机')
    const handled = await fileDemand(supervisor, 'zhuzhuang', '希望浴室延长开放时间')
    const item = expectOk(
      await call('POST', '/items', {
        token: supervisor,
        body: validDraft(await someCategory(supervisor), {
          title: '井口浴室设施完善',
          demandIds: [waiting.id, handled.id],
        }),
      }),
      ItemSchema,
      201,
    )
    expect(item.demandIds).toEqual([waiting.id, handled.id])
    expectOk(
      await call('PATCH', `/demands/${handled.id}`, {
        token: supervisor,
        body: { status: 'answered', reply: '浴室开放时间已延长至 22 点' },
      }),
      DemandSchema,
    )
    const receipt = async (demand: Demand) =>
      expectOk(await call('GET', `/public/receipts/${demand.receipt}`), ReceiptSchema)
    expect(await receipt(waiting)).toMatchObject({ status: 'adopted', reply: null })

    const post = async (body: Record<string, unknown>) =>
      expectOk(await call('POST', `/items/${item.id}/updates`, { token: supervisor, body }), ItemWithUpdateSchema, 201)
    await post({ kind: 'progress', progress: 60, note: '吹风机已采购' })
    expect(await receipt(waiting)).toMatchObject({ status: 'adopted', reply: null })
    await post({ kind: 'status', toStatus: 'done', note: '浴室已安装吹风机 12 台' })

    expect(await receipt(waiting)).toMatchObject({
      status: 'answered',
      reply: '浴室已安装吹风机 12 台',
      item: { status: 'done', progress: 100 },
    })
    expect(await receipt(handled)).toMatchObject({
      status: 'answered',
      reply: '浴室开放时间已延长至 22 点',
      item: { status: 'done' },
    })

    // Reopened and done again: the loop's own answer follows the new note, the handler's stays.
    await post({ kind: 'status', toStatus: 'in_progress', note: '吹风机数量不足，返工' })
    await post({ kind: 'status', toStatus: 'done', note: '浴室吹风机已增至 20 台' })
    expect(await receipt(waiting)).toMatchObject({ status: 'answered', reply: '浴室吹风机已增至 20 台' })
    expect(await receipt(handled)).toMatchObject({ status: 'answered', reply: '浴室开放时间已延长至 22 点' })
  })

  it('shows a rejected demand’s reason on its receipt', async () => {
    const supervisor = await signIn('supervisor-1')
    const demand = await fileDemand(supervisor, 'zhuzhuang', '希望给每位职工发放购物卡')
    expectOk(
      await call('PATCH', `/demands/${demand.id}`, {
        token: supervisor,
        body: { status: 'rejected', reply: '不属于本次活动范围，已转工会研究' },
      }),
      DemandSchema,
    )
    expect(expectOk(await call('GET', `/public/receipts/${demand.receipt}`), ReceiptSchema)).toMatchObject({
      status: 'rejected',
      reply: '不属于本次活动范围，已转工会研究',
      item: null,
    })
  })
})
