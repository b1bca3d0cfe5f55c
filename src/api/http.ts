import { z } from 'zod/mini'
import { seenSeqHeader, seqHeader } from '@/contract/live'
import { pathOf, type BodyInputOf, type Endpoint, type ResponseOf } from '@/contract/endpoint'
import { ErrorBodySchema } from '@/domain/model/errors'
import { apiBaseUrl } from './config'
import { takeEarlyResponse } from './early-requests'
import { noteSeq, seenSeq } from './live/seq'
import { ApiError, codeForStatus, ContractError, messageForStatus, networkError } from './errors'
import { tokenStore } from './token-store'

// The one fetch wrapper: calls an endpoint of the contract (src/contract), its method and path taken from the
// endpoint, and checks every response against the endpoint's schema, so that a contract drift surfaces as an
// error where it happens instead of as a blank chart somewhere else.

type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined

/** The endpoint's query as the caller writes it: every name optional, values already typed (not yet strings). */
export type QueryInputOf<E extends Endpoint> = E['query'] extends z.ZodMiniType
  ? { readonly [K in keyof z.output<E['query']>]?: z.output<E['query']>[K] | undefined }
  : never

/** What a call to `E` takes: its path parameters and body when it has them, its query, an abort signal. */
export type RequestOptions<E extends Endpoint> = {
  signal?: AbortSignal | undefined
} & (E['params'] extends z.ZodMiniType ? { params: z.input<E['params']> } : { params?: never }) &
  (E['query'] extends z.ZodMiniType ? { query?: QueryInputOf<E> } : { query?: never }) &
  (E['body'] extends z.ZodMiniType ? { body: BodyInputOf<E> } : { body?: never })

/** The options may be left out when the endpoint needs neither path parameters nor a body. */
type RequestArgs<E extends Endpoint> =
  object extends RequestOptions<E> ? [options?: RequestOptions<E>] : [options: RequestOptions<E>]

/** Answers with 204 and no body (an endpoint whose `response` is null). */
const NoContentSchema = z.null()

type Listener = () => void
const unauthorizedListeners = new Set<Listener>()

/** Called when a signed-in request is refused with 401 (the session expired or was closed elsewhere). */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

const isAbsolute = (url: string) => /^[a-z][a-z\d+\-.]*:\/\//i.test(url)

/**
 * The full URL of an API path. Relative bases resolve against this page (Node's fetch in tests needs absolute
 * URLs). The query string as the server reads it: lists comma-separated, booleans 'true'/'false', and no
 * empty value (undefined, null, '' or an empty list) sent at all.
 */
export function apiUrl(path: string, query: Readonly<Record<string, QueryValue>> = {}): URL {
  const raw = `${apiBaseUrl}${path}`
  const url = isAbsolute(raw) ? new URL(raw) : new URL(raw, window.location.origin)
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length > 0) url.searchParams.set(name, value.join(','))
    } else {
      url.searchParams.set(name, String(value))
    }
  }
  return url
}

function parseJson(text: string): unknown {
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError')
}

function failure(status: number, body: unknown): ApiError {
  const parsed = ErrorBodySchema.safeParse(body)
  if (!parsed.success) return new ApiError({ status, code: codeForStatus(status), message: messageForStatus(status) })
  const { error, current } = parsed.data
  return new ApiError({
    status,
    code: error.code,
    message: error.message.trim() || messageForStatus(status),
    ...(error.fields ? { fields: error.fields } : {}),
    current,
  })
}

/**
 * Calls `endpoint`: its path filled with `params`, `query` as the query string and `body` as JSON. Resolves to the
 * response parsed with the endpoint's schema (null for an endpoint without a body); rejects with an ApiError
 * for a failure, or a ContractError for a response out of contract.
 */
export async function request<E extends Endpoint>(endpoint: E, ...[options]: RequestArgs<E>): Promise<ResponseOf<E>> {
  const { params, query, body, signal } = (options ?? {}) as {
    params?: Readonly<Record<string, string>>
    query?: Readonly<Record<string, QueryValue>>
    body?: unknown
    signal?: AbortSignal | undefined
  }
  const method = endpoint.method.toUpperCase()
  const url = apiUrl(pathOf(endpoint.path, params), query)
  const token = tokenStore.get()
  const headers = new Headers({ Accept: 'application/json' })
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const bearer = tokenStore.bearer()
  if (bearer) headers.set('Authorization', `Bearer ${bearer}`)
  const seen = seenSeq()
  if (seen !== null && seen > 0) headers.set(seenSeqHeader, String(seen))

  let status: number
  let text: string
  try {
    // The wall's first GETs may already be on their way since the HTML (index.html, builds without the mock).
    const early = method === 'GET' && body === undefined ? takeEarlyResponse(url.href, token) : undefined
    const response = await (early ??
      fetch(url, {
        method,
        headers,
        credentials: 'include',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal,
      }))
    status = response.status
    noteSeq(response.headers.get(seqHeader))
    text = await response.text()
  } catch (error) {
    if (isAbort(error, signal)) throw error
    throw networkError()
  }

  const json = parseJson(text)
  if (status < 200 || status > 299) {
    if (status === 401 && token !== null) {
      tokenStore.clear()
      for (const listener of unauthorizedListeners) listener()
    }
    throw failure(status, json)
  }

  const result = (endpoint.response ?? NoContentSchema).safeParse(json)
  if (!result.success) {
    const issues = z.prettifyError(result.error)
    console.error(`[api] ${method} ${url.pathname}: the response does not match the contract\n${issues}`)
    throw new ContractError(`${method} ${url.pathname}`, issues)
  }
  return result.data as ResponseOf<E>
}
