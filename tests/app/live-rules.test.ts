import type { LiveChange } from '@/contract/live'
import { reconnectDelay } from '@/api/live/backoff'
import { touchedBy } from '@/api/live/touched'
import { accountKeys } from '@/api/accounts'
import { boardKey } from '@/api/board'
import { campaignKeys } from '@/api/campaign'
import { demandKeys } from '@/api/demands'
import { itemKeys } from '@/api/items'
import { publicBoardKeys } from '@/api/public-board'
import { sessionKeys } from '@/api/session'
import { statsKeys } from '@/api/stats'
import { supervisionKeys } from '@/api/supervision'
import { unitKeys } from '@/api/units'
import { userKeys } from '@/api/users'

// The live channel's two rules apart from the stream: which cached queries a change makes stale, and how
// long to wait before reconnecting.

const change = (touched: Partial<LiveChange>): LiveChange => ({
  seq: 1,
  items: [],
  demands: [],
  campaign: false,
  units: false,
  users: false,
  ...touched,
})

const keys = {
  itemList: itemKeys.list({ list: ['eight'] }),
  itemA: itemKeys.detail('item-a'),
  itemAUpdates: itemKeys.updates('item-a'),
  itemB: itemKeys.detail('item-b'),
  summary: statsKeys.summary(),
  board: boardKey({ list: 'eight' }),
  queue: supervisionKeys.queue({}),
  publicBoard: publicBoardKeys.board(),
  demands: demandKeys.list({}),
  campaign: campaignKeys.current(),
  units: unitKeys.list(),
  users: userKeys.list(),
  audit: accountKeys.audit(),
  session: sessionKeys.current(),
}

function stale(...changes: LiveChange[]): string[] {
  const touched = touchedBy(changes)
  return Object.entries(keys)
    .filter(([, key]) => touched === null || touched(key))
    .map(([name]) => name)
}

/** What any item change makes stale beside the items' own queries. */
const itemViews = ['summary', 'board', 'queue', 'publicBoard']

describe('what a live change makes stale', () => {
  it('an item: every item list, that item and its updates, the figures, supervision and the public board', () => {
    expect(stale(change({ items: ['item-a'] }))).toEqual(['itemList', 'itemA', 'itemAUpdates', ...itemViews])
  })

  it('a demand: the demands and the figures', () => {
    expect(stale(change({ demands: ['demand-1'] }))).toEqual(['summary', 'board', 'demands'])
  })

  it('a batch: the union of its changes', () => {
    const batch = [change({ items: ['item-a'] }), change({ items: ['item-b'] }), change({ users: true })]
    expect(stale(...batch)).toEqual(['itemList', 'itemA', 'itemAUpdates', 'itemB', ...itemViews, 'users', 'audit'])
  })

  it('the campaign: it and every item view and figure', () => {
    expect(stale(change({ campaign: true }))).toEqual([
      'itemList',
      'itemA',
      'itemAUpdates',
      'itemB',
      ...itemViews,
      'campaign',
    ])
  })

  it('the org tree: everything (unit names are in every view)', () => {
    expect(touchedBy([change({ items: ['item-a'] }), change({ units: true })])).toBeNull()
  })

  it('nothing touched: nothing stale', () => {
    expect(stale(change({}))).toEqual([])
  })
})

describe('reconnecting', () => {
  it('waits 1 s, doubling each failed attempt, up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map(reconnectDelay)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ])
  })
})
