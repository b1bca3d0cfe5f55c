import { seededRandom, type Random } from '@/core/seed/seeded-random'
import { addDays } from '@/domain/dates'
import type { ItemRecord } from '@/domain/history'
import { CampaignSchema } from '@/domain/model/campaign'
import { pageOf } from '@/domain/model/common'
import { DemandSchema } from '@/domain/model/demand'
import { ItemSchema, type Item, type ItemStatus } from '@/domain/model/item'
import { UpdateSchema, type Update } from '@/domain/model/update'
import { replayTrail } from '@/domain/trail'
import { call, expectOk, signIn, type Reply } from './harness'
import { findItem, inDays, ItemPageSchema, today, validDraft } from './fixtures'

// The trail is the item (issue 22): random sequences of operations over HTTP on a fresh item — content edits
// with and without a reason, key selection, demand links from both sides, progress, status moves, urges and
// replies, extension requests and decisions, surveys above and below the bar, strike-off, reopening — by
// people chosen at random, so that many are refused. After every step `replayTrail` of GET
// /items/{id}/updates must give exactly the stored item (GET /items/{id}), and a refused step (4xx) must
// have changed nothing: the same item, the same trail.
//
// Seeded (src/core/seed/seeded-random.ts): the same seed sends the same requests. A failure names its seed;
// TRAIL_SEED=<seed> runs that sequence alone; TRAIL_SEQUENCES=<n> and TRAIL_STEPS=<n> run more or longer ones.

const steps = Number(process.env.TRAIL_STEPS ?? 15)
const sequences = Number(process.env.TRAIL_SEQUENCES ?? 25)
const seeds = process.env.TRAIL_SEED
  ? [Number(process.env.TRAIL_SEED)]
  : Array.from({ length: sequences }, (_, n) => 2201 + n)

const people = [
  'leader-1',
  'leader-2',
  'supervisor-1',
  'supervisor-2',
  'admin-1',
  'secretary-zhuzhuang',
  'secretary-luling',
] as const
type Person = (typeof people)[number]

const TrailPage = pageOf(UpdateSchema)

type World = {
  random: Random
  tokens: Record<Person, string>
  item: Item
  trail: Update[]
  /** Demands to link: three new ones of 朱庄矿, one of 芦岭矿, one behind another 朱庄矿 item. */
  demands: string[]
  /** That other 朱庄矿 item, where a demand may be moved off this one. */
  otherItemId: string
  categories: string[]
  endDate: string
  /** Numbers new texts, so that an edit changes what it says it changes. */
  serial: number
}

/** One operation: what it is, for the log, and the request; `unchanged` when it must change nothing if accepted. */
type Step = { says: string; send: () => Promise<Reply>; unchanged?: boolean; entries?: number }
/** How likely the operation is next: by the item's status, or by what the world holds now. */
type Operation = { weight: Record<ItemStatus, number> | ((w: World) => number); step: (w: World) => Step }

const recordOf = ({ light: _l, lastUpdate: _u, urge: _g, extension: _e, ...record }: Item): ItemRecord => record

const by = (w: World, ...who: Person[]) => w.random.pick(who)
const weights = (planned: number, inProgress: number, done: number, closed: number) => ({
  planned,
  in_progress: inProgress,
  done,
  closed,
})

function postStep(w: World, who: Person, body: Record<string, unknown>): Step {
  return {
    says: `${who} posts ${JSON.stringify(body)}`,
    send: () => call('POST', `/items/${w.item.id}/updates`, { token: w.tokens[who], body }),
    entries: 1,
  }
}

function patchStep(w: World, who: Person, body: Record<string, unknown>, unchanged = false): Step {
  // Now and then a stale version: 409, nothing written.
  const stale = w.item.version > 1 && w.random.chance(0.08)
  const version = stale ? w.item.version - 1 : w.item.version
  return {
    says: `${who} patches ${JSON.stringify({ version, ...body })}`,
    send: () => call('PATCH', `/items/${w.item.id}`, { token: w.tokens[who], body: { version, ...body } }),
    unchanged,
    entries: unchanged ? 0 : 1,
  }
}

function demandStep(w: World, who: Person, demandId: string, body: Record<string, unknown>): Step {
  return {
    says: `${who} patches demand ${demandId} ${JSON.stringify(body)}`,
    send: () => call('PATCH', `/demands/${demandId}`, { token: w.tokens[who], body }),
  }
}

const contentFields = ['title', 'content', 'beneficiaries', 'owner', 'leadLeader', 'ownerPhone', 'category'] as const

function newValue(w: World, field: (typeof contentFields)[number]): string | null {
  const n = (w.serial += 1)
  switch (field) {
    case 'title':
      return `井口浴室更衣柜改造（第${n}稿）`
    case 'content':
      return `更换井口浴室老旧更衣柜 ${100 + n} 组，增设烘干设备。`
    case 'beneficiaries':
      return `一线职工约 ${800 + n} 人`
    case 'owner':
      return w.random.pick(['王建国', '李新', '孙立', `赵${n}`])
    case 'leadLeader':
      return w.random.pick([null, '张明', `李${n}`])
    case 'ownerPhone':
      return w.random.pick([null, `0561-${4_000_000 + n}`])
    case 'category':
      return w.random.pick(w.categories)
  }
}

const operations: Record<string, Operation> = {
  edit: {
    weight: weights(2, 1.5, 1, 1),
    step: (w) => {
      const field = w.random.pick(contentFields)
      const same = w.random.chance(0.1)
      const value = same ? w.item[field] : newValue(w, field)
      const body: Record<string, unknown> = { [field]: value }
      if (w.random.chance(0.85)) body.reason = `调整${field}：第 ${w.serial} 次`
      const who = by(
        w,
        'supervisor-1',
        'supervisor-2',
        'admin-1',
        'secretary-zhuzhuang',
        'secretary-zhuzhuang',
        'secretary-luling',
        'leader-1',
      )
      return patchStep(w, who, body, value === w.item[field])
    },
  },
  key: {
    weight: weights(1, 1, 0.5, 0.5),
    step: (w) =>
      patchStep(w, by(w, 'supervisor-1', 'supervisor-2', 'admin-1', 'secretary-zhuzhuang', 'leader-1'), {
        key: !w.item.key,
      }),
  },
  links: {
    weight: weights(1, 1, 0.5, 0.5),
    step: (w) => {
      const wanted = w.random.sample(w.demands, w.random.int(0, 3))
      const who = by(w, 'supervisor-1', 'admin-1', 'secretary-zhuzhuang', 'secretary-zhuzhuang', 'secretary-luling')
      const same = JSON.stringify(wanted) === JSON.stringify(w.item.demandIds)
      return patchStep(w, who, { demandIds: wanted }, same)
    },
  },
  adoptDemand: {
    weight: weights(1, 1, 0.3, 0.5),
    step: (w) =>
      demandStep(
        w,
        by(w, 'supervisor-2', 'admin-1', 'secretary-zhuzhuang', 'secretary-luling'),
        w.random.pick(w.demands),
        { status: 'adopted', itemId: w.item.id },
      ),
  },
  rejectDemand: {
    weight: weights(0.5, 0.5, 0.3, 0.5),
    step: (w) =>
      demandStep(
        w,
        by(w, 'supervisor-2', 'admin-1', 'secretary-zhuzhuang'),
        w.random.pick(w.item.demandIds.length > 0 ? w.item.demandIds : w.demands),
        { status: 'rejected', reply: '不在本次活动范围' },
      ),
  },
  mergeDemand: {
    weight: weights(0.3, 0.3, 0.2, 0.3),
    step: (w) => {
      const [demand, into] = w.random.sample(w.demands, 2)
      return demandStep(w, by(w, 'supervisor-2', 'secretary-zhuzhuang'), demand!, {
        status: 'merged',
        mergedInto: into,
      })
    },
  },
  moveDemandAway: {
    // A demand behind this item taken to another one, on the demand's side: this item loses it (an edit).
    weight: (w) => (w.item.demandIds.length > 0 ? 0.8 : 0),
    step: (w) =>
      demandStep(
        w,
        by(w, 'supervisor-2', 'admin-1', 'secretary-zhuzhuang', 'secretary-luling'),
        w.random.pick(w.item.demandIds),
        { status: 'adopted', itemId: w.otherItemId },
      ),
  },
  progress: {
    weight: weights(3, 2, 0.5, 1),
    step: (w) =>
      postStep(
        w,
        by(
          w,
          'supervisor-1',
          'supervisor-2',
          'admin-1',
          'secretary-zhuzhuang',
          'secretary-zhuzhuang',
          'secretary-luling',
          'leader-1',
        ),
        { kind: 'progress', progress: w.random.int(0, 100), note: '进度更新' },
      ),
  },
  start: {
    weight: weights(3, 0.2, 0.2, 0.2),
    step: (w) =>
      postStep(w, by(w, 'supervisor-1', 'secretary-zhuzhuang', 'leader-1'), {
        kind: 'status',
        toStatus: 'in_progress',
        note: '已开工',
      }),
  },
  done: {
    weight: weights(1, 4, 0.3, 0.3),
    step: (w) =>
      postStep(
        w,
        by(w, 'supervisor-1', 'supervisor-2', 'admin-1', 'secretary-zhuzhuang', 'secretary-luling', 'leader-1'),
        {
          kind: 'status',
          toStatus: 'done',
          note: `已办结，第 ${(w.serial += 1)} 次报告`,
        },
      ),
  },
  backToPlanned: {
    weight: weights(0.2, 0.3, 0.2, 0.2),
    step: (w) =>
      postStep(w, by(w, 'supervisor-1', 'admin-1'), { kind: 'status', toStatus: 'planned', note: '退回未启动' }),
  },
  urge: {
    weight: weights(1, 1, 0.3, 0.3),
    step: (w) =>
      postStep(w, by(w, 'supervisor-1', 'supervisor-2', 'admin-1', 'secretary-zhuzhuang'), {
        kind: 'urge',
        note: '请加快进度',
        replyBy: inDays(w.random.int(1, 7)),
      }),
  },
  reply: {
    weight: weights(0.5, 0.5, 0.3, 0.3),
    step: (w) =>
      postStep(w, by(w, 'secretary-zhuzhuang', 'secretary-zhuzhuang', 'admin-1', 'supervisor-1'), {
        kind: 'reply',
        note: '已安排专人推进',
      }),
  },
  inspection: {
    weight: weights(0.5, 0.5, 0.3, 0.3),
    step: (w) =>
      postStep(w, by(w, 'supervisor-1', 'admin-1', 'secretary-zhuzhuang'), {
        kind: 'inspection',
        note: '现场查看',
        visitedOn: today(),
      }),
  },
  instruction: {
    weight: weights(0.5, 0.5, 0.3, 0.5),
    step: (w) =>
      postStep(w, by(w, 'leader-1', 'leader-2', 'supervisor-1'), { kind: 'instruction', note: '要加快进度' }),
  },
  extension: {
    weight: weights(1.5, 1.5, 0.5, 0.5),
    step: (w) => {
      const deadline = addDays(w.item.deadline, w.random.int(-2, 25))
      const who = by(
        w,
        'secretary-zhuzhuang',
        'secretary-zhuzhuang',
        'supervisor-1',
        'supervisor-2',
        'admin-1',
        'leader-1',
        'secretary-luling',
      )
      return postStep(w, who, {
        kind: 'extension',
        deadline: deadline > w.endDate ? w.endDate : deadline,
        note: '设备到货推迟',
      })
    },
  },
  decision: {
    // Mostly while a request waits; now and then with none (422).
    weight: (w) => (w.item.extension.pending ? 5 : 0.3),
    step: (w) =>
      postStep(w, by(w, 'supervisor-1', 'supervisor-2', 'admin-1', 'secretary-zhuzhuang'), {
        kind: 'extension_decision',
        approved: w.random.chance(0.6),
        note: '经研究',
      }),
  },
  survey: {
    weight: (w) => (w.item.status === 'done' ? (surveyedSinceDone(w) ? 1 : 5) : w.item.status === 'closed' ? 0.5 : 0.4),
    step: (w) => {
      // About two in three reach the default bar (10 surveyed, 80 %); the others send done work back.
      const surveyed = w.random.pick([9, 10, 12, 20, 40])
      const satisfied = Math.round(surveyed * w.random.pick([1, 0.9, 0.85, 0.8, 0.7]))
      return postStep(w, by(w, 'supervisor-1', 'supervisor-2', 'admin-1', 'supervisor-2', 'secretary-zhuzhuang'), {
        kind: 'satisfaction',
        surveyed,
        satisfied,
        method: w.random.pick(['survey', 'phone', 'symposium']),
      })
    },
  },
  strike: {
    // Mostly once a survey since the latest move to done could carry it; now and then too early.
    weight: (w) => (w.item.status !== 'done' ? 0.4 : surveyedSinceDone(w) ? 10 : 1),
    step: (w) =>
      postStep(w, by(w, 'leader-1', 'leader-2', 'supervisor-1', 'supervisor-2', 'admin-1', 'secretary-zhuzhuang'), {
        kind: 'status',
        toStatus: 'closed',
        note: '事结销号',
      }),
  },
  reopen: {
    weight: weights(0.3, 0.3, 1.5, 3),
    step: (w) =>
      postStep(w, by(w, 'supervisor-1', 'supervisor-2', 'admin-1', 'secretary-zhuzhuang'), {
        kind: 'status',
        toStatus: 'in_progress',
        note: '回访发现问题，退回整改',
      }),
  },
}

async function readBack(w: World): Promise<{ item: Item; trail: Update[] }> {
  const token = w.tokens['supervisor-1']
  const item = expectOk(await call('GET', `/items/${w.item.id}`, { token }), ItemSchema)
  const trail = expectOk(await call('GET', `/items/${w.item.id}/updates`, { token }), TrailPage).items
  return { item, trail }
}

/** The people signed in, the demands filed, a fresh item: the start of one sequence. */
async function start(random: Random): Promise<World> {
  const tokens = {} as Record<Person, string>
  for (const person of people) tokens[person] = await signIn(person)
  const setup = tokens['supervisor-2']
  const campaign = expectOk(await call('GET', '/campaign', { token: setup }), CampaignSchema)
  const file = async (unitId: string, text: string) =>
    expectOk(
      await call('POST', '/demands', { token: setup, body: { channel: 'symposium', unitId, text } }),
      DemandSchema,
      201,
    ).id
  const demands = [
    await file('zhuzhuang', '朱庄矿职工希望增设自行车棚'),
    await file('zhuzhuang', '朱庄矿职工希望延长澡堂开放时间'),
    await file('zhuzhuang', '朱庄矿职工希望食堂增加夜班窗口'),
    await file('luling', '芦岭矿职工希望井口增设饮水机'),
  ]
  const behind = expectOk(
    await call('GET', '/items?unit=zhuzhuang&status=in_progress&pageSize=100', { token: setup }),
    ItemPageSchema,
  ).items.find((other) => other.demandIds.length > 0)
  if (!behind) throw new Error('no 朱庄矿 item in progress with demands behind it')
  demands.push(behind.demandIds[0]!)
  // Half the time a place among the 100 key items is free, so that a key selection may go through.
  if (random.chance(0.5)) {
    const key = await findItem(setup, 'list=double-hundred&key=true&status=in_progress')
    expectOk(
      await call('PATCH', `/items/${key.id}`, { token: setup, body: { version: key.version, key: false } }),
      ItemSchema,
    )
  }
  const creator = random.pick(['supervisor-1', 'supervisor-2', 'admin-1', 'secretary-zhuzhuang'] as const)
  const deadline = inDays(random.int(20, 90))
  const draft = validDraft(random.pick(campaign.categories).id, {
    deadline: deadline > campaign.endDate ? campaign.endDate : deadline,
    ...(random.chance(0.3) ? { demandIds: [demands[0]!] } : {}),
  })
  const item = expectOk(await call('POST', '/items', { token: tokens[creator], body: draft }), ItemSchema, 201)
  const w: World = {
    random,
    tokens,
    item,
    trail: [],
    demands,
    otherItemId: behind.id,
    categories: campaign.categories.map((category) => category.id),
    endDate: campaign.endDate,
    serial: 0,
  }
  w.trail = (await readBack(w)).trail
  return w
}

/** Whether a survey came after the latest move to done (whether it reached the bar is the backend's to say). */
function surveyedSinceDone(w: World): boolean {
  const lastDone = w.trail.findLastIndex((entry) => entry.toStatus === 'done')
  return lastDone >= 0 && w.trail.slice(lastDone + 1).some((entry) => entry.kind === 'satisfaction')
}

function pickOperation(w: World): readonly [string, Operation] {
  const entries = Object.entries(operations).map(
    ([name, op]) => [[name, op], typeof op.weight === 'function' ? op.weight(w) : op.weight[w.item.status]] as const,
  )
  return w.random.weighted(entries)
}

describe('the trail replays to the item (random sequences over HTTP)', () => {
  it.each(seeds)(`seed %i: ${steps} random operations, the trail is the item after each`, async (seed) => {
    const random = seededRandom(seed)
    const log: string[] = []
    const w = await start(random)
    log.push(`created ${w.item.id}: ${JSON.stringify(recordOf(w.item))}`)
    const check = (assertions: () => void) => {
      try {
        assertions()
      } catch (error) {
        throw new Error(
          `seed ${seed}, after step ${log.length - 1}: ${error instanceof Error ? error.message : String(error)}\n` +
            `${log.join('\n')}\n(this sequence alone: TRAIL_SEED=${seed} npx vitest run tests/contract/trail-replay.test.ts)`,
        )
      }
    }
    check(() => expect(replayTrail(w.trail)).toEqual(recordOf(w.item)))
    let accepted = 0
    for (let n = 1; n <= steps; n += 1) {
      const [name, operation] = pickOperation(w)
      const step = operation.step(w)
      const reply = await step.send()
      const refused = reply.status >= 400
      log.push(`${n}. ${name}: ${step.says} → ${reply.status}${refused ? ` ${JSON.stringify(reply.body)}` : ''}`)
      const after = await readBack(w)
      check(() => {
        expect(reply.status, 'a 2xx or a 4xx').toBeGreaterThanOrEqual(200)
        expect(reply.status, 'a 2xx or a 4xx').toBeLessThan(500)
        if (refused || step.unchanged) {
          // Refused, or accepted with nothing to change: the item and its trail as they were.
          expect(recordOf(after.item)).toEqual(recordOf(w.item))
          expect(after.trail).toEqual(w.trail)
        } else if (step.entries !== undefined) {
          expect(after.trail.slice(0, w.trail.length)).toEqual(w.trail)
          expect(after.trail).toHaveLength(w.trail.length + step.entries)
        }
        expect(replayTrail(after.trail)).toEqual(recordOf(after.item))
      })
      if (!refused) accepted += 1
      w.item = after.item
      w.trail = after.trail
    }
    // A sequence of refusals only would prove little.
    expect(accepted).toBeGreaterThan(0)
    // The other item demands were moved to and from replays too.
    const other = await readBack({ ...w, item: { ...w.item, id: w.otherItemId } })
    check(() => expect(replayTrail(other.trail)).toEqual(recordOf(other.item)))
  })

  it('holds for every item of the seeded campaign, as stored and served', async () => {
    const token = await signIn('leader-1')
    const items: Item[] = []
    for (let page = 1; ; page += 1) {
      const { items: more, total } = expectOk(
        await call('GET', `/items?pageSize=500&page=${page}`, { token }),
        ItemPageSchema,
      )
      items.push(...more)
      if (items.length >= total || more.length === 0) break
    }
    expect(items.length).toBeGreaterThan(500)
    const differing: string[] = []
    for (const item of items) {
      const trail = expectOk(await call('GET', `/items/${item.id}/updates`, { token }), TrailPage).items
      const replayed = replayTrail(trail)
      if (JSON.stringify(replayed) !== JSON.stringify(recordOf(item)))
        try {
          expect(replayed).toEqual(recordOf(item))
        } catch (error) {
          differing.push(`${item.code}: ${error instanceof Error ? error.message : String(error)}`)
        }
    }
    expect(differing.slice(0, 3).join('\n\n'), `${differing.length} of ${items.length} items differ`).toBe('')
  })
})
