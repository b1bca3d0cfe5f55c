import { byTime, deriveItem, snapshotAt } from '@/domain/history'
import { at, itemRecord, progressUpdate, reply, satisfaction, statusUpdate, update, urge } from './fixtures'

// Instants are UTC; China is UTC+8, so 15:59 UTC is 23:59 China time and 16:00 UTC is midnight the next day.
describe('snapshotAt', () => {
  const record = itemRecord({
    createdAt: '2026-03-01T16:30:00Z' /* 2026-03-02 00:30 China time */,
    status: 'closed',
    progress: 100,
  })

  it('is null before the item was created (China-time creation date)', () => {
    expect(snapshotAt(record, [], '2026-03-01')).toBeNull()
    expect(snapshotAt(record, [], '2026-03-02')).not.toBeNull()
  })

  it('starts planned at 0 % with nothing reported, whatever the record holds now', () => {
    expect(snapshotAt(record, [], '2026-03-02')).toEqual({
      status: 'planned',
      progress: 0,
      light: 'green',
      overdue: false,
      lastActivity: null,
      urge: { count: 0, open: 0, replyBy: null, missed: 0, redList: false },
      surveyed: 0,
      satisfied: 0,
      deadline: record.deadline,
      extended: false,
    })
  })

  describe('the end of the asOf day, China time', () => {
    const updates = [
      statusUpdate('2026-03-10', 'planned', 'in_progress'),
      progressUpdate('2026-03-21T15:59:00Z', 30), // 2026-03-21 23:59 China time
      progressUpdate('2026-03-21T16:00:00Z', 60), // 2026-03-22 00:00 China time
    ]

    it('an update at 23:59 on asOf counts', () => {
      expect(snapshotAt(record, updates, '2026-03-21')).toMatchObject({ progress: 30, lastActivity: '2026-03-21' })
    })

    it('an update at 00:00 the next day does not', () => {
      expect(snapshotAt(record, updates, '2026-03-21')?.progress).not.toBe(60)
      expect(snapshotAt(record, updates, '2026-03-22')).toMatchObject({ progress: 60, lastActivity: '2026-03-22' })
    })

    it('the same holds for status changes', () => {
      const done = [
        statusUpdate('2026-03-10', 'planned', 'in_progress'),
        statusUpdate('2026-03-21T16:00:00Z', 'in_progress', 'done'),
      ]
      expect(snapshotAt(record, done, '2026-03-21')?.status).toBe('in_progress')
      expect(snapshotAt(record, done, '2026-03-22')?.status).toBe('done')
    })
  })

  describe('replaying a whole life', () => {
    const updates = [
      statusUpdate('2026-03-10', 'planned', 'in_progress'),
      progressUpdate('2026-04-01', 100),
      statusUpdate('2026-04-02', 'in_progress', 'done'),
      statusUpdate('2026-04-05', 'done', 'in_progress'), // reopened by supervision
      progressUpdate('2026-04-05', 90),
      progressUpdate('2026-04-20', 100),
      statusUpdate('2026-04-20', 'in_progress', 'done'),
      satisfaction('2026-04-25', 10, 8),
      satisfaction('2026-04-28', 5, 5),
      statusUpdate('2026-04-30', 'done', 'closed'),
    ]

    it.each([
      ['2026-03-09', 'planned', 0],
      ['2026-03-10', 'in_progress', 0],
      ['2026-04-01', 'in_progress', 100],
      ['2026-04-02', 'done', 100],
      ['2026-04-05', 'in_progress', 90],
      ['2026-04-19', 'in_progress', 90],
      ['2026-04-20', 'done', 100],
      ['2026-04-30', 'closed', 100],
    ] as const)('as of %s: %s at %d %%', (asOf, status, progress) => {
      expect(snapshotAt(record, updates, asOf)).toMatchObject({ status, progress })
    })

    it('satisfaction results add up, only those recorded by asOf', () => {
      expect(snapshotAt(record, updates, '2026-04-24')).toMatchObject({ surveyed: 0, satisfied: 0 })
      expect(snapshotAt(record, updates, '2026-04-25')).toMatchObject({ surveyed: 10, satisfied: 8 })
      expect(snapshotAt(record, updates, '2026-04-30')).toMatchObject({ surveyed: 15, satisfied: 13 })
    })

    it('finished work has no light and is not overdue', () => {
      expect(snapshotAt(record, updates, '2026-04-02')).toMatchObject({ light: 'none', overdue: false })
      expect(snapshotAt({ ...record, deadline: '2026-04-25' }, updates, '2026-04-30')).toMatchObject({
        light: 'none',
        overdue: false,
      })
    })
  })

  it('lastActivity counts the owner’s progress, status and reply; not inspections, urges, instructions or satisfaction', () => {
    const base = [statusUpdate('2026-03-10', 'planned', 'in_progress')]
    const later = (kind: 'inspection' | 'reply' | 'urge' | 'instruction' | 'satisfaction') =>
      snapshotAt(
        record,
        [...base, update(kind, '2026-03-20', kind === 'satisfaction' ? { surveyed: 3, satisfied: 3 } : {})],
        '2026-03-25',
      )?.lastActivity
    expect(later('inspection')).toBe('2026-03-10')
    expect(later('reply')).toBe('2026-03-20')
    expect(later('urge')).toBe('2026-03-10')
    expect(later('instruction')).toBe('2026-03-10')
    expect(later('satisfaction')).toBe('2026-03-10')
  })

  it('sees an update appended to the same list, and a replaced record (the memo never goes stale)', () => {
    const updates = [statusUpdate('2026-03-10', 'planned', 'in_progress')]
    expect(snapshotAt(record, updates, '2026-03-25')?.progress).toBe(0)
    updates.push(progressUpdate('2026-03-20', 40))
    expect(snapshotAt(record, updates, '2026-03-25')?.progress).toBe(40)
    const later = { ...record, deadline: '2026-03-21' }
    expect(snapshotAt(record, updates, '2026-03-25')?.overdue).toBe(false)
    expect(snapshotAt(later, updates, '2026-03-25')?.overdue).toBe(true)
  })

  it('the light and overdue flag are those of asOf', () => {
    const due = itemRecord({ createdAt: at('2026-03-02'), deadline: '2026-03-31' })
    const updates = [statusUpdate('2026-03-03', 'planned', 'in_progress'), progressUpdate('2026-03-20', 70)]
    // Day 18 of 29 expects 62 %; 70 % reported that day, due in 11 days with under 80 % → yellow.
    expect(snapshotAt(due, updates, '2026-03-20')).toMatchObject({ light: 'yellow', overdue: false })
    expect(snapshotAt(due, updates, '2026-03-31')).toMatchObject({ overdue: false })
    expect(snapshotAt(due, updates, '2026-04-01')).toMatchObject({ light: 'red', overdue: true })
    // Nothing reported since 03-20: 15 days later the light turns yellow by staleness alone.
    const long = { ...due, deadline: '2026-12-31' }
    expect(
      snapshotAt(
        long,
        [statusUpdate('2026-03-03', 'planned', 'in_progress'), progressUpdate('2026-03-20', 30)],
        '2026-04-03',
      )?.light,
    ).toBe('green')
    expect(
      snapshotAt(
        long,
        [statusUpdate('2026-03-03', 'planned', 'in_progress'), progressUpdate('2026-03-20', 30)],
        '2026-04-04',
      )?.light,
    ).toBe('yellow')
  })

  it('urges are those posted by asOf', () => {
    const updates = [
      urge('2026-03-10', '2026-03-12'),
      urge('2026-03-13', '2026-03-15'),
      urge('2026-03-16', '2026-03-18'),
      reply('2026-03-20'),
    ]
    expect(snapshotAt(record, updates, '2026-03-15')?.urge).toEqual({
      count: 2,
      open: 2,
      replyBy: '2026-03-12',
      missed: 1,
      redList: false,
    })
    expect(snapshotAt(record, updates, '2026-03-16')?.urge).toEqual({
      count: 3,
      open: 3,
      replyBy: '2026-03-12',
      missed: 2,
      redList: true,
    })
    expect(snapshotAt(record, updates, '2026-03-20')?.urge).toEqual({
      count: 3,
      open: 0,
      replyBy: null,
      missed: 0,
      redList: false,
    })
  })
})

describe('deriveItem', () => {
  const record = itemRecord({
    createdAt: at('2026-03-02'),
    deadline: '2026-12-31',
    status: 'in_progress',
    progress: 50,
  })

  it('keeps every stored field', () => {
    const derived = deriveItem(record, [], '2026-03-05')
    expect(derived).toMatchObject(record)
  })

  it('with no updates: no last update, no urges, light from the creation date', () => {
    expect(deriveItem(record, [], '2026-03-16')).toMatchObject({
      lastUpdate: null,
      urge: { count: 0, open: 0, replyBy: null, missed: 0, redList: false },
      light: 'green',
    })
    expect(deriveItem(record, [], '2026-03-17').light).toBe('yellow')
  })

  it('lastUpdate is the newest update of any kind, urges included', () => {
    const updates = [progressUpdate('2026-03-10', 50, { note: '完成招标' }), urge('2026-03-12', '2026-03-15')]
    expect(deriveItem(record, updates, '2026-03-13').lastUpdate).toEqual({
      at: at('2026-03-12'),
      kind: 'urge',
      note: '说明',
    })
  })

  it('the light uses the last activity, not the last urge', () => {
    const updates = [progressUpdate('2026-03-10', 50), urge('2026-03-24', '2026-03-26')]
    expect(deriveItem(record, updates, '2026-03-24').light).toBe('green')
    expect(deriveItem(record, updates, '2026-03-25').light).toBe('yellow') // 15 days since 03-10
  })

  it('the light uses the stored status and progress', () => {
    expect(deriveItem({ ...record, status: 'done' }, [], '2027-01-10').light).toBe('none')
    expect(deriveItem(record, [], '2027-01-01').light).toBe('red')
  })

  it('urges: the ladder over every update', () => {
    const updates = [
      urge('2026-03-10', '2026-03-12'),
      urge('2026-03-13', '2026-03-15'),
      urge('2026-03-16', '2026-03-18'),
    ]
    expect(deriveItem(record, updates, '2026-03-17').urge).toEqual({
      count: 3,
      open: 3,
      replyBy: '2026-03-12',
      missed: 2,
      redList: true,
    })
  })
})

describe('byTime', () => {
  it('sorts oldest first without touching its input', () => {
    const a = progressUpdate('2026-03-10', 10)
    const b = progressUpdate('2026-03-11', 20)
    const c = progressUpdate('2026-03-12', 30)
    const input = [c, a, b]
    expect(byTime(input).map((u) => u.progress)).toEqual([10, 20, 30])
    expect(input).toEqual([c, a, b])
  })
})
