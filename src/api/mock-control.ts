import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { MockSettingsSchema, type MockSettings } from '@/domain/model/mock-settings'
import { http } from './http'

// Served only by the in-browser mock; the UI offers these only when mocking is on.

export const mockKeys = {
  all: ['mock'] as const,
  settings: () => [...mockKeys.all, 'settings'] as const,
}

/** Re-seeds the demo campaign and forgets this browser's changes. */
export async function resetMockData(): Promise<void> {
  await http('/__mock/reset', z.object({ ok: z.literal(true) }), { method: 'POST' })
}

export function getMockSettings(signal?: AbortSignal) {
  return http('/__mock/settings', MockSettingsSchema, { signal })
}

export function putMockSettings(settings: MockSettings) {
  return http('/__mock/settings', MockSettingsSchema, { method: 'PUT', body: settings })
}

export const mockSettingsQuery = () =>
  queryOptions({
    queryKey: mockKeys.settings(),
    queryFn: ({ signal }) => getMockSettings(signal),
  })
