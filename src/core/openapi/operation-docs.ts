import type { z } from 'zod/mini'
import type { Endpoint } from '@/contract/endpoint'
import type { Tag } from './info'
import type { SharedErrorStatus } from './responses'
import type { RuleName } from './types'

// What the document says about an endpoint that the route table cannot: its prose, and the answers its use
// case gives beyond those that follow from the table. operations.ts holds one for every endpoint.

type FieldNames<S> = S extends { shape: infer Shape } ? keyof Shape & string : never

export type ErrorStatus = SharedErrorStatus | '413' | '429'

type Common = {
  summary: string
  description?: string
  /** What the success answer is. */
  response: string
  /** The rules of `x-rules` that apply. */
  rules?: readonly RuleName[]
  /**
   * Errors the use case gives beyond those that follow from the table (e.g. 409 for a stale version, 403 for a
   * role rule), or one that follows in words of its own: `true` for the shared response, or its description.
   */
  errors?: { readonly [S in ErrorStatus]?: true | string }
}

/** The docs of endpoint `E`: which fields it has, and which keys they take, follow from `E`. */
export type OperationDocs<E extends Endpoint> = Common &
  (E extends { mockOnly: true } ? { tag?: never } : { tag: Tag }) &
  // One description per field of the query and of the path parameters: a new field without one is a type error.
  (E extends { query: infer Q } ? { query: Record<FieldNames<Q>, string> } : { query?: never }) &
  (E extends { params: infer P } ? { params: Record<FieldNames<P>, string> } : { params?: never }) &
  // `optionalSession`: public, but it also reads a session when one is sent (either, or none, lets the caller in).
  (E extends { access: 'public' } ? { optionalSession?: true } : { optionalSession?: never }) &
  // `documentedBody`: the body a client should send, when the table's `body` is only what the backend reads
  // before the use case checks the parts on their own (the spreadsheet import: any rows, each an ItemDraft).
  (E extends { body: z.ZodMiniType } ? { documentedBody?: z.ZodMiniType } : { documentedBody?: never })

/** Any endpoint's docs, as paths.ts reads them (it checks at run time what the type above checks per endpoint). */
export type AnyOperationDocs = Common & {
  tag?: Tag
  query?: Readonly<Record<string, string>>
  params?: Readonly<Record<string, string>>
  optionalSession?: true
  documentedBody?: z.ZodMiniType
}
