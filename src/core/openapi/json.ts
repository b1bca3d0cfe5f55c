import type { JsonObject, JsonValue } from './types'

// Plain JSON helpers for the document: what z.toJSONSchema hands back, checked to be JSON, and its `$ref`s.

/** Any value as JSON, or an error naming where it is not JSON. */
export function toJson(value: unknown, at = '#'): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (Array.isArray(value)) return value.map((entry, index) => toJson(entry, `${at}/${index}`))
  if (typeof value === 'object') {
    const object: JsonObject = {}
    for (const [key, entry] of Object.entries(value))
      if (entry !== undefined) object[key] = toJson(entry, `${at}/${key}`)
    return object
  }
  throw new Error(`openapi: ${at} is not JSON (${typeof value})`)
}

export function toJsonObject(value: unknown, at: string): JsonObject {
  const json = toJson(value, at)
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new Error(`openapi: ${at} is not a JSON object`)
  return json
}

/** zod's root keywords that do not belong in an OpenAPI component (`$id` would rebase every ref inside it). */
export function withoutRootKeywords({ $schema: _schema, $id: _id, ...schema }: JsonObject): JsonObject {
  return schema
}

export function mapRefs(value: JsonValue, rename: (ref: string) => string): JsonValue {
  if (Array.isArray(value)) return value.map((entry) => mapRefs(entry, rename))
  if (value === null || typeof value !== 'object') return value
  const object: JsonObject = {}
  for (const [key, entry] of Object.entries(value))
    object[key] = key === '$ref' && typeof entry === 'string' ? rename(entry) : mapRefs(entry, rename)
  return object
}

export function refsIn(value: JsonValue, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const entry of value) refsIn(entry, found)
  else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === '$ref' && typeof entry === 'string') found.push(entry)
      else refsIn(entry, found)
    }
  }
  return found
}
