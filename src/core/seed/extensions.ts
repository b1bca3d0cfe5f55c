import { addDays, type IsoDate } from '@/domain/dates'
import type { ItemRecord } from '@/domain/history'
import type { Update } from '@/domain/model/update'
import type { User } from '@/domain/model/user'
import type { History } from './item-history'
import type { SeedClock } from './seed-clock'
import type { Random } from './seeded-random'

// A few 双百 items whose units asked for more time (申请延期): some approved by a second supervisor (the
// deadline moved then), some still waiting today, so that supervisors have requests to decide.

const dayMinutes = 24 * 60

export type ExtendedItem = { record: ItemRecord; history: History; requester: User }

export type SeedExtensions = {
  /** The deadline each approved item was created with (its `created` entry carries it). */
  originalDeadlines: Map<string, IsoDate>
}

export function seedExtensions(
  rng: Random,
  clock: SeedClock,
  candidates: readonly ExtendedItem[],
  supervisors: readonly [User, User],
  counts: { approved: number; pending: number },
): SeedExtensions {
  const originalDeadlines = new Map<string, IsoDate>()
  const open = candidates.filter(
    ({ record, history }) =>
      record.status === 'in_progress' &&
      record.deadline >= addDays(clock.today, 20) &&
      Math.floor(history.createdKey / dayMinutes) + 12 < clock.todayDay - 4,
  )
  const chosen = rng.sample(open, Math.min(open.length, counts.approved + counts.pending))
  chosen.forEach(({ record, history, requester }, index) => {
    const approver = requester.id === supervisors[0].id ? supervisors[1] : supervisors[0]
    const stamp = (day: number, minute: number, n: number) => ({
      id: `${record.id}-x${n}`,
      at: clock.instant(day, minute),
      key: day * dayMinutes + minute,
    })
    const by = (user: User) => ({ authorId: user.id, authorName: user.name, authorRole: user.role })
    const add = (entry: Update, key: number) => {
      history.updates.push(entry)
      history.sortKeys.push(key)
    }
    if (index < counts.approved) {
      const createdDay = Math.floor(history.createdKey / dayMinutes)
      const day = rng.int(createdDay + 10, clock.todayDay - 3)
      const original = addDays(record.deadline, -rng.int(15, 45))
      originalDeadlines.set(record.id, original)
      const asked = stamp(day, rng.int(9 * 60, 11 * 60), 1)
      const decided = stamp(day + 1, rng.int(14 * 60, 17 * 60), 2)
      add(
        { ...entryOf(record, asked, 'extension', by(requester)), note: rng.pick(reasons), deadline: record.deadline },
        asked.key,
      )
      add(
        {
          ...entryOf(record, decided, 'extension_decision', by(approver)),
          note: rng.pick(approvals),
          approved: true,
          deadline: record.deadline,
          changes: [{ field: 'deadline', before: original, after: record.deadline }],
        },
        decided.key,
      )
      record.version += 1
    } else {
      const asked = stamp(clock.todayDay - rng.int(1, 2), rng.int(9 * 60, 16 * 60), 1)
      const wanted = addDays(record.deadline, rng.int(20, 40))
      add(
        {
          ...entryOf(record, asked, 'extension', by(requester)),
          note: rng.pick(reasons),
          deadline: wanted <= clock.end ? wanted : clock.end,
        },
        asked.key,
      )
    }
    sortHistory(history)
    record.updatedAt = history.updates.at(-1)!.at
  })
  return { originalDeadlines }
}

function entryOf(
  record: ItemRecord,
  stamp: { id: string; at: string },
  kind: Update['kind'],
  author: Pick<Update, 'authorId' | 'authorName' | 'authorRole'>,
) {
  return { id: stamp.id, itemId: record.id, kind, at: stamp.at, ...author }
}

/** Keeps the item's entries and their sort keys in time order (stable on equal minutes). */
function sortHistory(history: History) {
  const order = history.updates.map((update, index) => ({ update, key: history.sortKeys[index]!, index }))
  order.sort((a, b) => a.key - b.key || a.index - b.index)
  history.updates.splice(0, history.updates.length, ...order.map((entry) => entry.update))
  history.sortKeys.splice(0, history.sortKeys.length, ...order.map((entry) => entry.key))
}

const reasons = [
  '主要设备供货周期延长，到货时间推迟，申请顺延完成时限。',
  '施工需避开井下检修窗口，工期顺延。',
  '涉及地方部门审批，手续办理时间较长，申请延期。',
  '职工意见征集后调整了实施方案，需要增加工期。',
]

const approvals = ['理由充分，同意延期，请按新时限倒排工期。', '经核实情况属实，同意延期，督办组将跟踪新节点。']
