import type { Role } from '@/domain/model/user'

// The part of OpenAPI 3.1 the document uses, as types.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }
/** A JSON Schema 2020-12 object (OpenAPI 3.1's schema dialect). */
export type SchemaObject = JsonObject
export type ReferenceObject = { $ref: string }
export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete'
export const httpMethods: readonly HttpMethod[] = ['get', 'put', 'post', 'patch', 'delete']

export type ParameterObject = {
  name: string
  in: 'path' | 'query'
  required: boolean
  description: string
  schema: SchemaObject
  /** `form` + `explode: false` is OpenAPI's name for a comma-separated list: `status=planned,in_progress`. */
  style?: 'form' | 'simple'
  explode?: boolean
}
export type MediaTypeObject = { schema: SchemaObject; example?: JsonValue }
export type RequestBodyObject = {
  description?: string
  required: boolean
  content: { 'application/json': MediaTypeObject }
}
export type HeaderObject = { description: string; schema: SchemaObject }
export type ResponseObject = {
  description: string
  headers?: Record<string, HeaderObject>
  content?: { 'application/json': MediaTypeObject }
}
/** Each entry: one way to be let in; `{}` means no credentials at all. */
export type SecurityRequirement = Record<string, string[]>

/** Names of the rules written out in `x-rules`; operations list the ones that apply to them. */
export type RuleName =
  'light' | 'strikeOff' | 'statusTransitions' | 'appendOnlyUpdates' | 'versions' | 'itemPatch' | 'roles'

export type OperationObject = {
  operationId: string
  summary: string
  description?: string
  tags: string[]
  /** Absent: the document's default (a session). `[]`: public. */
  security?: SecurityRequirement[]
  parameters?: ParameterObject[]
  requestBody?: RequestBodyObject
  responses: Record<string, ResponseObject | ReferenceObject>
  'x-rules'?: RuleName[]
  /** The roles the endpoint admits at all (the route table's role rule); any other is answered 403. */
  'x-roles'?: Role[]
}
export type PathItemObject = Partial<Record<HttpMethod, OperationObject>>

export type SecuritySchemeObject =
  | { type: 'http'; scheme: 'bearer'; description: string }
  | { type: 'apiKey'; in: 'cookie'; name: string; description: string }

export type TagObject = { name: string; description: string }

export type OpenApiDocument = {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string; description: string }[]
  tags: TagObject[]
  security: SecurityRequirement[]
  paths: Record<string, PathItemObject>
  components: {
    schemas: Record<string, SchemaObject>
    responses: Record<string, ResponseObject>
    securitySchemes: Record<string, SecuritySchemeObject>
  }
  'x-rules': Record<RuleName, string>
}
