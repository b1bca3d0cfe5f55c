import { z } from 'zod'

export const MockSettingsSchema = z.object({
  latencyMs: z.number().int().min(0).max(10_000),
  failureRate: z.number().min(0).max(1),
  seedSize: z.enum(['demo', 'large']),
})
export type MockSettings = z.infer<typeof MockSettingsSchema>

/** Off by default: no added latency, no injected faults, the demo-size campaign. */
export const defaultSettings: MockSettings = { latencyMs: 0, failureRate: 0, seedSize: 'demo' }
