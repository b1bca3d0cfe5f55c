import { delay, HttpResponse, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw'
import type { User } from '@/domain/model/user'
import type { MockBackend } from '../backend'
import { HttpFailure, unauthenticated } from './failure'

export type RouteContext<Params extends PathParams = PathParams> = {
  request: Request
  params: Params
  url: URL
  backend: MockBackend
  /** The signed-in user, or null; `requireUser` throws 401 instead. */
  user: User | null
  requireUser: () => User
  token: string | null
}

type Handler<Params extends PathParams> = (context: RouteContext<Params>) => Response | Promise<Response>

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization')
  const match = header?.match(/^Bearer\s+(.+)$/i)
  return match?.[1]?.trim() ?? null
}

/**
 * Wraps a handler: resolves the session, applies the demo latency and fault injection,
 * and turns a thrown HttpFailure into the contract's error body.
 */
export function route<Params extends PathParams = PathParams>(
  getBackend: () => MockBackend,
  handler: Handler<Params>,
  options: { faults?: boolean } = {},
): HttpResponseResolver<Params, DefaultBodyType> {
  return async ({ request, params }) => {
    const backend = getBackend()
    const { latencyMs, failureRate } = backend.settings
    if (options.faults !== false) {
      if (latencyMs > 0) await delay(latencyMs)
      if (failureRate > 0 && backend.random() < failureRate) {
        return HttpResponse.json(
          new HttpFailure('server_error', '服务器暂时无法处理请求（演示故障注入），请稍后重试').body(),
          { status: 500 },
        )
      }
    }
    const token = bearerToken(request)
    const userId = token ? backend.db.sessions.get(token) : undefined
    const user = (userId && backend.db.user(userId)) || null
    const context: RouteContext<Params> = {
      request,
      params,
      url: new URL(request.url),
      backend,
      user,
      token,
      requireUser: () => {
        if (!user) throw unauthenticated()
        return user
      },
    }
    try {
      return await handler(context)
    } catch (error) {
      if (error instanceof HttpFailure) return HttpResponse.json(error.body(), { status: error.status })
      throw error
    }
  }
}
