import type { IsoDate } from '@/domain/dates'
import { backendClock, type MockBackend } from './backend'
import { MockDb, type Change, type MockData } from './db/mock-db'
import type { MockSettings } from '@/domain/model/mock-settings'

export type BackendOptions = {
  /** The campaign to start from for a seed size and an anchor date (today at first start). */
  seed: (size: MockSettings['seedSize'], anchor: IsoDate) => MockData
  settings: MockSettings
  now?: () => Date
  random?: () => number
  /** Called with every write, e.g. to keep the browser's copy. */
  onChange?: (change: Change) => void
  /** Called after a reset with the new anchor and settings. */
  onReset?: (anchor: IsoDate, settings: MockSettings) => void
  saveSettings?: (settings: MockSettings) => void
}

export function createBackend(options: BackendOptions, anchor?: IsoDate): MockBackend {
  const clock = backendClock(options.now)
  const start = (settings: MockSettings, on: IsoDate) => {
    const db = new MockDb(options.seed(settings.seedSize, on))
    if (options.onChange) db.onChange(options.onChange)
    return db
  }
  const backend: MockBackend = {
    ...clock,
    settings: options.settings,
    db: start(options.settings, anchor ?? clock.today()),
    random: options.random ?? Math.random,
    reset: (settings) => {
      backend.settings = { ...backend.settings, ...settings }
      const on = clock.today()
      const sessions = backend.db.sessions
      backend.db = start(backend.settings, on)
      options.onReset?.(on, backend.settings)
      // Re-seeding forgets the data, not who is signed in.
      for (const [token, userId] of sessions) if (backend.db.user(userId)) backend.db.openSession(token, userId)
    },
    saveSettings: (settings) => {
      backend.settings = settings
      options.saveSettings?.(settings)
    },
  }
  return backend
}
