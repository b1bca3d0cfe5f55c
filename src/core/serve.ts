import type { z } from 'zod/mini'
import type { BodyLimit, Endpoint } from '@/contract/endpoint'
import { dateOf } from '@/domain/dates'
import { issueFields, queryProblem } from '@/domain/issue-fields'
import type { User } from '@/domain/model/user'
import { badRequest, HttpFailure, refusal, tooLarge, unauthenticated, validation } from './failure'
import type { Core, UseCase, UseCaseContext } from './use-case'

// The one request pipeline of both backends: a transport (msw in the browser and the Node tests, Hono on
// the server) hands over what it read from the wire; this checks it by the route table and asks the use case.

/** What a transport reads from a request. The body is read only once the caller may send one. */
export type WireRequest = {
  params: Readonly<Record<string, string>>
  search: URLSearchParams
  body: () => Promise<Uint8Array>
  /** `Authorization: Bearer`, or the server's session cookie. */
  token: string | null
  /** The client's address, for the intake guard. */
  client: string
}

export type Answer = {
  status: number
  body: unknown
  headers: Readonly<Record<string, string>>
  /** Set when the use case opened a session (a server sets its cookie). */
  opened?: { token: string; maxAgeSeconds: number }
}

const defaultLimit: BodyLimit = { bytes: 64 * 1024, code: 'validation' }

export async function serve<E extends Endpoint>(
  core: Core,
  endpoint: E,
  handle: UseCase<E>,
  wire: WireRequest,
): Promise<Answer> {
  // A submission without a session counts toward the intake's limit once past the guard, whatever its
  // outcome: refusals (400, 413, 422) and failures cost as much as a filed demand, so probing is not free.
  let submitted: number | undefined
  try {
    const { store } = core
    const now = core.now()
    const userId = wire.token ? await store.sessions.resolve(wire.token, now) : null
    const user = (userId && store.read.user(userId)) || null
    admit(endpoint, user)
    const guarded = endpoint.guard && !user ? endpoint.guard : undefined
    if (guarded) core.guard.check(wire.client, guarded, now.getTime())
    if (guarded === 'submit') submitted = now.getTime()
    let opened: Answer['opened']
    const context = {
      core,
      store,
      read: store.read,
      now,
      today: dateOf(now),
      user,
      token: user ? wire.token : null,
      client: wire.client,
      params: endpoint.params ? endpoint.params.parse(wire.params) : {},
      query: endpoint.query ? parseQuery(endpoint.query, wire.search) : undefined,
      body: endpoint.body ? parseBody(endpoint.body, await wire.body(), endpoint.bodyLimit ?? defaultLimit) : undefined,
      openedSession: (session: NonNullable<Answer['opened']>) => void (opened = session),
    } as UseCaseContext<E>
    const body = await handle(context)
    return {
      status: endpoint.status,
      body: endpoint.status === 204 ? null : body,
      headers: {},
      ...(opened && { opened }),
    }
  } catch (error) {
    if (error instanceof HttpFailure) return { status: error.status, body: error.body(), headers: error.headers }
    throw error
  } finally {
    if (submitted !== undefined) core.guard.countFiled(wire.client, submitted)
  }
}

function admit(endpoint: Endpoint, user: User | null) {
  if (endpoint.access === 'public') return
  if (!user) throw unauthenticated()
  if (user.mustChangePassword && !endpoint.beforePasswordChange)
    throw new HttpFailure('forbidden', '请先修改初始密码，再使用系统')
  if (typeof endpoint.access === 'object') {
    const decision = endpoint.access.admits(user)
    if (!decision.ok) throw refusal(decision)
  }
}

/** Query string values checked by their schema; an unknown name or value → 400. */
function parseQuery(schema: z.ZodMiniType, search: URLSearchParams): unknown {
  const raw: Record<string, string> = {}
  for (const [name, value] of search) if (value !== '') raw[name] = value
  const result = schema.safeParse(raw)
  if (!result.success) throw badRequest(queryProblem(result.error.issues))
  return result.data
}

/** A JSON body checked by its schema: over the limit → 413 or 422, malformed → 400, invalid → 422 with fields. */
function parseBody(schema: z.ZodMiniType, bytes: Uint8Array, limit: BodyLimit): unknown {
  if (bytes.byteLength > limit.bytes) throw overLimit(limit)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw badRequest('请求内容不是有效的 JSON')
  }
  const result = schema.safeParse(json)
  if (!result.success) throw validation(issueFields(result.error.issues))
  return result.data
}

export function overLimit(limit: BodyLimit): HttpFailure {
  if (limit.code === 'validation') return tooLarge()
  const message = limit.message ?? `提交的内容过大（不能超过 ${Math.floor(limit.bytes / 1024)} KB），请精简后再提交`
  return new HttpFailure('too_large', message)
}
