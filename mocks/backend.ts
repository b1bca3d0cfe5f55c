import { dateOf, type IsoDate } from '@/domain/dates'
import type { MockDb } from './db/mock-db'
import type { MockSettings } from '@/domain/model/mock-settings'

/** Everything a handler needs: the tables, the clock and the mock's own settings. */
export type MockBackend = {
  db: MockDb
  now: () => Date
  today: () => IsoDate
  settings: MockSettings
  /** Re-seeds and forgets local changes (POST /api/__mock/reset). */
  reset: (settings?: Partial<MockSettings>) => void
  saveSettings: (settings: MockSettings) => void
  random: () => number
}

export function backendClock(now: () => Date = () => new Date()) {
  return { now, today: () => dateOf(now()) }
}
