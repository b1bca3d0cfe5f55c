import { afterEach, beforeEach, inject, vi } from 'vitest'

// Setup of the `server` project: the contract suite over real HTTP to the server that the global setup
// started (no msw here). Each test starts from the untouched campaign, as it does on the mock.

const baseUrl = inject('contractBaseUrl')
process.env.CONTRACT_BASE_URL = baseUrl

let consoleProblems: string[] = []

beforeEach(async () => {
  const reply = await fetch(`${baseUrl}/__test/reset`, { method: 'POST' })
  if (reply.status !== 201) throw new Error(`could not reset the server: ${reply.status}`)
  consoleProblems = []
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${args.map(String).join(' ')}`)
    })
  }
})

afterEach(() => {
  vi.restoreAllMocks()
  if (consoleProblems.length > 0) {
    const problems = consoleProblems
    consoleProblems = []
    throw new Error(`Unexpected console output:\n${problems.join('\n')}`)
  }
})
