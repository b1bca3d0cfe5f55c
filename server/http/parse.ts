import type { Context } from 'hono'
import type { z } from 'zod/mini'
import { issueFields, queryProblem } from '@/domain/issue-fields'
import { badRequest, tooLarge, validation, type HttpFailure } from './failure'

/** A JSON body checked by the contract's schema: malformed JSON → 400, invalid → 422 with fields. */
export async function readBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  maxBytes = 64 * 1024,
  overLimit: () => HttpFailure = tooLarge,
): Promise<z.output<S>> {
  const bytes = await c.req.arrayBuffer()
  if (bytes.byteLength > maxBytes) throw overLimit()
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

/** Query string values checked by their schema; an unknown name or value → 400. */
export function readQuery<S extends z.ZodMiniType>(c: Context, schema: S): z.output<S> {
  const raw: Record<string, string> = {}
  for (const [name, value] of new URL(c.req.url).searchParams) if (value !== '') raw[name] = value
  const result = schema.safeParse(raw)
  if (!result.success) throw badRequest(queryProblem(result.error.issues))
  return result.data
}
