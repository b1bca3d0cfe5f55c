import { intakeLimits } from '@/domain/intake-limits'
import { ErrorBodySchema } from '@/domain/model/errors'
import { ItemSchema } from '@/domain/model/item'
import type { ComponentBook } from './components'
import type { JsonObject, ReferenceObject, ResponseObject, SchemaObject } from './types'

// The error answers: the shared ones in components.responses, and those built from an endpoint's limits.

/** The error statuses with a shared response in components.responses. */
export type SharedErrorStatus = '400' | '401' | '403' | '404' | '409' | '422'

const sharedNames: Record<SharedErrorStatus, string> = {
  '400': 'BadRequest',
  '401': 'Unauthenticated',
  '403': 'Forbidden',
  '404': 'NotFound',
  '409': 'Conflict',
  '422': 'Validation',
}

export const isSharedErrorStatus = (status: string): status is SharedErrorStatus => status in sharedNames

export const sharedError = (status: SharedErrorStatus): ReferenceObject => ({
  $ref: `#/components/responses/${sharedNames[status]}`,
})
export const unexpectedError: ReferenceObject = { $ref: '#/components/responses/UnexpectedError' }

const errorExamples: Record<Exclude<SharedErrorStatus, '409'>, JsonObject> = {
  '400': { error: { code: 'bad_request', message: '查询参数有误：status' } },
  '401': { error: { code: 'unauthenticated', message: '请先登录' } },
  '403': { error: { code: 'forbidden', message: '只能处理本单位的项目' } },
  '404': { error: { code: 'not_found', message: '项目不存在' } },
  '422': {
    error: {
      code: 'validation',
      message: '提交的内容有误，请按提示修改',
      fields: { deadline: '完成时限不能早于今天' },
    },
  },
}

/** components.responses */
export function errorResponses(book: ComponentBook): Record<string, ResponseObject> {
  const body = (status: Exclude<SharedErrorStatus, '409'>, description: string): ResponseObject => ({
    description,
    content: { 'application/json': { schema: book.output(ErrorBodySchema), example: errorExamples[status] } },
  })
  return {
    BadRequest: body('400', '`bad_request`: malformed JSON, or an unknown query parameter or value.'),
    Unauthenticated: body('401', '`unauthenticated`: no session, or it has expired.'),
    Forbidden: body('403', '`forbidden`: the role or unit may not do this (x-rules.roles).'),
    NotFound: body('404', '`not_found`: no such resource.'),
    Conflict: {
      description:
        '`conflict`: the `version` sent is stale. Nothing was changed; `current` is the item as it is now (x-rules.versions).',
      content: {
        'application/json': {
          schema: {
            allOf: [
              book.output(ErrorBodySchema),
              { type: 'object', required: ['current'], properties: { current: book.output(ItemSchema) } },
            ],
          },
        },
      },
    },
    Validation: body(
      '422',
      '`validation`: well-formed but invalid, or not allowed in the present state; `fields` names each bad field.',
    ),
    UnexpectedError: {
      description:
        'Any other failure, with the same body: `rate_limited` (429), `server_error` (500; the mock injects these when its failure rate is set).',
      content: { 'application/json': { schema: book.output(ErrorBodySchema) } },
    },
  }
}

export const json = (description: string, schema: SchemaObject): ResponseObject => ({
  description,
  content: { 'application/json': { schema } },
})

/** An error answer described for one operation, in the Error shape. */
export const errorAnswer = (description: string, book: ComponentBook): ResponseObject =>
  json(description, book.output(ErrorBodySchema))

export const rateLimitText = (action: 'submit' | 'lookup') =>
  `At most ${intakeLimits[action].limit} per client in any ${intakeLimits[action].windowSeconds / 60} minutes (sliding window; the client is the peer address, or behind TRUST_PROXY proxies the entry of X-Forwarded-For that many from the right). A real server counts filed demands in the database, in the transaction that writes each one.`

/** A 429 in an operation's own words (sign-in throttling), with Retry-After. */
export const throttled = (description: string, book: ComponentBook): ResponseObject => ({
  description,
  headers: {
    'Retry-After': { description: 'Seconds until the client may try again.', schema: { type: 'integer', minimum: 1 } },
  },
  content: { 'application/json': { schema: book.output(ErrorBodySchema) } },
})

/** 429 of an endpoint with an intake guard (callers without a session). */
export const tooManyRequests = (action: 'submit' | 'lookup', book: ComponentBook): ResponseObject => ({
  description: `\`rate_limited\`: over the limit. ${rateLimitText(action)} The message says, in Chinese, when to try again.`,
  headers: {
    'Retry-After': { description: 'Seconds until the client may try again.', schema: { type: 'integer', minimum: 1 } },
  },
  content: { 'application/json': { schema: book.output(ErrorBodySchema) } },
})
