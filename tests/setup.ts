import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// A console error or warning fails the test unless the test says it expects one:
// `vi.mocked(console.error).mockImplementationOnce(() => {})` inside that test.
let consoleProblems: string[] = []

beforeEach(() => {
  consoleProblems = []
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${args.map(String).join(' ')}`)
    })
  }
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  if (consoleProblems.length > 0) {
    const problems = consoleProblems
    consoleProblems = []
    throw new Error(`Unexpected console output:\n${problems.join('\n')}`)
  }
})
