import { z } from 'zod/mini'

export const seedSizes = ['demo', 'large'] as const

/** Settings of the in-browser mock backend (mock-only endpoints /api/__mock/settings). */
export const MockSettingsSchema = z
  .object({
    latencyMs: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
    failureRate: z.number().check(z.minimum(0), z.maximum(1)),
    seedSize: z.enum(seedSizes),
  })
  .register(z.globalRegistry, {
    description:
      'The mock backend’s demo settings: added latency, the share of requests answered with an injected 500, and the seed size.',
  })
export type MockSettings = z.infer<typeof MockSettingsSchema>
