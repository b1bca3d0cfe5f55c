import { QueryClient, type DefaultOptions } from '@tanstack/react-query'
import { ApiError, ContractError } from '@/api/errors'

/** A 4xx will answer the same again, and a contract drift is a bug: neither is worth a retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ContractError) return false
  if (error instanceof ApiError && error.isClientError) return false
  return failureCount < 1
}

/** The app makes one of these; each test makes its own (retry off, nothing garbage-collected mid-test). */
export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      ...overrides,
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: true,
        ...overrides.queries,
      },
      mutations: { retry: false, ...overrides.mutations },
    },
  })
}
