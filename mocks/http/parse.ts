import type { z } from 'zod/mini'
import { issueFields, queryProblem } from '@/domain/issue-fields'
import { badRequest, validation } from './failure'

/** A JSON body checked by its schema: malformed JSON → 400, invalid content → 422 with fields. */
export async function readBody<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
  maxBytes = 64 * 1024,
): Promise<z.output<S>> {
  const text = await request.text()
  if (text.length > maxBytes) throw validation({ _: '提交的内容过大' }, '提交的内容过大')
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

/** Query string values checked by their schema; an unknown name or value → 400. */
export function readQuery<S extends z.ZodMiniType>(url: URL, schema: S): z.output<S> {
  const raw: Record<string, string> = {}
  for (const [name, value] of url.searchParams) if (value !== '') raw[name] = value
  const result = schema.safeParse(raw)
  if (!result.success) throw badRequest(queryProblem(result.error.issues))
  return result.data
}
