import { instantOn } from '@/domain/dates'
import { sortItems } from '@/domain/item-query'
import { defaultSatisfactionBar } from '@/domain/satisfaction-bar'
import { applyUpdate } from '@/domain/update-effects'
import { createSeed } from '@/core/seed/create-seed'
import { ReadModel } from '@/core/read-model/read-model'

// The server keeps today's items sorted per order and moves only the written items (Projection.sortedViews):
// after any sequence of writes each kept order equals sorting every view again.

describe('the projection’s sorted views', () => {
  const day = '2026-06-15'
  const author = { id: 'supervisor-1', name: '督办员', role: 'supervisor' as const }
  const sorts = [undefined, '-deadline', 'progress', '-light', 'unitId', 'title', '-lastUpdate', 'key']

  it('stay in order through progress, status, key, deadline and title changes and new items', () => {
    const p = new ReadModel()
    p.fill(createSeed({ today: day }))
    const ids = (sort: string | undefined) => p.sortedViews(sort, day).map((view) => view.id)
    const fresh = (sort: string | undefined) => sortItems(p.allViews(day), sort).map((view) => view.id)
    for (const sort of sorts) expect(ids(sort)).toEqual(fresh(sort))

    const records = [...p.items.values()].filter((item) => item.status === 'in_progress').slice(0, 12)
    records.forEach((record, n) => {
      const at = instantOn(day, 8 + (n % 10), n)
      const posted = applyUpdate(
        record,
        n % 3 === 0
          ? { kind: 'status', toStatus: 'done', note: '已办结' }
          : { kind: 'progress', progress: (n * 17) % 100, note: '推进' },
        author,
        { id: `upd-sorted-${n}`, at },
        { bar: defaultSatisfactionBar, history: p.updatesOf(record.id) },
      )
      const edited =
        n % 4 === 0
          ? { ...posted.record, key: !record.key, deadline: '2026-07-0' + ((n % 9) + 1), title: `排序测试${n}` }
          : posted.record
      p.apply({ items: [{ ...edited, version: record.version + 1 }], updates: [posted.update] })
      if (n % 5 === 0) for (const sort of sorts) expect(ids(sort)).toEqual(fresh(sort))
    })
    const added = { ...records[0]!, id: 'item-sorted-new', code: 'SB-999', title: '新增排序测试', version: 1 }
    p.apply({ items: [added] })
    for (const sort of sorts) expect(ids(sort)).toEqual(fresh(sort))
    expect(ids(undefined)).toContain('item-sorted-new')
  })
})
