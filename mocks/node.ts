import { setupServer } from 'msw/node'
import { dateOf, type IsoDate } from '@/domain/dates'
import type { MockBackend } from './backend'
import { createBackend, type MockData } from './create-backend'
import { createHandlers } from './create-handlers'
import { createSeed } from '@/core/seed/create-seed'
import type { MockSettings } from '@/domain/model/mock-settings'
import { defaultSettings } from './settings'

// The same handlers in Node, for the tests. The seed is built once per worker and copied when a test
// first calls the API, so every test starts from the untouched campaign and nothing leaks between tests.

const seeds = new Map<string, MockData>()
function seedFor(size: MockSettings['seedSize'], anchor: IsoDate): MockData {
  const key = `${size}@${anchor}`
  const data = seeds.get(key) ?? createSeed({ today: anchor, size })
  seeds.set(key, data)
  return structuredClone(data)
}

export type MockOptions = { settings?: Partial<MockSettings>; now?: () => Date }

let options: MockOptions = {}
let backend: MockBackend | undefined

function currentBackend(): MockBackend {
  if (!backend) {
    const settings = { ...defaultSettings, ...options.settings }
    const now = options.now
    backend = createBackend({ settings, seed: seedFor, ...(now ? { now } : {}) }, dateOf(now?.() ?? new Date()))
  }
  return backend
}

export const server = setupServer(...createHandlers(currentBackend))

/** Starts the next request from a fresh copy of the seeded campaign; `now` fixes the mock's clock. */
export function resetMockBackend(next: MockOptions = {}): void {
  options = next
  backend = undefined
}

/** The backend behind the handlers, for tests that arrange data the API cannot (e.g. a past date). */
export function mockBackend(): MockBackend {
  return currentBackend()
}
