// The wall's "as of" date: which days it can show. Its own file (no imports): the app's header asks it,
// and the header is part of every page's first script.

/** Where an as-of date stands against the campaign: from its first day to today, or outside. */
export type AsOfCheck = 'ok' | 'before-start' | 'after-today'

/** Whether the wall can show the campaign as of `date`: any day from `startDate` to `today`. */
export function checkAsOf(date: string, startDate: string, today: string): AsOfCheck {
  if (date < startDate) return 'before-start'
  if (date > today) return 'after-today'
  return 'ok'
}
