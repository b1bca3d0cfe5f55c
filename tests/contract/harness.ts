import { z } from 'zod'
import { ErrorBodySchema, type ErrorCode } from '@/domain/model/errors'

// The contract suite speaks HTTP only, so the same tests can run against any backend.
// By default msw/node answers them (tests/setup.ts); CONTRACT_BASE_URL points them elsewhere.
export const baseUrl = process.env.CONTRACT_BASE_URL ?? 'http://localhost:3000/api'

export type Reply = { status: number; body: unknown }

export async function call(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; rawBody?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let body: string | undefined
  if (options.rawBody !== undefined) body = options.rawBody
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null }
}

/** The body of a 2xx reply, parsed by its schema: a drift from the contract fails here. */
export function expectOk<S extends z.core.$ZodType>(reply: Reply, schema: S, status = 200): z.output<S> {
  if (reply.status !== status) throw new Error(`expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`)
  // The function form parses any zod schema: the domain's (zod/mini) and a test's own (classic zod).
  return z.parse(schema, reply.body)
}

/** A non-2xx reply in the contract's error shape, with a Chinese message. */
export function expectError(reply: Reply, status: number, code: ErrorCode) {
  if (reply.status !== status)
    throw new Error(`expected ${status} ${code}, got ${reply.status}: ${JSON.stringify(reply.body)}`)
  const body = ErrorBodySchema.parse(reply.body)
  if (body.error.code !== code) throw new Error(`expected code ${code}, got ${body.error.code}`)
  if (!/[\u4e00-\u9fff]/.test(body.error.message)) throw new Error(`message is not Chinese: ${body.error.message}`)
  return body
}

const tokens = new Map<string, string>()
/** Signs in as a demo user (the mock's `{userId}` form) and returns the bearer token. */
export async function signIn(userId: string): Promise<string> {
  const reply = await call('POST', '/session', { body: { userId } })
  if (reply.status !== 201)
    throw new Error(`sign-in as ${userId} failed: ${reply.status} ${JSON.stringify(reply.body)}`)
  const token = (reply.body as { token: string }).token
  tokens.set(userId, token)
  return token
}
