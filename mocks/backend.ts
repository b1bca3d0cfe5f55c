import { dateOf, type IsoDate } from '@/domain/dates'
import type { MockSettings } from '@/domain/model/mock-settings'
import type { Core } from '@/core/use-case'
import type { ReadModel } from '@/core/read-model/read-model'
import type { LiveHub } from './live'

/** The mock's backend: the application core over the in-memory store, its tables and its own settings. */
export type MockBackend = {
  core: Core
  /** The tables (the core's read model), for tests that arrange or check data the API cannot. */
  db: ReadModel
  /** The live channel: every committed write numbered and sent to the open streams. */
  live: LiveHub
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
