import type { MockSettings } from '@/domain/model/mock-settings'

/** Off by default: no added latency, no injected faults, the demo-size campaign. */
export const defaultSettings: MockSettings = { latencyMs: 0, failureRate: 0, seedSize: 'demo' }
