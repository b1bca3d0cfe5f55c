import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/mock-control'
import type { MockSettings } from '@/domain/model/mock-settings'
import { request } from './http'

// Served only by the in-browser mock; the UI offers these only when mocking is on.

export const mockKeys = {
  all: ['mock'] as const,
  settings: () => [...mockKeys.all, 'settings'] as const,
}

/** Re-seeds the demo campaign and forgets this browser's changes. */
export async function resetMockData(): Promise<void> {
  await request(contract.resetMock)
}

export function getMockSettings(signal?: AbortSignal) {
  return request(contract.getMockSettings, { signal })
}

export function putMockSettings(settings: MockSettings) {
  return request(contract.putMockSettings, { body: settings })
}

export const mockSettingsQuery = () =>
  queryOptions({
    queryKey: mockKeys.settings(),
    queryFn: ({ signal }) => getMockSettings(signal),
  })
