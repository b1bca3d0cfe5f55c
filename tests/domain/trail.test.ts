import type { ItemRecord } from '@/domain/history'
import { snapshotAt } from '@/domain/history'
import type { Update, UpdateDraft } from '@/domain/model/update'
import { canPostDraft } from '@/domain/permissions'
import { defaultSatisfactionBar as bar } from '@/domain/satisfaction-bar'
import { changesRecord, createdEntry, editEntry, fieldChanges, replayTrail } from '@/domain/trail'
import { applyUpdate } from '@/domain/update-effects'
import { seededRandom, type Random } from '@/core/seed/seeded-random'
import { itemRecord, user } from './fixtures'

const secretary = user('secretary', 'zhu', { id: 'sec-zhu' })
const supervisors = [user('supervisor', null, { id: 'sup-1' }), user('supervisor', null, { id: 'sup-2' })]
const leader = user('leader', null, { id: 'lead-1' })
const stampAt = (n: number) => ({ id: `e-${n}`, at: new Date(Date.UTC(2026, 4, 1, 1, n)).toISOString() })

describe('the trail of one item', () => {
  const created = itemRecord({ unitId: 'zhu', createdAt: stampAt(0).at, updatedAt: stampAt(0).at })

  it('starts with every field as created, and replays to the record', () => {
    const entry = createdEntry(created, secretary, stampAt(0), '列入清单')
    expect(entry).toMatchObject({ kind: 'created', at: created.createdAt, note: '列入清单', authorId: 'sec-zhu' })
    expect(entry.changes?.map((change) => change.field)).toContain('deadline')
    expect(entry.changes?.every((change) => change.before === null)).toBe(true)
    expect(replayTrail([entry])).toEqual(created)
  })

  it('is nothing without its creation first', () => {
    expect(replayTrail([])).toBeNull()
    const edit = editEntry(created, { ...created, title: '新名称' }, secretary, stampAt(1), '名称更准确')!
    expect(replayTrail([edit])).toBeNull()
  })

  it('records an edit as before → after with why, and only what changed', () => {
    const after = { ...created, title: '新名称', key: true, demandIds: ['d-1'] }
    expect(fieldChanges(created, after)).toEqual([
      { field: 'title', before: created.title, after: '新名称' },
      { field: 'key', before: false, after: true },
      { field: 'demandIds', before: [], after: ['d-1'] },
    ])
    expect(editEntry(created, { ...created }, secretary, stampAt(1), '无')).toBeNull()
    const entry = editEntry(created, after, secretary, stampAt(1), '调整')!
    expect(changesRecord(entry)).toBe(true)
    expect(replayTrail([createdEntry(created, secretary, stampAt(0)), entry])).toEqual({
      ...after,
      updatedAt: stampAt(1).at,
      version: 2,
    })
  })

  it('keeps the deadline in force on each past day: the one approved then', () => {
    const trail: Update[] = [createdEntry({ ...created, deadline: '2026-05-20' }, secretary, stampAt(0))]
    let record: ItemRecord = { ...created, deadline: '2026-05-20' }
    const post = (draft: UpdateDraft, by = supervisors[0]!, at = '2026-05-10T02:00:00.000Z') => {
      const posted = applyUpdate(record, draft, by, { id: `x-${trail.length}`, at }, { bar, history: trail })
      trail.push(posted.update)
      record = posted.record
    }
    post({ kind: 'extension', deadline: '2026-06-30', note: '设备到货延迟' }, secretary)
    post({ kind: 'extension_decision', approved: true, note: '同意' }, supervisors[1], '2026-05-12T02:00:00.000Z')
    expect(record.deadline).toBe('2026-06-30')
    expect(snapshotAt(record, trail, '2026-05-11')).toMatchObject({ deadline: '2026-05-20', extended: false })
    expect(snapshotAt(record, trail, '2026-05-25')).toMatchObject({ deadline: '2026-06-30', extended: true })
    expect(snapshotAt(record, trail, '2026-05-25')?.overdue).toBe(false)
    expect(replayTrail(trail)).toEqual(record)
  })
})

// Random sequences of what people do to an item, each allowed or refused by the domain as a backend would
// judge it; whatever is accepted goes into the trail, and the trail replays to the record every time.
const actors = [secretary, ...supervisors, leader]

/** A draft of any kind, leaning towards what the item's state invites, so that every path is walked. */
function randomDraft(random: Random, record: ItemRecord, trail: readonly Update[]): UpdateDraft {
  const note = random.pick(['进展说明', '原因说明', '已完成改造'])
  const survey = (surveyed: number, satisfied: number): UpdateDraft => ({
    kind: 'satisfaction',
    surveyed,
    satisfied,
    method: 'phone',
    note,
  })
  if (record.status === 'done' && random.chance(0.7))
    return random.pick([
      { kind: 'status', toStatus: 'closed', note },
      survey(20, 19),
      survey(12, 3),
      survey(6, 6),
    ] satisfies UpdateDraft[])
  if (record.status === 'closed' && random.chance(0.5)) return { kind: 'status', toStatus: 'in_progress', note }
  if (trail.at(-1)?.kind === 'extension' && random.chance(0.7))
    return { kind: 'extension_decision', approved: random.chance(0.5), note }
  switch (random.int(0, 6)) {
    case 0:
      return { kind: 'progress', progress: random.int(0, 100), note }
    case 1:
    case 2:
      return { kind: 'status', toStatus: random.pick(['in_progress', 'done'] as const), note }
    case 3:
      return { kind: 'extension', deadline: `2026-${String(random.int(6, 12)).padStart(2, '0')}-15`, note }
    case 4:
      return { kind: 'urge', replyBy: '2026-12-01', note }
    case 5:
      return { kind: 'reply', note: record.code }
    default:
      return survey(random.int(10, 30), random.int(0, 10))
  }
}

describe('replaying the trail (property, over random sequences)', () => {
  const seen = new Set<string>()
  const seeds = Array.from({ length: 60 }, (_, seed) => seed + 1)

  it.each(seeds)('seed %i gives the record back', (seed) => {
    const random = seededRandom(seed)
    let record: ItemRecord = itemRecord({ unitId: 'zhu', deadline: '2026-05-31', createdAt: stampAt(0).at })
    record = { ...record, updatedAt: record.createdAt }
    const trail: Update[] = [createdEntry(record, secretary, stampAt(0))]
    for (let step = 1; step <= 40; step += 1) {
      const stamp = stampAt(step)
      const actor = random.pick(actors)
      if (random.chance(0.15)) {
        const next = { ...record, title: `第 ${step} 次改名`, key: random.chance(0.5), updatedAt: stamp.at }
        const entry = editEntry(record, { ...next, version: record.version + 1 }, actor, stamp, '调整')
        if (entry) {
          trail.push(entry)
          record = { ...next, version: record.version + 1 }
        }
      } else {
        const draft = randomDraft(random, record, trail)
        if (!canPostDraft(actor, record, draft, trail, { bar }).ok) continue
        const posted = applyUpdate(record, draft, actor, stamp, { bar, history: trail })
        trail.push(posted.update)
        record = posted.record
        const { kind, toStatus, fromStatus, approved } = posted.update
        seen.add([kind, fromStatus, toStatus, approved].filter((part) => part !== undefined).join(' '))
      }
      expect(replayTrail(trail), `seed ${seed}, step ${step}`).toEqual(record)
    }
  })

  it('went through strike-off, reopening, a survey below the bar and both extension decisions', () => {
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'status done closed',
        'status closed in_progress',
        'satisfaction done in_progress',
        'extension_decision true',
        'extension_decision false',
      ]),
    )
  })
})
