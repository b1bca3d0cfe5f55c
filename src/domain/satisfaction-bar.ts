import type { CampaignList, SatisfactionBar } from './model/campaign'
import type { Update } from './model/update'

/** The bar a list starts with until an admin sets its own: at least 10 surveyed, at least 80 % satisfied. */
export const defaultSatisfactionBar: SatisfactionBar = { minPercent: 80, minSurveyed: 10 }

export function barOf(list: Pick<CampaignList, 'satisfactionBar'> | undefined): SatisfactionBar {
  return list?.satisfactionBar ?? defaultSatisfactionBar
}

/** Whether one survey reaches the bar: enough people asked, and enough of them satisfied. */
export function meetsBar(survey: Pick<Update, 'surveyed' | 'satisfied'>, bar: SatisfactionBar): boolean {
  const surveyed = survey.surveyed ?? 0
  const satisfied = survey.satisfied ?? 0
  return surveyed >= bar.minSurveyed && satisfied * 100 >= bar.minPercent * surveyed
}

/** The bar in words, for forms, refusals and the 通报. */
export function barText(bar: SatisfactionBar): string {
  return `回访不少于 ${bar.minSurveyed} 人、满意率不低于 ${bar.minPercent}%`
}
