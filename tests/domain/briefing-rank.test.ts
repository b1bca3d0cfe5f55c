import { buildBriefing, previousMonthEnd, type BriefingInput } from '@/domain/briefing'
import { briefingDemands } from '@/domain/briefing-demands'
import { competitionRanks, rankingStanding, rankingWords } from '@/domain/briefing-rank'
import type { UnitStats } from '@/domain/model/stats'
import { emptyCounts } from '@/domain/stats'
import { seededRandom } from '@/core/seed/seeded-random'
import { campaign, list } from './fixtures'

// Issue 28: the 通报 ranked all six 8件实事 units tied first at 0 %. Places are competition ranks (equal
// rates share a place, written 并列第N) and a list where nobody has finished anything is not ranked.

describe('competition ranks', () => {
  it('gives equal values the same place and the next value the place after everyone ahead', () => {
    expect(competitionRanks([0.5, 0.8, 0.5, 0.2, 0.8])).toEqual([3, 1, 3, 5, 1])
    expect(competitionRanks([])).toEqual([])
    expect(competitionRanks([0, 0, 0])).toEqual([1, 1, 1])
  })

  it('holds over random value sets: equal values ⇒ equal ranks, each rank is 1 + the number strictly better', () => {
    const random = seededRandom(28)
    for (let run = 0; run < 300; run++) {
      // Few distinct values so ties are common; fractions as completion rates are (done ÷ total).
      const values = Array.from({ length: random.int(0, 25) }, () => random.int(0, 6) / random.pick([3, 6, 12]))
      const ranks = competitionRanks(values)
      // Plain checks collected, one expect per run: thousands of expect calls would be slow.
      const wrong = values.flatMap((value, i) => {
        const better = values.filter((other) => other > value).length
        const unequal = values.some((other, j) => other === value && ranks[j] !== ranks[i])
        return ranks[i] !== 1 + better || unequal ? [{ values, i }] : []
      })
      expect(wrong).toEqual([])
    }
  })

  it('writes a shared place 并列第N', () => {
    expect(rankingWords.place(2, true)).toBe('并列第2')
    expect(rankingWords.place(1, false)).toBe('第1')
  })
})

const stats = (unitId: string, counts: Partial<UnitStats> = {}): UnitStats => ({
  ...emptyCounts(),
  unitId,
  total: 4,
  planned: 4,
  ...counts,
})

const asOf = '2026-05-31'
const eight = list('eight', 'group', { name: '集团党委“8件实事”' })
const units = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map((id, index) => ({ id, name: `${index + 1}号矿` }))

function input(rows: UnitStats[], unitId: string | null = null): BriefingInput {
  const sum = rows.reduce((total, row) => ({ ...total, total: total.total + row.total, done: total.done + row.done }))
  return {
    campaign: campaign({ lists: [eight] }),
    units,
    asOf,
    since: previousMonthEnd(asOf),
    unitId,
    summary: { lists: [{ ...sum, listId: 'eight' }] },
    unitStats: [{ listId: 'eight', units: rows }],
    overdue: { items: [], total: 0 },
    redList: { items: [], total: 0 },
    struckOff: [],
    demands: briefingDemands([], () => null, { since: previousMonthEnd(asOf), asOf }),
  }
}

describe('rankings in the briefing', () => {
  it('says plainly when no unit has reported progress, instead of ranking six units tied first at 0 %', () => {
    const briefing = buildBriefing(input(units.map((unit) => stats(unit.id))))
    const [ranking] = briefing.rankings
    expect(ranking?.standing).toBe('noProgress')
    expect(briefing.paragraph).toContain('集团党委“8件实事”各单位均尚未报告进展，暂不排名。')
    expect(briefing.paragraph).not.toMatch(/排第1位|并列第1/)
  })

  it('says none is finished yet when items are under way but none done', () => {
    const rows = units.map((unit, index) => stats(unit.id, index < 3 ? { planned: 2, inProgress: 2 } : {}))
    expect(rankingStanding(rows)).toBe('noneDone')
    const briefing = buildBriefing(input(rows, 'u2'))
    expect(briefing.rankings[0]?.unitRank).toBeNull()
    expect(briefing.paragraph).toContain('集团党委“8件实事”各单位均尚无完成项目，暂不排名')
  })

  it('ranks once somebody finished, equal rates 并列, the chosen unit’s place in those words', () => {
    const rows = [
      stats('u1', { done: 2, planned: 2 }),
      stats('u2', { done: 1, planned: 3 }),
      stats('u3', { done: 2, planned: 2 }),
      stats('u4', { done: 1, planned: 3 }),
      stats('u5'),
      stats('u6'),
    ]
    const briefing = buildBriefing(input(rows, 'u4'))
    const ranking = briefing.rankings[0]!
    expect(ranking.standing).toBe('ranked')
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.tied])).toEqual([
      ['u1', 1, true],
      ['u3', 1, true],
      ['u2', 3, true],
      ['u4', 3, true],
      ['u5', 5, true],
      ['u6', 5, true],
    ])
    expect(ranking.unitRank).toBe('并列第3')
    expect(briefing.paragraph).toContain('在集团党委“8件实事”6个责任单位中完成率排并列第3位')
  })
})
