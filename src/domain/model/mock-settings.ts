import { z } from 'zod'

export const seedSizes = ['demo', 'large'] as const

/** Settings of the in-browser mock backend (mock-only endpoints /api/__mock/settings). */
export const MockSettingsSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(10_000),
    failureRate: z.number().min(0).max(1),
    seedSize: z.enum(seedSizes),
  })
  .meta({ description: 'The mock backend’s demo settings: added latency, the share of requests answered with an injected 500, and the seed size.' })
export type MockSettings = z.infer<typeof MockSettingsSchema>
