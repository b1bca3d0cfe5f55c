import { addDays, instantOn, type IsoDate } from '@/domain/dates'

// Every record of the seed is placed on a day number counted from the campaign's start; this turns
// day numbers into dates and instants. Day `todayDay` is today: nothing may be dated on it or later.

/** The campaign started this many days before today (about three months ago). */
export const daysSinceStart = 91
/** The campaign runs this many days from its start. */
export const campaignLength = 300

export type SeedClock = {
  today: IsoDate
  start: IsoDate
  end: IsoDate
  /** Today as a day number. */
  todayDay: number
  /** The last day of the campaign as a day number. */
  endDay: number
  date(day: number): IsoDate
  /** The instant `minute` minutes after midnight (China time) on `day`; refuses today and later. */
  instant(day: number, minute: number): string
}

export function seedClock(today: IsoDate): SeedClock {
  const start = addDays(today, -daysSinceStart)
  const dates = new Map<number, IsoDate>()
  const midnights = new Map<number, number>()
  const instants = new Map<number, string>()
  const date = (day: number): IsoDate => {
    let found = dates.get(day)
    if (found === undefined) dates.set(day, (found = addDays(start, day)))
    return found
  }
  return {
    today,
    start,
    end: addDays(start, campaignLength),
    todayDay: daysSinceStart,
    endDay: campaignLength,
    date,
    instant(day, minute) {
      if (day >= daysSinceStart || day < 0) throw new Error(`seed: day ${day} is outside the campaign so far`)
      if (minute < 0 || minute >= 24 * 60) throw new Error(`seed: minute ${minute} is outside a day`)
      const key = day * 24 * 60 + minute
      const known = instants.get(key)
      if (known !== undefined) return known
      let midnight = midnights.get(day)
      if (midnight === undefined) midnights.set(day, (midnight = Date.parse(instantOn(date(day), 0, 0))))
      const instant = new Date(midnight + minute * 60_000).toISOString()
      instants.set(key, instant)
      return instant
    },
  }
}

/** 6月3日: how a date reads in a note. */
export function monthDay(date: IsoDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}
