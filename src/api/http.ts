import { z } from 'zod/mini'
import { ErrorBodySchema } from '@/domain/model/errors'
import { apiBaseUrl } from './config'
import { takeEarlyResponse } from './early-requests'
import { ApiError, codeForStatus, ContractError, messageForStatus, networkError } from './errors'
import { tokenStore } from './token-store'

// The one fetch wrapper. Every response is checked against its schema here, so a contract drift
// surfaces as an error where it happens instead of as a blank chart somewhere else.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined
export type QueryParams = Readonly<Record<string, QueryValue>>

export type HttpOptions = {
  method?: Method
  query?: QueryParams
  /** Sent as JSON. */
  body?: unknown
  signal?: AbortSignal
}

/** Answers with 204 and no body. */
export const NoContentSchema = z.null()

type Listener = () => void
const unauthorizedListeners = new Set<Listener>()

/** Called when a signed-in request is refused with 401 (the session expired or was closed elsewhere). */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

const isAbsolute = (url: string) => /^[a-z][a-z\d+\-.]*:\/\//i.test(url)

/** The full URL of an API path. Relative bases resolve against this page (Node's fetch in tests needs absolute URLs). */
export function apiUrl(path: string, query: QueryParams = {}): URL {
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

export async function http<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  options: HttpOptions = {},
): Promise<z.output<S>> {
  const { method = 'GET', query, body, signal } = options
  const url = apiUrl(path, query)
  const token = tokenStore.get()
  const headers = new Headers({ Accept: 'application/json' })
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  if (token) headers.set('Authorization', `Bearer ${token}`)

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

  const result = schema.safeParse(json)
  if (!result.success) {
    const issues = z.prettifyError(result.error)
    console.error(`[api] ${method} ${url.pathname}: the response does not match the contract\n${issues}`)
    throw new ContractError(`${method} ${url.pathname}`, issues)
  }
  return result.data
}
