// The contract's error answers, thrown by the use cases and written by either transport.
import type { Denial } from '@/domain/decision'
import { fieldErrorsMessage, type FieldErrors } from '@/domain/item-checks'
import { errorStatus, type ErrorBody, type ErrorCode } from '@/domain/model/errors'

/** Thrown by a use case to answer with the contract's error body (and headers, e.g. Retry-After). */
export class HttpFailure extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly current?: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message)
    this.status = errorStatus[code]
  }

  body(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message }
    if (this.fields && Object.keys(this.fields).length > 0) error.fields = this.fields
    return this.current === undefined ? { error } : { error, current: this.current }
  }
}

export const badRequest = (message: string) => new HttpFailure('bad_request', message)
export const unauthenticated = (message = '请先登录') => new HttpFailure('unauthenticated', message)
export const notFound = (what: string) => new HttpFailure('not_found', `${what}不存在`)
export const conflict = (current: unknown) =>
  new HttpFailure('conflict', '该项目已被他人修改，请查看最新内容后再提交', undefined, current)
export const validation = (fields: FieldErrors, message = fieldErrorsMessage) =>
  new HttpFailure('validation', message, fields)
export const tooLarge = () => validation({ _: '提交的内容过大' }, '提交的内容过大')

/** A refused Decision from the domain, as the matching HTTP failure. */
export function refusal(denial: Denial): HttpFailure {
  if (denial.status === 403) return new HttpFailure('forbidden', denial.reason)
  return validation(denial.field ? { [denial.field]: denial.reason } : {}, denial.reason)
}

/** The database is out of reach (restarting, or an instance still catching up): nothing was done; retry soon. */
export const unavailable = () =>
  new HttpFailure('unavailable', '服务暂时不可用（数据库正在恢复），请稍后重试；本次操作未生效', undefined, undefined, {
    'Retry-After': '2',
  })
