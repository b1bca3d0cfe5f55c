// First: mocks/node builds msw's `sse` handler on import, which needs an EventSource.
import './event-source'
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetMockBackend, server } from '../mocks/node'

// findBy* waits up to 5 s (not 1 s): a lazy route's first import is slow on a busy 2-core machine.
// It is a ceiling, not a delay: a query returns as soon as the element is there.
configure({ asyncUtilTimeout: 5000 })

// jsdom does not scroll: a page opening at its top (window.scrollTo) does nothing here, and tests may spy on it.
if (typeof window !== 'undefined') window.scrollTo = () => {}

// The network is the msw backend only; an unhandled request is an error, never a real call.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

// A console error or warning fails the test unless the test says it expects one:
// `vi.mocked(console.error).mockImplementationOnce(() => {})` inside that test.
let consoleProblems: string[] = []

beforeEach(() => {
  resetMockBackend()
  if (typeof localStorage !== 'undefined') localStorage.clear()
  consoleProblems = []
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${args.map(String).join(' ')}`)
    })
  }
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  vi.restoreAllMocks()
  if (consoleProblems.length > 0) {
    const problems = consoleProblems
    consoleProblems = []
    throw new Error(`Unexpected console output:\n${problems.join('\n')}`)
  }
})
