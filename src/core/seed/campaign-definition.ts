import type { Campaign, CampaignList } from '@/domain/model/campaign'
import { defaultSatisfactionBar } from '@/domain/satisfaction-bar'
import type { SeedClock } from './seed-clock'

// The demo campaign: Huaibei Mining's 8+N and 双百 lists (seed 000) and the categories of its items.

export const listIds = { eight: 'eight', n: 'n', doubleHundred: 'double-hundred' } as const

const lists: CampaignList[] = [
  {
    id: listIds.eight,
    name: '集团党委“8件实事”',
    shortName: '8件实事',
    codePrefix: 'SS',
    level: 'group',
    target: 8,
    keyTarget: null,
    satisfactionBar: defaultSatisfactionBar,
  },
  {
    id: listIds.n,
    name: '机关部门为基层解决“N件难题”',
    shortName: 'N件难题',
    codePrefix: 'NT',
    level: 'department',
    target: null,
    keyTarget: null,
    satisfactionBar: defaultSatisfactionBar,
  },
  {
    id: listIds.doubleHundred,
    name: '基层“双百”行动',
    shortName: '“双百”行动',
    codePrefix: 'SB',
    level: 'grassroots',
    target: null,
    keyTarget: 100,
    satisfactionBar: defaultSatisfactionBar,
  },
]

export const categories = [
  { id: 'housing', name: '住房保障' },
  { id: 'parking', name: '停车出行' },
  { id: 'commute', name: '通勤交通' },
  { id: 'canteen', name: '食堂餐饮' },
  { id: 'shopping', name: '生活超市' },
  { id: 'bathhouse', name: '浴室洗衣' },
  { id: 'education', name: '助学托管' },
  { id: 'health', name: '医疗健康' },
  { id: 'environment', name: '作业环境' },
  { id: 'hardship', name: '困难帮扶' },
  { id: 'culture', name: '文体活动' },
  { id: 'service', name: '便民服务' },
] as const
export type CategoryId = (typeof categories)[number]['id']

export function createCampaign(clock: SeedClock): Campaign {
  return {
    id: 'hbky-banshishi',
    name: '淮北矿业集团“我为职工办实事”实践活动',
    startDate: clock.start,
    endDate: clock.end,
    lists: lists.map((list) => ({ ...list })),
    categories: categories.map((category) => ({ ...category })),
  }
}
