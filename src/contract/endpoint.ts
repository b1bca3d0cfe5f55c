import type { z } from 'zod/mini'
import type { Decision } from '@/domain/decision'
import type { User } from '@/domain/model/user'

// One endpoint of the REST contract, as data: the client calls it, both backends serve it and the OpenAPI
// document is rendered from it (docs/decisions/010-one-core.md). Its prose lives in src/core/openapi/, so
// the app's bundle carries only what it calls.

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/**
 * Who may call: anyone, anyone signed in, or signed-in users the domain's role rule admits (its refusal is
 * the answer's 403; the document lists the roles it admits).
 */
export type Access = 'public' | 'session' | { admits: (user: User) => Decision }

/** A body larger than `bytes` is refused before it is parsed: 413 `too_large`, or 422 `validation`. */
export type BodyLimit = { bytes: number; code: 'too_large' | 'validation'; message?: string }

export type Endpoint = {
  /** The OpenAPI operationId, unique. */
  readonly id: string
  readonly method: Method
  /** Relative to the API base (`/api`), with `{name}` for each path parameter. */
  readonly path: string
  readonly access: Access
  readonly params?: z.ZodMiniObject
  readonly query?: z.ZodMiniType
  readonly body?: z.ZodMiniType
  readonly bodyLimit?: BodyLimit
  /** For callers without a session: rate-limited per client (the domain's intake limits), before the body is read. */
  readonly guard?: 'submit' | 'lookup'
  /** Opens or closes the session: a server also sets or clears its cookie. */
  readonly session?: 'open' | 'close'
  /** The success status and the schema of its body (null: no body). */
  readonly status: 200 | 201 | 204
  readonly response: z.ZodMiniType | null
  /** Served by the in-browser mock only (its demo controls). */
  readonly mockOnly?: true
  /** Open to a user who must change their password first (after a new account or a reset); others answer 403. */
  readonly beforePasswordChange?: true
}

/** Declares an endpoint; its literal type carries the schemas to the client and to the use case's signature. */
export const endpoint = <const E extends Endpoint>(definition: E): E => definition

export type ParamsOf<E extends Endpoint> = E['params'] extends z.ZodMiniType ? z.output<E['params']> : object
export type QueryOf<E extends Endpoint> = E['query'] extends z.ZodMiniType ? z.output<E['query']> : undefined
export type BodyOf<E extends Endpoint> = E['body'] extends z.ZodMiniType ? z.output<E['body']> : undefined
export type BodyInputOf<E extends Endpoint> = E['body'] extends z.ZodMiniType ? z.input<E['body']> : undefined
export type ResponseOf<E extends Endpoint> = E['response'] extends z.ZodMiniType ? z.output<E['response']> : null
/** What a backend hands back: the response's input form (before any transform the client's parse applies). */
export type ResponseInputOf<E extends Endpoint> = E['response'] extends z.ZodMiniType ? z.input<E['response']> : null

/** The path with its parameters filled in and encoded, e.g. `/items/{id}` → `/items/item-1`. */
export function pathOf(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`pathOf: ${path} needs {${name}}`)
    return encodeURIComponent(value)
  })
}
