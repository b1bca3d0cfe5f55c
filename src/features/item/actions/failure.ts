import { ApiError, errorMessage } from '@/api/errors'
import { ItemSchema, type Item } from '@/domain/model/item'

export type Failure =
  | { kind: 'conflict'; current: Item; message: string }
  | { kind: 'fields'; fields: Readonly<Record<string, string>>; message: string }
  | { kind: 'other'; message: string; retryable: boolean }

/** A refused or failed submission, sorted by what the form does about it. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof ApiError) {
    if (error.status === 409) {
      const current = ItemSchema.safeParse(error.current)
      if (current.success) return { kind: 'conflict', current: current.data, message: error.message }
    }
    if (error.status === 422 && Object.keys(error.fields).length > 0)
      return { kind: 'fields', fields: error.fields, message: error.message }
    return {
      kind: 'other',
      message: error.message,
      retryable: error.code === 'network' || error.status >= 500 || error.status === 429,
    }
  }
  return { kind: 'other', message: errorMessage(error), retryable: true }
}
