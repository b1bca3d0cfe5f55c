import { errorStatus, type ErrorCode } from '@/domain/model/errors'
import { apiErrorText } from './error-text'

export type ApiErrorCode = ErrorCode | 'network'

/** Every failed call to the API: a non-2xx answer in the contract's error shape, or no answer at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly code: ApiErrorCode
  /** Field → why, with 422. */
  readonly fields: Readonly<Record<string, string>>
  /** With 409: the resource as it is now (unparsed; the caller knows its schema). */
  readonly current: unknown

  constructor(init: {
    status: number
    code: ApiErrorCode
    message: string
    fields?: Record<string, string>
    current?: unknown
  }) {
    super(init.message)
    this.status = init.status
    this.code = init.code
    this.fields = init.fields ?? {}
    this.current = init.current
  }

  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500
  }
}

/** A 2xx answer whose body does not match the contract: a bug for a developer, not a user's mistake. */
export class ContractError extends Error {
  override readonly name = 'ContractError'
  constructor(
    readonly endpoint: string,
    readonly issues: string,
  ) {
    super(apiErrorText.contract)
  }
}

const codeByStatus = new Map<number, ErrorCode>(
  Object.entries(errorStatus).map(([code, status]) => [status, code as ErrorCode]),
)

export function codeForStatus(status: number): ErrorCode {
  return codeByStatus.get(status) ?? (status >= 500 ? 'server_error' : 'bad_request')
}

/** The Chinese fallback when the server's answer carries no message of its own. */
export function messageForStatus(status: number): string {
  const byStatus: Readonly<Record<number, string>> = apiErrorText.byStatus
  return byStatus[status] ?? (status >= 500 ? apiErrorText.byStatus[500] : apiErrorText.byStatus[400])
}

export function networkError(): ApiError {
  return new ApiError({ status: 0, code: 'network', message: apiErrorText.network })
}

/** Whether asking again may help: not for a refusal or a missing resource, nor for a contract drift. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ContractError) return false
  if (error instanceof ApiError) return !error.isClientError || error.status === 408 || error.status === 429
  return true
}

/** What to tell a person about any error a query or mutation may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof ContractError) return error.message
  return apiErrorText.unexpected
}
