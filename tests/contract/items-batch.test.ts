import { z } from 'zod'
import { itemBatchLimits, ItemBatchResultSchema } from '@/domain/model/item-batch'
import { ItemSchema } from '@/domain/model/item'
import { call, expectError, expectOk, signIn } from './harness'
import { inDays, ItemPageSchema, someCategory, validDraft } from './fixtures'

// POST /items/batch: each row answered as POST /items would answer it, the request failing whole only
// when it cannot be read.

const batch = (token: string | null, items: unknown[]) => call('POST', '/items/batch', { token, body: { items } })

async function unitTotal(token: string, unit: string) {
  return expectOk(await call('GET', `/items?unit=${unit}&pageSize=1`, { token }), ItemPageSchema).total
}

describe('POST /items/batch', () => {
  it('refuses a role that creates no items as a whole, with the domain’s reason, and creates nothing', async () => {
    const token = await signIn('leader-1')
    const category = await someCategory(token)
    const before = await unitTotal(token, 'zhuzhuang')
    const body = expectError(await batch(token, [validDraft(category, { title: '领导想建的项目' })]), 403, 'forbidden')
    expect(body.error.message).toBe('集团领导不新建项目')
    expect(await unitTotal(token, 'zhuzhuang')).toBe(before)
  })

  it('creates the valid rows and reports every other row with the error POST /items gives, in order', async () => {
    const token = await signIn('secretary-zhuzhuang')
    const category = await someCategory(token)
    const before = await unitTotal(token, 'zhuzhuang')
    const reply = await batch(token, [
      validDraft(category, { title: '井口候车室加装空调' }),
      validDraft(category, { title: '别的单位的项目', unitId: 'luling' }),
      validDraft(category, { title: '' }),
      'not a draft',
      validDraft(category, { title: '八件实事里的项目', listId: 'eight' }),
      validDraft(category, { title: '已过期的项目', deadline: inDays(-1) }),
      validDraft(category, { title: '想评重点的项目', key: true }),
      validDraft(category, { title: '关联了不存在的诉求', demandIds: ['no-such-demand'] }),
      validDraft(category, { title: '职工书屋扩建' }),
    ])
    const { results } = expectOk(reply, ItemBatchResultSchema)
    expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
    const error = (index: number) => {
      const result = results[index]!
      if (!('error' in result)) throw new Error(`row ${index} was created`)
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/)
      return result.error
    }
    expect(error(1)).toMatchObject({ code: 'forbidden', message: '只能为本单位新建项目' })
    expect(error(2).code).toBe('validation')
    expect(error(2).fields?.title).toMatch(/[\u4e00-\u9fff]/)
    expect(error(3)).toMatchObject({ code: 'validation', fields: { _: expect.any(String) } })
    expect(error(4).code).toBe('forbidden')
    expect(error(5)).toMatchObject({ code: 'validation', fields: { deadline: '完成时限不能早于今天' } })
    expect(error(6).code).toBe('forbidden')
    expect(error(7)).toMatchObject({ code: 'validation', fields: { demandIds: '关联的诉求不存在' } })

    const created = [results[0]!, results[8]!].map((result) => ('item' in result ? result.item : null))
    expect(created.map((item) => item?.title)).toEqual(['井口候车室加装空调', '职工书屋扩建'])
    for (const item of created)
      expect(item).toMatchObject({
        unitId: 'zhuzhuang',
        listId: 'double-hundred',
        status: 'planned',
        progress: 0,
        version: 1,
        key: false,
      })
    const [first, second] = created.map((item) => Number(item!.code.replace(/^SB-/, '')))
    expect(second).toBe(first! + 1)
    expect(await unitTotal(token, 'zhuzhuang')).toBe(before + 2)
    const again = expectOk(await call('GET', `/items/${created[0]!.id}`, { token }), ItemSchema)
    expect(again.code).toBe(created[0]!.code)
  })

  it('keeps the key limit row by row: the full 双百 list refuses another key item with 422 on `key`', async () => {
    const token = await signIn('supervisor-1')
    const category = await someCategory(token)
    const { results } = expectOk(
      await batch(token, [
        validDraft(category, { key: true }),
        validDraft(category, { title: '八件实事的新项目', listId: 'eight', unitId: 'group' }),
      ]),
      ItemBatchResultSchema,
    )
    expect(results[0]).toMatchObject({
      index: 0,
      error: { code: 'validation', fields: { key: expect.stringMatching(/上限/) } },
    })
    expect(results[1]).toMatchObject({ index: 1, item: { listId: 'eight', code: expect.stringMatching(/^\w+-\d+$/) } })
  })

  it(`creates a full chunk of ${itemBatchLimits.maxItems} rows in one request, with distinct codes`, async () => {
    const token = await signIn('secretary-luling')
    const category = await someCategory(token)
    const before = await unitTotal(token, 'luling')
    const rows = Array.from({ length: itemBatchLimits.maxItems }, (_, index) =>
      validDraft(category, { unitId: 'luling', title: `批量导入的项目第${index}号` }),
    )
    const { results } = expectOk(await batch(token, rows), ItemBatchResultSchema)
    expect(results).toHaveLength(itemBatchLimits.maxItems)
    const codes = results.map((result) => ('item' in result ? result.item.code : 'failed'))
    expect(codes).not.toContain('failed')
    expect(new Set(codes).size).toBe(itemBatchLimits.maxItems)
    expect(await unitTotal(token, 'luling')).toBe(before + itemBatchLimits.maxItems)
  })

  it('fails whole only when the request cannot be read: 401, 400, 422 without items, 413 over the limits', async () => {
    const token = await signIn('secretary-zhuzhuang')
    const category = await someCategory(token)
    const before = await unitTotal(token, 'zhuzhuang')
    expectError(await batch(null, [validDraft(category)]), 401, 'unauthenticated')
    expectError(await call('POST', '/items/batch', { token, rawBody: '{"items": [' }), 400, 'bad_request')
    const missing = expectError(await call('POST', '/items/batch', { token, body: { rows: [] } }), 422, 'validation')
    expect(missing.error.fields).toHaveProperty('items')
    const tooMany = Array.from({ length: itemBatchLimits.maxItems + 1 }, () => validDraft(category))
    expectError(await batch(token, tooMany), 413, 'too_large')
    const huge = 'x'.repeat(itemBatchLimits.maxBodyBytes)
    expectError(
      await call('POST', '/items/batch', {
        token,
        rawBody: JSON.stringify({ items: [validDraft(category, { content: huge })] }),
      }),
      413,
      'too_large',
    )
    expect(await unitTotal(token, 'zhuzhuang')).toBe(before)
    expect(expectOk(await batch(token, []), z.object({ results: z.array(z.unknown()) })).results).toEqual([])
  })
})
