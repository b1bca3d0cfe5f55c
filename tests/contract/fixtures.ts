import { z } from 'zod'
import { addDays, dateOf } from '@/domain/dates'
import { CampaignSchema } from '@/domain/model/campaign'
import { pageOf } from '@/domain/model/common'
import { ItemSchema, type Item } from '@/domain/model/item'
import { call, expectOk } from './harness'

export const ItemPageSchema = pageOf(ItemSchema)
export const ItemWithUpdateSchema = z.object({ item: ItemSchema, update: z.unknown() })

export const today = () => dateOf(new Date())
export const inDays = (days: number) => addDays(today(), days)

/** The first item matching a query string, found through the API as any client would. */
export async function findItem(token: string, query: string): Promise<Item> {
  const page = expectOk(await call('GET', `/items?${query}&pageSize=1`, { token }), ItemPageSchema)
  const [item] = page.items
  if (!item) throw new Error(`no item matches ${query}`)
  return item
}

/** A category id of the campaign (categories are data, so the tests ask for one). */
export async function someCategory(token: string): Promise<string> {
  const campaign = expectOk(await call('GET', '/campaign', { token }), CampaignSchema)
  return campaign.categories[0]!.id
}

export const validDraft = (category: string, overrides: Record<string, unknown> = {}) => ({
  listId: 'double-hundred',
  title: '井口浴室更衣柜更新改造',
  content: '更换井口浴室老旧更衣柜 300 组，增设烘干设备。',
  beneficiaries: '一线职工约 800 人',
  category,
  unitId: 'zhuzhuang',
  owner: '王建国',
  deadline: inDays(60),
  ...overrides,
})
