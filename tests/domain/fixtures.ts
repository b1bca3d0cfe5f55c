import type { BriefingInput } from '@/domain/briefing'
import { briefingDemands } from '@/domain/briefing-demands'
// Tiny typed factories for the domain tests: every fixture is small and hand-made, every field explicit.
import { instantOn, type IsoDate } from '@/domain/dates'
import type { ItemRecord } from '@/domain/history'
import type { ItemView } from '@/domain/item-query'
import type { Campaign, CampaignList } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { Item, ItemStatus, UpdateKind } from '@/domain/model/item'
import type { Unit, UnitKind } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import type { Role, User } from '@/domain/model/user'

/** An instant (UTC ISO string) at a China-time wall clock on `date`; noon unless told. */
export function at(date: IsoDate, time = '12:00'): string {
  const [hour = 12, minute = 0] = time.split(':').map(Number)
  return instantOn(date, hour, minute)
}

export function user(role: Role, unitId: string | null = null, overrides: Partial<User> = {}): User {
  return { id: `${role}-${unitId ?? 'x'}`, name: `${role} 用户`, role, unitId, ...overrides }
}

export function unit(id: string, kind: UnitKind, overrides: Partial<Unit> = {}): Unit {
  return { id, name: `${id} 单位`, kind, parentId: kind === 'group' ? null : 'group', ...overrides }
}

export function list(id: string, level: UnitKind, overrides: Partial<CampaignList> = {}): CampaignList {
  return {
    id,
    name: `${id} 清单`,
    codePrefix: id.slice(0, 2).toUpperCase(),
    level,
    target: null,
    keyTarget: null,
    satisfactionBar: { minPercent: 80, minSurveyed: 10 },
    ...overrides,
  }
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c-2026',
    name: '2026 年我为职工办实事',
    startDate: '2026-03-02',
    endDate: '2026-12-31',
    lists: [list('eight', 'group'), list('dh', 'grassroots', { keyTarget: 2 })],
    categories: [
      { id: 'housing', name: '住房' },
      { id: 'safety', name: '安全' },
    ],
    ...overrides,
  }
}

/** A stored item (no derived fields). Created at noon on 2026-03-02, due at the end of the year. */
export function itemRecord(overrides: Partial<ItemRecord> = {}): ItemRecord {
  return {
    id: 'i-1',
    code: 'SB-001',
    listId: 'dh',
    title: '职工食堂改造',
    content: '改造井口食堂',
    beneficiaries: '一线职工',
    category: 'housing',
    unitId: 'zhu',
    leadLeader: null,
    owner: '张三',
    ownerPhone: null,
    deadline: '2026-12-31',
    status: 'planned',
    progress: 0,
    key: false,
    demandIds: [],
    completionNote: null,
    createdAt: at('2026-03-02'),
    updatedAt: at('2026-03-02'),
    version: 1,
    ...overrides,
  }
}

/** A served item with its derived fields filled in plainly (not computed). */
export function item(overrides: Partial<Item> = {}): Item {
  return {
    ...itemRecord(),
    light: 'green',
    lastUpdate: null,
    urge: { count: 0, open: 0, replyBy: null, missed: 0, redList: false },
    extension: { approved: 0, pending: null },
    ...overrides,
  }
}

export function itemView(overrides: Partial<ItemView> = {}): ItemView {
  return { ...item(), overdue: false, ...overrides }
}

let updateSeq = 0

/** An update of `kind` at `when` (a full instant, or a date meaning noon China time). */
export function update(kind: UpdateKind, when: string, overrides: Partial<Update> = {}): Update {
  updateSeq += 1
  return {
    id: `u-${updateSeq}`,
    itemId: 'i-1',
    kind,
    at: when.length === 10 ? at(when) : when,
    authorId: 'supervisor-1',
    authorName: '督办员',
    authorRole: 'supervisor',
    note: '说明',
    ...overrides,
  }
}

export const progressUpdate = (when: string, progress: number, overrides: Partial<Update> = {}) =>
  update('progress', when, { progress, ...overrides })

export const statusUpdate = (
  when: string,
  fromStatus: ItemStatus,
  toStatus: ItemStatus,
  overrides: Partial<Update> = {},
) => update('status', when, { fromStatus, toStatus, ...overrides })

export const urge = (when: string, replyBy?: IsoDate) => update('urge', when, replyBy === undefined ? {} : { replyBy })

export const reply = (when: string) => update('reply', when, { authorRole: 'secretary' })

export const satisfaction = (when: string, surveyed: number, satisfied: number) =>
  update('satisfaction', when, { surveyed, satisfied, method: 'survey' })

export function demand(overrides: Partial<Demand> = {}): Demand {
  return {
    id: 'd-1',
    receipt: 'R-0001',
    channel: 'symposium',
    unitId: 'zhu',
    text: '希望改善井口食堂的饭菜',
    submittedAt: at('2026-03-01'),
    status: 'new',
    itemId: null,
    reply: null,
    mergedInto: null,
    anonymous: false,
    submitterName: null,
    submitterPhone: null,
    updatedAt: at('2026-03-01'),
    ...overrides,
  }
}

/** A refusal's reason is a sentence for a person, in Chinese. */
export const chineseSentence = /^(?=.*[\u4e00-\u9fff]).*\S.*$/s

/** A briefing's input with nothing in it, as of 2026-05-31 since 2026-04-30; a test adds what it is about. */
export function emptyBriefingInput(overrides: Partial<BriefingInput> = {}): BriefingInput {
  const period = { since: '2026-04-30', asOf: '2026-05-31' }
  return {
    campaign: campaign({ lists: [] }),
    units: [],
    ...period,
    unitId: null,
    summary: { lists: [] },
    unitStats: [],
    overdue: { items: [], total: 0 },
    redList: { items: [], total: 0 },
    struckOff: [],
    demands: briefingDemands([], () => null, period),
    ...overrides,
  }
}
