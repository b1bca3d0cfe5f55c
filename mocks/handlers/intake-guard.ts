import { HttpResponse } from 'msw'
import type { z } from 'zod/mini'
import { bodyBytes, intakeLimits, rateCheck, rateLimitMessage } from '@/domain/intake-limits'
import type { MockBackend } from '../backend'
import { badRequest, HttpFailure, validation } from '../http/failure'
import { issueFields } from '@/domain/issue-fields'

// The mock's guard on what anyone may call without a session, as a real server's gateway would do it:
// per client (the proxy's X-Forwarded-For, else this browser), a sliding-window rate limit and a body cap.

type Action = 'submit' | 'lookup'
const windows = new WeakMap<MockBackend, Map<string, number[]>>()

export function clientOf(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'this-browser'
}

function hits(backend: MockBackend, request: Request, action: Action) {
  let byClient = windows.get(backend)
  if (!byClient) windows.set(backend, (byClient = new Map()))
  return { byClient, key: `${action}:${clientOf(request)}` }
}

/**
 * 429 with Retry-After when the client is over its limit for the action; null when it may go on.
 * Look-ups count every try (a 404 is what guessing costs); submissions count once filed (`countFiled`),
 * so a worker correcting a typo is not locked out.
 */
export function rateLimited(backend: MockBackend, request: Request, action: Action): Response | null {
  const { byClient, key } = hits(backend, request, action)
  const decision = rateCheck(byClient.get(key) ?? [], backend.now().getTime(), intakeLimits[action])
  if (action === 'lookup' || !decision.ok) byClient.set(key, decision.kept)
  if (decision.ok) return null
  const failure = new HttpFailure(
    'rate_limited',
    rateLimitMessage(action === 'submit' ? '提交' : '查询', decision.retryAfterSeconds),
  )
  return HttpResponse.json(failure.body(), {
    status: 429,
    headers: { 'Retry-After': String(decision.retryAfterSeconds) },
  })
}

/** Counts a filed submission against the client's limit. */
export function countFiled(backend: MockBackend, request: Request): void {
  const { byClient, key } = hits(backend, request, 'submit')
  const decision = rateCheck(byClient.get(key) ?? [], backend.now().getTime(), {
    ...intakeLimits.submit,
    limit: Number.POSITIVE_INFINITY,
  })
  byClient.set(key, decision.kept)
}

/** The body as text, refused with 413 above the intake's cap (a real server refuses before parsing). */
export async function cappedBody(request: Request): Promise<string> {
  const text = await request.text()
  if (bodyBytes(text) > intakeLimits.maxBodyBytes) {
    throw new HttpFailure(
      'too_large',
      `提交的内容过大（不能超过 ${intakeLimits.maxBodyBytes / 1024} KB），请精简后再提交`,
    )
  }
  return text
}

/** A JSON body already read as text, checked by its schema: malformed → 400, invalid → 422 with fields. */
export function parseBody<S extends z.ZodMiniType>(text: string, schema: S): z.output<S> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw badRequest('请求内容不是有效的 JSON')
  }
  const result = schema.safeParse(json)
  if (!result.success) throw validation(issueFields(result.error.issues))
  return result.data
}
