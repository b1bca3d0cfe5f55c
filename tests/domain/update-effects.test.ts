import { itemStatuses } from '@/domain/model/item'
import { applyUpdate, itemStateAfter, type StateChange } from '@/domain/update-effects'
import { defaultSatisfactionBar } from '@/domain/satisfaction-bar'
import { itemRecord, user } from './fixtures'

const author = user('supervisor')
const stamp = { id: 'upd-1', at: '2026-06-10T04:00:00.000Z' }
const effects = { bar: defaultSatisfactionBar, history: [] }

describe('applyUpdate', () => {
  it('records who posted what, when, on which item', () => {
    const { update } = applyUpdate(itemRecord(), { kind: 'instruction', note: '抓紧推进' }, author, stamp, effects)
    expect(update).toEqual({
      id: 'upd-1',
      itemId: 'i-1',
      kind: 'instruction',
      at: stamp.at,
      authorId: author.id,
      authorName: author.name,
      authorRole: 'supervisor',
      note: '抓紧推进',
    })
  })

  it('a progress report above 0 starts a planned item and says so in the update', () => {
    const { update, record } = applyUpdate(
      itemRecord({ status: 'planned' }),
      { kind: 'progress', progress: 20, note: '已招标' },
      author,
      stamp,
      effects,
    )
    expect(update).toMatchObject({ progress: 20, fromStatus: 'planned', toStatus: 'in_progress' })
    expect(record).toMatchObject({ status: 'in_progress', progress: 20, version: 2, updatedAt: stamp.at })
  })

  it('a progress report of 0 leaves a planned item planned; one on a started item changes only the progress', () => {
    const zero = applyUpdate(
      itemRecord({ status: 'planned' }),
      { kind: 'progress', progress: 0, note: '筹备中' },
      author,
      stamp,
      effects,
    )
    expect(zero.update.toStatus).toBeUndefined()
    expect(zero.record).toMatchObject({ status: 'planned', progress: 0, version: 2 })
    const later = applyUpdate(
      itemRecord({ status: 'in_progress', progress: 40 }),
      { kind: 'progress', progress: 60, note: '施工中' },
      author,
      stamp,
      effects,
    )
    expect(later.update).not.toHaveProperty('fromStatus')
    expect(later.record).toMatchObject({ status: 'in_progress', progress: 60 })
  })

  it('marking done is the completion reply: progress 100 and the note kept', () => {
    const { update, record } = applyUpdate(
      itemRecord({ status: 'in_progress', progress: 80 }),
      { kind: 'status', toStatus: 'done', note: '食堂已投用' },
      author,
      stamp,
      effects,
    )
    expect(update).toMatchObject({ fromStatus: 'in_progress', toStatus: 'done', progress: 100 })
    expect(record).toMatchObject({ status: 'done', progress: 100, completionNote: '食堂已投用', version: 2 })
  })

  it('sending a done item back clears its completion note; striking off keeps it', () => {
    const done = itemRecord({ status: 'done', progress: 100, completionNote: '已完成' })
    const back = applyUpdate(
      done,
      { kind: 'status', toStatus: 'in_progress', note: '整改不到位' },
      author,
      stamp,
      effects,
    )
    expect(back.record).toMatchObject({ status: 'in_progress', completionNote: null, progress: 100 })
    const closed = applyUpdate(done, { kind: 'status', toStatus: 'closed', note: '同意销号' }, author, stamp, effects)
    expect(closed.record).toMatchObject({ status: 'closed', completionNote: '已完成' })
    expect(closed.update).not.toHaveProperty('progress')
  })

  it('inspections, urges and surveys carry their own fields and leave the item at its version', () => {
    const record = itemRecord({ status: 'in_progress', progress: 30, version: 4 })
    const inspection = applyUpdate(
      record,
      { kind: 'inspection', visitedOn: '2026-06-09', note: '现场查看' },
      author,
      stamp,
      effects,
    )
    expect(inspection.update.visitedOn).toBe('2026-06-09')
    expect(inspection.record).toEqual({ ...record, updatedAt: stamp.at })
    const urged = applyUpdate(record, { kind: 'urge', replyBy: '2026-06-20', note: '请加快' }, author, stamp, effects)
    expect(urged.update.replyBy).toBe('2026-06-20')
    expect(urged.record.version).toBe(4)
    const survey = applyUpdate(
      record,
      { kind: 'satisfaction', surveyed: 10, satisfied: 9, method: 'survey', note: '' },
      author,
      stamp,
      effects,
    )
    expect(survey.update).toMatchObject({ surveyed: 10, satisfied: 9, method: 'survey' })
    expect(survey.record.version).toBe(4)
  })

  it('leaves the record it was given untouched', () => {
    const record = itemRecord({ status: 'planned' })
    const copy = structuredClone(record)
    applyUpdate(record, { kind: 'progress', progress: 50, note: '过半' }, author, stamp, effects)
    expect(record).toEqual(copy)
  })
})

describe('itemStateAfter', () => {
  const changes: StateChange[] = [
    { kind: 'progress', progress: 0 },
    { kind: 'progress', progress: 35 },
    { kind: 'progress', progress: 100 },
    ...itemStatuses.map((toStatus) => ({ kind: 'status' as const, toStatus, note: '已完成并回复职工' })),
  ]
  const records = itemStatuses.flatMap((status) =>
    [null, '原办结说明'].map((completionNote) => itemRecord({ status, progress: 40, completionNote })),
  )

  it('is the state applyUpdate leaves, for every status, note and change', () => {
    for (const record of records) {
      for (const change of changes) {
        const draft = change.kind === 'progress' ? { ...change, note: '进展' } : change
        const { record: after } = applyUpdate(record, draft, author, stamp, effects)
        expect(itemStateAfter(record, change)).toEqual({
          status: after.status,
          progress: after.progress,
          completionNote: after.completionNote,
        })
      }
    }
  })

  it('starts a planned item on progress, completes on done, clears the reply on reopening', () => {
    const planned = itemRecord({ status: 'planned', progress: 0 })
    expect(itemStateAfter(planned, { kind: 'progress', progress: 10 }).status).toBe('in_progress')
    expect(itemStateAfter(planned, { kind: 'progress', progress: 0 }).status).toBe('planned')
    const started = itemRecord({ status: 'in_progress', progress: 60 })
    expect(itemStateAfter(started, { kind: 'status', toStatus: 'done', note: '已办结' })).toEqual({
      status: 'done',
      progress: 100,
      completionNote: '已办结',
    })
    const done = itemRecord({ status: 'done', progress: 100, completionNote: '已办结' })
    expect(itemStateAfter(done, { kind: 'status', toStatus: 'in_progress', note: '退回' })).toEqual({
      status: 'in_progress',
      progress: 100,
      completionNote: null,
    })
  })
})

describe('applyUpdate: the bar and extensions', () => {
  const done = itemRecord({ status: 'done', progress: 100, completionNote: '已完成', version: 5 })

  it('sends done work back to in progress when a survey misses the list bar, keeping the survey', () => {
    const low = applyUpdate(
      done,
      { kind: 'satisfaction', surveyed: 12, satisfied: 9, method: 'phone', note: '' },
      author,
      stamp,
      effects,
    )
    expect(low.update).toMatchObject({ surveyed: 12, satisfied: 9, fromStatus: 'done', toStatus: 'in_progress' })
    expect(low.record).toMatchObject({ status: 'in_progress', completionNote: null, version: 6 })
    const high = applyUpdate(
      done,
      { kind: 'satisfaction', surveyed: 12, satisfied: 10, method: 'phone', note: '' },
      author,
      stamp,
      effects,
    )
    expect(high.update.toStatus).toBeUndefined()
    expect(high.record).toMatchObject({ status: 'done', version: 5 })
  })

  it('moves the deadline on an approved extension only, as a field change in the trail', () => {
    const open = itemRecord({ status: 'in_progress', deadline: '2026-06-30', version: 2 })
    const asked = { ...stamp, id: 'upd-ask' }
    const request = applyUpdate(
      open,
      { kind: 'extension', deadline: '2026-08-31', note: '设备延迟' },
      author,
      asked,
      effects,
    )
    expect(request.record).toMatchObject({ deadline: '2026-06-30', version: 2 })
    const history = [request.update]
    const approved = applyUpdate(open, { kind: 'extension_decision', approved: true, note: '同意' }, author, stamp, {
      ...effects,
      history,
    })
    expect(approved.update).toMatchObject({
      approved: true,
      deadline: '2026-08-31',
      changes: [{ field: 'deadline', before: '2026-06-30', after: '2026-08-31' }],
    })
    expect(approved.record).toMatchObject({ deadline: '2026-08-31', version: 3 })
    const refused = applyUpdate(
      open,
      { kind: 'extension_decision', approved: false, note: '理由不足' },
      author,
      stamp,
      {
        ...effects,
        history,
      },
    )
    expect(refused.update).toMatchObject({ approved: false, deadline: '2026-08-31' })
    expect(refused.update.changes).toBeUndefined()
    expect(refused.record).toMatchObject({ deadline: '2026-06-30', version: 2 })
  })
})
