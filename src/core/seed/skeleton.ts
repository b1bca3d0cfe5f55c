import { addDays, daysBetween, type IsoDate } from '@/domain/dates'
import type { Campaign } from '@/domain/model/campaign'
import type { Unit } from '@/domain/model/unit'
import { createCampaign } from './campaign-definition'
import { seedClock } from './seed-clock'
import { demoUnits } from './units'

// What a real deployment starts with (issue 23): the campaign with its lists and categories, and the units,
// as the demo defines them, beginning today. No items, demands or users: the first administrator is created
// on the server (`npm run admin -- create-admin`), the rest in the app.

export type Skeleton = { campaign: Campaign; units: Unit[] }

export function campaignSkeleton(today: IsoDate): Skeleton {
  const defined = createCampaign(seedClock(today))
  const length = daysBetween(defined.startDate, defined.endDate)
  return {
    campaign: { ...defined, startDate: today, endDate: addDays(today, length) },
    units: demoUnits().units,
  }
}
