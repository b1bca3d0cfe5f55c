import { deriveItem } from '@/domain/history'
import { itemViewAsOf, itemViewToday } from '@/domain/item-as-of'
import { at, itemRecord, progressUpdate, statusUpdate, urge } from './fixtures'

describe('itemViewAsOf', () => {
  const record = itemRecord({
    createdAt: at('2026-03-02'),
    deadline: '2026-04-30',
    status: 'done',
    progress: 100,
    title: '现在的名称',
  })
  const updates = [
    statusUpdate('2026-03-05', 'planned', 'in_progress', { note: '启动' }),
    progressUpdate('2026-03-20T15:59:00Z', 40, { note: '四成' }), // 03-20 23:59 China time
    urge('2026-03-21T16:00:00Z', '2026-03-25'), // 03-22 00:00 China time
    progressUpdate('2026-04-28', 100),
    statusUpdate('2026-04-28', 'in_progress', 'done', { note: '完工' }),
  ]

  it('is null before the item existed', () => {
    expect(itemViewAsOf(record, updates, '2026-03-01')).toBeNull()
  })

  it('replays state, light, overdue and urges; keeps content as it is now', () => {
    const view = itemViewAsOf(record, updates, '2026-03-21')
    expect(view).toMatchObject({ title: '现在的名称', status: 'in_progress', progress: 40, overdue: false })
    expect(view?.urge.count).toBe(0)
    expect(view?.lastUpdate).toEqual({ at: '2026-03-20T15:59:00Z', kind: 'progress', note: '四成' })
  })

  it('lastUpdate is the newest update by the end of asOf, China time', () => {
    const view = itemViewAsOf(record, updates, '2026-03-22')
    expect(view?.lastUpdate).toMatchObject({ kind: 'urge' })
    expect(view?.urge).toMatchObject({ count: 1, open: 1, replyBy: '2026-03-25' })
  })

  it('past the deadline and unfinished: overdue and red; once done: none', () => {
    expect(itemViewAsOf(record, updates.slice(0, 3), '2026-05-01')).toMatchObject({
      status: 'in_progress',
      overdue: true,
      light: 'red',
    })
    expect(itemViewAsOf(record, updates, '2026-05-01')).toMatchObject({
      status: 'done',
      progress: 100,
      overdue: false,
      light: 'none',
    })
  })

  it('no updates by asOf: no last update', () => {
    expect(itemViewAsOf(record, updates, '2026-03-04')?.lastUpdate).toBeNull()
  })
})

describe('itemViewToday', () => {
  it('is the derived item with whether it is past its deadline', () => {
    const record = itemRecord({ status: 'in_progress', progress: 40, deadline: '2026-06-01' })
    const updates = [progressUpdate('2026-05-20', 40)]
    expect(itemViewToday(record, updates, '2026-06-10')).toEqual({
      ...deriveItem(record, updates, '2026-06-10'),
      overdue: true,
    })
    expect(itemViewToday(record, updates, '2026-05-30').overdue).toBe(false)
  })
})
