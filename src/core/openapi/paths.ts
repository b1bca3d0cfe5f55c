import { z } from 'zod/mini'
import { endpoints, type EndpointId } from '@/contract/all'
import type { Access, Endpoint } from '@/contract/endpoint'
import { roles, type Role } from '@/domain/model/user'
import { inlineSchema, type ComponentBook } from './components'
import { mockOnlyTag } from './info'
import type { AnyOperationDocs, ErrorStatus } from './operation-docs'
import { operations } from './operations'
import { errorAnswer, isSharedErrorStatus, sharedError, throttled, tooManyRequests, unexpectedError } from './responses'
import type {
  OperationObject,
  ParameterObject,
  PathItemObject,
  ReferenceObject,
  RequestBodyObject,
  ResponseObject,
  SecurityRequirement,
} from './types'

// The document's paths, rendered from the route table (src/contract/all.ts): one operation per endpoint, its
// words from operations.ts. Paths are relative to the server url `/api`.

/** The document's default: a session, by either scheme. */
export const sessionSecurity: SecurityRequirement[] = [{ bearerAuth: [] }, { sessionCookie: [] }]

export function buildPaths(book: ComponentBook): Record<string, PathItemObject> {
  const paths: Record<string, PathItemObject> = {}
  // In the order of the docs (the table's modules export in alphabetical order), which have every endpoint.
  const ids = Object.keys(operations) as EndpointId[]
  if (ids.length !== Object.keys(endpoints).length) throw new Error('openapi: the docs and the route table differ')
  for (const id of ids) {
    const endpoint: Endpoint = endpoints[id]
    const item = (paths[endpoint.path] ??= {})
    if (item[endpoint.method]) throw new Error(`openapi: two endpoints are ${endpoint.method} ${endpoint.path}`)
    item[endpoint.method] = operation(endpoint, operations[id], book)
  }
  return paths
}

function operation(endpoint: Endpoint, docs: AnyOperationDocs, book: ComponentBook): OperationObject {
  const tag = endpoint.mockOnly ? mockOnlyTag : docs.tag
  if (tag === undefined || (endpoint.mockOnly && docs.tag !== undefined))
    throw new Error(
      `openapi: ${endpoint.id}: a mock-only endpoint has the tag “${mockOnlyTag}”, any other names its own`,
    )
  const parameters = [...pathParameters(endpoint, docs.params ?? {}), ...queryParameters(endpoint, docs.query ?? {})]
  const body = docs.documentedBody ?? endpoint.body
  const requestBody: RequestBodyObject | undefined = body && {
    required: true,
    content: { 'application/json': { schema: book.input(body) } },
  }
  return {
    operationId: endpoint.id,
    summary: docs.summary,
    ...(docs.description !== undefined && { description: docs.description }),
    tags: [tag],
    ...security(endpoint, docs),
    ...(parameters.length > 0 && { parameters }),
    ...(requestBody && { requestBody }),
    responses: responses(endpoint, docs, book),
    ...(docs.rules && { 'x-rules': [...docs.rules] }),
    ...(typeof endpoint.access === 'object' && { 'x-roles': admittedRoles(endpoint.access) }),
  }
}

/** The roles a route's rule admits: the rule asked about a user of each role (as the role table in info is). */
function admittedRoles(access: Extract<Access, object>): Role[] {
  return roles.filter((role) => access.admits({ id: role, name: role, role, unitId: null }).ok)
}

/** Absent: the document's default (a session). Public: none, or, where a session is also read, either. */
function security(endpoint: Endpoint, docs: AnyOperationDocs): { security?: SecurityRequirement[] } {
  if (endpoint.access !== 'public') {
    if (docs.optionalSession) throw new Error(`openapi: ${endpoint.id} is not public: its session is not optional`)
    return {}
  }
  return { security: docs.optionalSession ? [{}, ...sessionSecurity] : [] }
}

/** The same names, in any order: the parameters and their schemas or descriptions. */
function sameNames(what: string, endpoint: Endpoint, names: readonly string[], keyed: object) {
  const keys = Object.keys(keyed)
  if (JSON.stringify([...names].sort()) !== JSON.stringify([...keys].sort()))
    throw new Error(`openapi: ${endpoint.id}: the ${what} are [${names.join(', ')}], not [${keys.join(', ')}]`)
}

function pathParameters(endpoint: Endpoint, descriptions: Readonly<Record<string, string>>): ParameterObject[] {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')
  const shape: Readonly<Record<string, z.core.$ZodType>> = endpoint.params?.shape ?? {}
  sameNames('path parameters', endpoint, names, shape)
  sameNames('path parameters', endpoint, names, descriptions)
  return names.map((name) => ({
    name,
    in: 'path',
    required: true,
    description: descriptions[name] ?? '',
    schema: inlineSchema(shape[name] ?? z.string()),
  }))
}

/**
 * The query's parameters, from its schema in its input form (the wire): the query's transforms (comma lists,
 * booleans) have no JSON Schema, but each piece does.
 */
function queryParameters(endpoint: Endpoint, descriptions: Readonly<Record<string, string>>): ParameterObject[] {
  const query = endpoint.query
  if (!query) {
    sameNames('query parameters', endpoint, [], descriptions)
    return []
  }
  if (!(query instanceof z.core.$ZodObject)) throw new Error(`openapi: ${endpoint.id}'s query is not an object`)
  const shape: Readonly<Record<string, z.core.$ZodType>> = query._zod.def.shape
  sameNames('query parameters', endpoint, Object.keys(shape), descriptions)
  const whole = inlineSchema(query)
  const required = new Set(Array.isArray(whole.required) ? whole.required : [])
  return Object.entries(shape).map(([name, field]): ParameterObject => {
    const description = descriptions[name] ?? ''
    const inner = field instanceof z.core.$ZodOptional ? field._zod.def.innerType : field
    // A comma-separated list: a string piped through split into an array of entries.
    if (inner instanceof z.core.$ZodPipe && inner._zod.def.out instanceof z.core.$ZodArray) {
      return {
        name,
        in: 'query',
        required: required.has(name),
        description,
        style: 'form',
        explode: false,
        schema: inlineSchema(inner._zod.def.out),
      }
    }
    return { name, in: 'query', required: required.has(name), description, schema: inlineSchema(field) }
  })
}

/** The errors that follow from the endpoint's data alone. */
function impliedErrors(endpoint: Endpoint): Set<ErrorStatus> {
  const implied = new Set<ErrorStatus>()
  if (endpoint.query || endpoint.body) implied.add('400') // an unknown query parameter or value; malformed JSON
  if (endpoint.access !== 'public') implied.add('401')
  if (typeof endpoint.access === 'object') implied.add('403')
  if (endpoint.params) implied.add('404')
  if (endpoint.bodyLimit?.code === 'too_large') implied.add('413')
  if (endpoint.body) implied.add('422') // an invalid body, or one over a `validation` limit
  if (endpoint.guard) implied.add('429')
  return implied
}

function responses(
  endpoint: Endpoint,
  docs: AnyOperationDocs,
  book: ComponentBook,
): Record<string, ResponseObject | ReferenceObject> {
  const fail = (why: string) => new Error(`openapi: ${endpoint.id}: ${why}`)
  const implied = impliedErrors(endpoint)
  const said: Readonly<Partial<Record<ErrorStatus, true | string>>> = docs.errors ?? {}
  for (const [status, words] of Object.entries(said))
    if (words === true && implied.has(status as ErrorStatus))
      throw fail(`its docs repeat ${status}, which the table implies`)
  const statuses = [...new Set<ErrorStatus>([...implied, ...(Object.keys(said) as ErrorStatus[])])]

  const answer = (status: ErrorStatus): ResponseObject | ReferenceObject => {
    const words = said[status]
    if (status === '429') {
      // An intake guard's 429 is described by the guard; any other (sign-in throttling) in the docs' words.
      if (endpoint.guard && words === undefined) return tooManyRequests(endpoint.guard, book)
      if (endpoint.guard || typeof words !== 'string') throw fail('429 follows from a guard, or from words of its own')
      return throttled(words, book)
    }
    if (typeof words === 'string') return errorAnswer(words, book)
    if (isSharedErrorStatus(status)) return sharedError(status)
    if (!endpoint.bodyLimit) throw fail('413 needs a body limit or words of its own')
    return errorAnswer(`\`too_large\`: the body is over ${endpoint.bodyLimit.bytes} bytes.`, book)
  }

  if ((endpoint.status === 204) !== (endpoint.response === null)) throw fail('204, and only 204, has no body')
  const cookie = endpoint.session && {
    'Set-Cookie': {
      description:
        endpoint.session === 'open'
          ? 'A real server: the HttpOnly session cookie (scheme `sessionCookie`). The mock sets none.'
          : 'A real server: clears the session cookie (scheme `sessionCookie`). The mock sets none.',
      schema: { type: 'string' },
    },
  }
  const success: ResponseObject = {
    description: docs.response,
    ...(cookie && { headers: cookie }),
    ...(endpoint.response && { content: { 'application/json': { schema: book.output(endpoint.response) } } }),
  }
  return {
    [String(endpoint.status)]: success,
    ...Object.fromEntries(statuses.map((status) => [status, answer(status)])),
    // The mock's own controls are never slowed or faulted; anything else may fail as any server can.
    ...(!endpoint.mockOnly && { default: unexpectedError }),
  }
}
