import type { IsoDate } from '@/domain/dates'
import type { MockSettings } from '@/domain/model/mock-settings'
import { IntakeGuard } from '@/core/intake-guard'
import type { AccountsState } from '@/core/memory-accounts'
import { memoryStore, type MemorySessions } from '@/core/memory-store'
import { ReadModel, type Changes, type ReadModelData } from '@/core/read-model/read-model'
import { backendClock, type MockBackend } from './backend'
import { createLiveHub } from './live'

export type MockData = ReadModelData & { sessions?: Record<string, string>; accounts?: AccountsState }

export type BackendOptions = {
  /** The campaign to start from for a seed size and an anchor date (today at first start). */
  seed: (size: MockSettings['seedSize'], anchor: IsoDate) => MockData
  settings: MockSettings
  now?: () => Date
  random?: () => number
  /** Called with every committed write, e.g. to keep the browser's copy. */
  onChange?: (changes: Changes) => void
  onSessionChange?: (token: string, userId: string | null) => void
  onAccountsChange?: (state: AccountsState) => void
  /** Called after a reset with the new anchor and settings. */
  onReset?: (anchor: IsoDate, settings: MockSettings) => void
  saveSettings?: (settings: MockSettings) => void
}

export function createBackend(options: BackendOptions, anchor?: IsoDate): MockBackend {
  const clock = backendClock(options.now)
  const random = options.random ?? Math.random
  const guard = new IntakeGuard()
  let sessions: MemorySessions = new Map()
  const live = createLiveHub()
  const start = (settings: MockSettings, on: IsoDate) => {
    const { sessions: stored = {}, accounts, ...data } = options.seed(settings.seedSize, on)
    const read = new ReadModel()
    read.fill(data)
    if (options.onChange) read.onChange(options.onChange)
    read.onChange(live.publish)
    for (const [token, userId] of Object.entries(stored)) sessions.set(token, userId)
    const store = memoryStore(read, {
      sessions,
      guard,
      ...(options.onSessionChange && { onSessionChange: options.onSessionChange }),
      accounts: {
        ...(accounts && { stored: accounts }),
        save: (state) => {
          options.onAccountsChange?.(state)
          live.publish({ users: true })
        },
      },
    })
    return { read, store }
  }
  const first = start(options.settings, anchor ?? clock.today())
  const backend: MockBackend = {
    ...clock,
    random,
    settings: options.settings,
    db: first.read,
    live,
    core: {
      store: first.store,
      now: clock.now,
      random,
      guard,
      demo: {
        settings: () => backend.settings,
        saveSettings: (settings) => backend.saveSettings(settings),
        reset: (settings) => backend.reset(settings),
      },
    },
    reset: (settings) => {
      backend.settings = { ...backend.settings, ...settings }
      const on = clock.today()
      // Re-seeding forgets the data, not who is signed in.
      const signedIn = sessions
      sessions = new Map()
      const next = start(backend.settings, on)
      for (const [token, userId] of signedIn) if (next.read.user(userId)) sessions.set(token, userId)
      backend.db = next.read
      backend.core.store = next.store
      options.onReset?.(on, backend.settings)
      live.refresh()
      for (const [token, userId] of sessions) options.onSessionChange?.(token, userId)
    },
    saveSettings: (settings) => {
      backend.settings = settings
      options.saveSettings?.(settings)
    },
  }
  return backend
}
