import { buildBriefing } from '@/domain/briefing'
import { briefingDemands } from '@/domain/briefing-demands'
import { isInStage } from '@/domain/demand-stage'
import { demandChannels } from '@/domain/model/demand'
import type { ItemStatus } from '@/domain/model/item'
import { at, demand, emptyBriefingInput } from './fixtures'

// Issue 28: the 通报 left out the demands (职工点单). Its figures: collected (and since the last briefing),
// adopted into items, answered, turned down with a reason, by channel; as of the briefing's date.

const itemStatus: Record<string, ItemStatus> = { i1: 'in_progress', i2: 'done', i3: 'closed' }
const statusOf = (id: string) => itemStatus[id] ?? null
const demands = [
  demand({ id: 'd1', channel: 'symposium', submittedAt: at('2026-04-10'), status: 'adopted', itemId: 'i1' }),
  demand({ id: 'd2', channel: 'symposium', submittedAt: at('2026-05-10'), status: 'answered', itemId: 'i2' }),
  demand({ id: 'd3', channel: 'echo_wall', submittedAt: at('2026-05-12'), status: 'answered', itemId: null }),
  demand({ id: 'd4', channel: 'echo_wall', submittedAt: at('2026-05-20'), status: 'rejected', reply: '已有政策' }),
  demand({ id: 'd5', channel: 'qr_form', submittedAt: at('2026-05-21'), status: 'rejected', reply: '  ' }),
  demand({ id: 'd6', channel: 'qr_form', submittedAt: at('2026-05-22'), status: 'new' }),
  demand({ id: 'd7', channel: 'qr_form', submittedAt: at('2026-05-23'), status: 'merged', mergedInto: 'd6' }),
  demand({ id: 'd8', channel: 'diary', submittedAt: at('2026-06-02'), status: 'new' }),
  demand({ id: 'd9', channel: 'diary', unitId: 'other', submittedAt: at('2026-05-02'), status: 'new' }),
]

describe('the briefing’s demand figures', () => {
  it('counts the demands filed by the date: collected, since the last briefing, adopted, answered, rejected', () => {
    const figures = briefingDemands(demands, statusOf, { since: '2026-04-30', asOf: '2026-05-31', unitId: 'zhu' })
    expect(figures).toMatchObject({
      collected: 7,
      collectedSince: 6,
      adopted: 2,
      adoptedDone: 1,
      answered: 2,
      rejected: 2,
      rejectedWithReason: 1,
      merged: 1,
      pending: 1,
    })
    expect(figures.channels.map((row) => row.channel)).toEqual([...demandChannels])
    expect(figures.channels.find((row) => row.channel === 'qr_form')).toEqual({
      channel: 'qr_form',
      collected: 3,
      adopted: 0,
      answered: 0,
      rejected: 1,
    })
    const sum = (pick: (row: (typeof figures.channels)[number]) => number) =>
      figures.channels.reduce((total, row) => total + pick(row), 0)
    expect(sum((row) => row.collected)).toBe(figures.collected)
    expect(sum((row) => row.adopted)).toBe(figures.adopted)
  })

  it('adopts as the demand pool’s stage filter does, and counts every unit without one', () => {
    const all = briefingDemands(demands, statusOf, { since: '2026-04-30', asOf: '2026-06-30' })
    expect(all.collected).toBe(demands.length)
    expect(all.adopted).toBe(
      demands.filter((d) => isInStage(d, d.itemId ? statusOf(d.itemId) : null, 'adopted')).length,
    )
  })

  it('puts them into the paragraph in the briefing’s words', () => {
    const figures = briefingDemands(demands, statusOf, { since: '2026-04-30', asOf: '2026-05-31' })
    const input = emptyBriefingInput({ demands: figures })
    const { paragraph, demands: carried } = buildBriefing(input)
    expect(carried).toEqual(figures)
    expect(paragraph).toContain(
      '职工点单方面，共收集职工诉求8条，其中自4月底以来新收集7条，采纳转化为实事项目2条（25%），已办结答复职工2条，未予采纳2条，其中1条已说明理由，尚待分办2条。',
    )
    const none = buildBriefing({
      ...input,
      demands: briefingDemands([], statusOf, { since: '2026-04-30', asOf: '2026-05-31' }),
    })
    expect(none.paragraph).toContain('尚未收集到职工诉求。')
  })
})
