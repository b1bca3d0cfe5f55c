import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetMockBackend, server } from '../mocks/node'

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
