import { errorStatus, type ErrorBody, type ErrorCode } from '@/domain/model/errors'
import type { Denial } from '@/domain/decision'
import type { FieldErrors } from '@/domain/item-checks'

/** Thrown by a handler to answer with the contract's error body; caught in `route`. */
export class HttpFailure extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly current?: unknown,
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
export const unauthenticated = () => new HttpFailure('unauthenticated', '请先登录')
export const notFound = (what: string) => new HttpFailure('not_found', `${what}不存在`)
export const conflict = (current: unknown) =>
  new HttpFailure('conflict', '该项目已被他人修改，请查看最新内容后再提交', undefined, current)
export const validation = (fields: FieldErrors, message = '提交的内容有误，请按提示修改') =>
  new HttpFailure('validation', message, fields)

/** A refused Decision from the domain, as the matching HTTP failure. */
export function refusal(denial: Denial): HttpFailure {
  if (denial.status === 403) return new HttpFailure('forbidden', denial.reason)
  return validation(denial.field ? { [denial.field]: denial.reason } : {}, denial.reason)
}
