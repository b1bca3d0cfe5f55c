import { z } from 'zod/mini'
import { DemandCountQuerySchema, DemandQuerySchema } from '@/domain/model/demand-query'
import { MockSettingsSchema } from '@/domain/model/mock-settings'
import { StatsQuerySchema } from '@/domain/model/stats-query'
import { activityKinds } from '@/domain/history'
import { lightRule } from '@/domain/light'
import { CampaignListSchema, CampaignSchema, CategorySchema } from '@/domain/model/campaign'
import { IdSchema, pageOf } from '@/domain/model/common'
import { DemandDraftSchema, DemandItemSchema, DemandPatchSchema, DemandSchema } from '@/domain/model/demand'
import { intakeLimits } from '@/domain/intake-limits'
import { PublicDemandDraftSchema, ReceiptSchema } from '@/domain/model/public-demand'
import { ErrorBodySchema } from '@/domain/model/errors'
import {
  ItemDraftSchema,
  ItemPatchSchema,
  ItemSchema,
  itemStatuses,
  updateKinds,
  UrgeStateSchema,
} from '@/domain/model/item'
import { ItemQuerySchema, itemSortFields } from '@/domain/model/item-query'
import { itemBatchLimits, ItemBatchResultSchema, ItemBatchSchema } from '@/domain/model/item-batch'
import { PublicBoardQuerySchema, PublicBoardSchema, PublicItemSchema } from '@/domain/model/public-board'
import { StruckOffItemSchema, StruckOffQuerySchema, StruckOffResponseSchema } from '@/domain/model/briefing'
import { BoardSchema } from '@/domain/model/board'
import { CategoryStatsResponseSchema, CategoryStatsSchema } from '@/domain/model/category-stats'
import {
  DemandStatsSchema,
  ListStatsSchema,
  SummarySchema,
  TrendSchema,
  UnitStatsResponseSchema,
  UnitStatsSchema,
} from '@/domain/model/stats'
import {
  QueueEntrySchema,
  queueReasons,
  SupervisionQuerySchema,
  SupervisionQueueSchema,
} from '@/domain/model/supervision'
import { UnitSchema } from '@/domain/model/unit'
import { UpdateDraftSchema, UpdateSchema } from '@/domain/model/update'
import { roles, SessionSchema, SignInSchema, UserSchema, type Role } from '@/domain/model/user'
import { updateKindsFor } from '@/domain/permissions'
import { nextStatuses } from '@/domain/status'
import { strikeOffBlockerText } from '@/domain/strike-off'
import { redListUrges } from '@/domain/urge'

// The OpenAPI 3.1 document of the whole REST contract (shared/CONTRACT.md), built from the domain's zod
// schemas with zod's own z.toJSONSchema so that it cannot drift. docs/openapi.json is its committed copy
// (`npm run openapi`); tests/contract/openapi.test.ts keeps the two equal.

// ---------------------------------------------------------------------------------------------------
// Types: the part of OpenAPI 3.1 this document uses.

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
}
export type PathItemObject = Partial<Record<HttpMethod, OperationObject>>

export type SecuritySchemeObject =
  | { type: 'http'; scheme: 'bearer'; description: string }
  | { type: 'apiKey'; in: 'cookie'; name: string; description: string }

export type OpenApiDocument = {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string; description: string }[]
  tags: { name: string; description: string }[]
  security: SecurityRequirement[]
  paths: Record<string, PathItemObject>
  components: {
    schemas: Record<string, SchemaObject>
    responses: Record<string, ResponseObject>
    securitySchemes: Record<string, SecuritySchemeObject>
  }
  'x-rules': Record<RuleName, string>
}

// ---------------------------------------------------------------------------------------------------
// Component schemas: every domain schema registered with an `id`, plus a few named envelopes.

/** Every schema of src/domain/model/ with a meta id; the test checks that none is missing. */
const domainSchemas: readonly z.ZodMiniType[] = [
  UserSchema,
  SessionSchema,
  SignInSchema,
  CampaignSchema,
  CampaignListSchema,
  CategorySchema,
  UnitSchema,
  ItemSchema,
  UrgeStateSchema,
  ItemDraftSchema,
  ItemPatchSchema,
  ItemBatchSchema,
  ItemBatchResultSchema,
  UpdateSchema,
  UpdateDraftSchema,
  DemandSchema,
  DemandDraftSchema,
  DemandPatchSchema,
  DemandItemSchema,
  PublicDemandDraftSchema,
  ReceiptSchema,
  ErrorBodySchema,
  SummarySchema,
  ListStatsSchema,
  DemandStatsSchema,
  UnitStatsResponseSchema,
  UnitStatsSchema,
  TrendSchema,
  CategoryStatsResponseSchema,
  CategoryStatsSchema,
  BoardSchema,
  PublicBoardSchema,
  PublicItemSchema,
  StruckOffResponseSchema,
  StruckOffItemSchema,
  QueueEntrySchema,
  SupervisionQueueSchema,
]

const envelope =
  'The list envelope every list endpoint answers in: one page of `items`, the `total` number matching, the `page` (1-based) and the `pageSize`.'

/** Response and request shapes the domain does not name; named here so that client generators get types. */
const envelopeSchemas = {
  UserPage: pageOf(UserSchema).register(z.globalRegistry, { description: `GET /api/users. ${envelope}` }),
  UnitPage: pageOf(UnitSchema).register(z.globalRegistry, { description: `GET /api/units. ${envelope}` }),
  ItemPage: pageOf(ItemSchema).register(z.globalRegistry, { description: `GET /api/items. ${envelope}` }),
  UpdatePage: pageOf(UpdateSchema).register(z.globalRegistry, {
    description: `GET /api/items/{id}/updates, oldest first. ${envelope}`,
  }),
  DemandPage: pageOf(DemandSchema).register(z.globalRegistry, {
    description: `GET /api/demands, newest first. ${envelope}`,
  }),
  CurrentUser: z
    .object({ user: UserSchema })
    .register(z.globalRegistry, { description: 'GET /api/session: the signed-in user.' }),
  UpdatePosted: z.object({ update: UpdateSchema, item: ItemSchema }).register(z.globalRegistry, {
    description: 'POST /api/items/{id}/updates: the new update and the item as it is after it.',
  }),
  MockSettings: MockSettingsSchema,
  MockReset: z
    .object({ ok: z.literal(true) })
    .register(z.globalRegistry, { description: 'POST /api/__mock/reset: the mock was re-seeded.' }),
} satisfies Record<string, z.ZodMiniType>

/** Schemas only ever sent by the client: their component is the input form (a default makes a field optional). */
const requestOnlySchemas: ReadonlySet<z.ZodMiniType> = new Set<z.ZodMiniType>([
  SignInSchema,
  ItemDraftSchema,
  ItemPatchSchema,
  ItemBatchSchema,
  UpdateDraftSchema,
  DemandDraftSchema,
  DemandPatchSchema,
  PublicDemandDraftSchema,
])

export type ComponentSchema = { schema: z.ZodMiniType; io: 'input' | 'output' }

/** The zod schema behind each named component and the form it is written in (for the contract test). */
export function componentSchemas(): Record<string, ComponentSchema> {
  const components: Record<string, ComponentSchema> = {}
  for (const schema of domainSchemas)
    components[domainId(schema)] = { schema, io: requestOnlySchemas.has(schema) ? 'input' : 'output' }
  for (const [id, schema] of Object.entries<z.ZodMiniType>(envelopeSchemas)) components[id] = { schema, io: 'output' }
  return components
}

function domainId(schema: z.ZodMiniType): string {
  const id = z.globalRegistry.get(schema)?.id
  if (typeof id !== 'string') throw new Error('openapi: a domain schema in the component list has no meta id')
  return id
}

const componentRef = (name: string) => `#/components/schemas/${name}`
const refPrefix = componentRef('')

/** Any value as JSON, or an error naming where it is not JSON. */
function toJson(value: unknown, at = '#'): JsonValue {
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

function toJsonObject(value: unknown, at: string): JsonObject {
  const json = toJson(value, at)
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new Error(`openapi: ${at} is not a JSON object`)
  return json
}

/** zod's root keywords that do not belong in an OpenAPI component (`$id` would rebase every ref inside it). */
function withoutRootKeywords({ $schema: _schema, $id: _id, ...schema }: JsonObject): JsonObject {
  return schema
}

function mapRefs(value: JsonValue, rename: (ref: string) => string): JsonValue {
  if (Array.isArray(value)) return value.map((entry) => mapRefs(entry, rename))
  if (value === null || typeof value !== 'object') return value
  const object: JsonObject = {}
  for (const [key, entry] of Object.entries(value))
    object[key] = key === '$ref' && typeof entry === 'string' ? rename(entry) : mapRefs(entry, rename)
  return object
}

function refsIn(value: JsonValue, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const entry of value) refsIn(entry, found)
  else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === '$ref' && typeof entry === 'string') found.push(entry)
      else refsIn(entry, found)
    }
  }
  return found
}

const componentName = (ref: string) => (ref.startsWith(refPrefix) ? ref.slice(refPrefix.length) : ref)

/**
 * Converts the components with z.toJSONSchema, once per io form, and hands out `$ref`s.
 * A request body refers to the input form, a response to the output form. Where the two differ for a
 * schema that is not request-only (today only MockSettings, sent by PUT and returned by GET), the input
 * form becomes an extra component `<Id>Input`.
 */
function createComponentBook() {
  const components = componentSchemas()
  const registry = z.registry<{ id: string }>()
  for (const [id, { schema }] of Object.entries(components)) registry.add(schema, { id })

  const convert = (io: 'input' | 'output') => {
    const { schemas } = z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io,
      // A schema with an id anywhere in the tree becomes a $ref to its component, never an inline copy.
      uri: componentRef,
      unrepresentable: 'throw',
      cycles: 'ref',
      reused: 'inline',
    })
    const converted: Record<string, JsonObject> = {}
    for (const [id, schema] of Object.entries(schemas)) {
      // `__shared` collects id'd schemas missing from the registry: a schema left out of `domainSchemas`.
      if (id === '__shared')
        throw new Error('openapi: a schema with a meta id is referenced but not listed in domainSchemas')
      converted[id] = withoutRootKeywords(toJsonObject(schema, `${io} ${id}`))
    }
    return converted
  }
  const output = convert('output')
  const input = convert('input')

  // The input form may share the output's name only if it is the same, down through every schema it refers to.
  const sameForms = new Map<string, boolean>()
  const isSame = (id: string): boolean => {
    const known = sameForms.get(id)
    if (known !== undefined) return known
    sameForms.set(id, true) // a cycle assumes equal; the direct comparison below still decides
    const same =
      JSON.stringify(input[id]) === JSON.stringify(output[id]) &&
      refsIn(input[id] ?? {}).every((ref) => isSame(componentName(ref)))
    sameForms.set(id, same)
    return same
  }
  const isRequestOnly = (id: string) => components[id]?.io === 'input'
  const inputName = (id: string) => (isRequestOnly(id) || isSame(id) ? id : `${id}Input`)
  const inputForm = (id: string) =>
    toJsonObject(
      mapRefs(input[id] ?? {}, (ref) => componentRef(inputName(componentName(ref)))),
      id,
    )

  const idOf = (schema: z.ZodMiniType) => {
    const entry = Object.entries(components).find(([, component]) => component.schema === schema)
    if (!entry) throw new Error('openapi: a request or response schema is not a component')
    return entry[0]
  }

  const requestedInputs = new Set<string>()

  return {
    /** `$ref` for a request body. */
    input(schema: z.ZodMiniType): SchemaObject {
      const name = inputName(idOf(schema))
      requestedInputs.add(name)
      return { $ref: componentRef(name) }
    },
    /** `$ref` for a response body. */
    output(schema: z.ZodMiniType): SchemaObject {
      const id = idOf(schema)
      if (isRequestOnly(id) && !isSame(id)) throw new Error(`openapi: ${id} is request-only but used in a response`)
      return { $ref: componentRef(id) }
    },
    /** Every component, sorted by name, plus the `<Id>Input` forms that some request refers to. */
    emit(): Record<string, SchemaObject> {
      const emitted: Record<string, SchemaObject> = {}
      for (const id of Object.keys(components).sort()) {
        if (isRequestOnly(id)) {
          emitted[id] = inputForm(id)
          continue
        }
        emitted[id] = output[id] ?? {}
        for (const ref of refsIn(emitted[id])) {
          const target = componentName(ref)
          if (isRequestOnly(target) && !isSame(target))
            throw new Error(`openapi: response schema ${id} refers to request-only ${target}`)
        }
      }
      // Extra input forms, until every ref (from a request body or a component) resolves.
      for (
        let missing = unresolved(emitted, requestedInputs);
        missing.length > 0;
        missing = unresolved(emitted, requestedInputs)
      ) {
        for (const name of missing) {
          const id = name.replace(/Input$/, '')
          if (name === id || !(id in components)) throw new Error(`openapi: unresolved reference ${name}`)
          emitted[name] = inputForm(id)
        }
      }
      return emitted
    },
  }
}

type ComponentBook = ReturnType<typeof createComponentBook>

function unresolved(emitted: Record<string, SchemaObject>, requested: ReadonlySet<string>): string[] {
  const all = [...requested, ...Object.values(emitted).flatMap((schema) => refsIn(schema).map(componentName))]
  return [...new Set(all)].filter((name) => !(name in emitted)).sort()
}

/** A schema with no component of its own (a query or path parameter), written inline. */
function inlineSchema(schema: z.core.$ZodType, io: 'input' | 'output' = 'input'): SchemaObject {
  const json = withoutRootKeywords(
    toJsonObject(z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' }), 'parameter'),
  )
  if (refsIn(json).length > 0) throw new Error('openapi: a parameter schema refers to a component; describe it by hand')
  return json
}

// ---------------------------------------------------------------------------------------------------
// Parameters. GET /api/items is described from ItemQuerySchema itself, in its input form (the wire):
// the query's transforms (comma lists, booleans) have no JSON Schema, but each piece does.

type QuerySchema = z.ZodMiniObject<Record<string, z.core.$ZodType>>

function queryParameters<S extends QuerySchema>(
  query: S,
  descriptions: Record<keyof S['shape'] & string, string>,
): ParameterObject[] {
  const whole = toJsonObject(z.toJSONSchema(query, { target: 'draft-2020-12', io: 'input' }), 'query')
  const required = new Set(Array.isArray(whole.required) ? whole.required : [])
  const describe: Record<string, string> = descriptions
  return Object.entries(query.shape).map(([name, field]): ParameterObject => {
    const description = describe[name]
    if (description === undefined) throw new Error(`openapi: query parameter ${name} has no description`)
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

const addition = (why: string) => ` *Addition to CONTRACT.md: ${why}*`

// A function, not a constant: nothing is converted when the module is merely imported (the mock imports it in the browser).
const itemQueryParameters = () =>
  queryParameters(ItemQuerySchema, {
    list: 'Campaign list ids, comma-separated (`list=a,b`): items of any of them.',
    unit: 'Unit ids, comma-separated.',
    status: 'Statuses, comma-separated.',
    light: 'Lights, comma-separated (x-rules.light).',
    category: 'Category ids (Campaign.categories), comma-separated.' + addition('the ledger filters by category.'),
    key: '`true`: only key items (重点项目); `false`: only the others.',
    overdue: '`true`: items past their deadline and not yet done or closed; `false`: the others.',
    redList:
      `\`true\`: items on the red list (${redListUrges} or more unanswered urges, Item.urge.redList); \`false\`: the others.` +
      addition('the supervision view lists the red list.'),
    q: 'Free text, case-insensitive, in the code, title, content, owner, lead leader, beneficiaries and unit name.',
    asOf:
      'The items as they stood at the end of this day, replayed from their dated updates (status, progress, light, urges); content and key as they are now. Not after today (else 400). Default: today.' +
      addition('the board can be looked at as of a past date.'),
    sort: `One field, \`-field\` for descending: ${itemSortFields.map((field) => `\`${field}\``).join(', ')}. Ties fall back to \`code\`. Default \`code\`.`,
    page: '1-based page number.',
    pageSize: 'Items per page.',
  })

const statsQueryDescriptions = {
  list: 'A campaign list id; absent: all lists. An unknown list → 400.',
  asOf: 'Count as at the end of this day (replayed from the dated updates). Not after today (else 400). Default: today.',
}

const demandStageText =
  'A stage of the demand funnel (src/domain/demand-stage.ts), cumulative: `adopted` — adopted or answered and linked to an existing item; ' +
  '`done` — of those, the item is done or struck off; `closed` — of those, the item is struck off. The same rule counts ' +
  '`DemandStats.linked`, `linkedDone` and `linkedClosed`, so each figure and the list behind it agree.'

const rateLimitText = (action: 'submit' | 'lookup') =>
  `At most ${intakeLimits[action].limit} per client in any ${intakeLimits[action].windowSeconds / 60} minutes (sliding window; the client is the first address of X-Forwarded-For, as a gateway sees it).`

const tooManyRequests = (action: 'submit' | 'lookup', book: ComponentBook): ResponseObject => ({
  description: `\`rate_limited\`: over the limit. ${rateLimitText(action)} The message says, in Chinese, when to try again.`,
  headers: {
    'Retry-After': { description: 'Seconds until the client may try again.', schema: { type: 'integer', minimum: 1 } },
  },
  content: { 'application/json': { schema: book.output(ErrorBodySchema) } },
})

const idParameter = (what: string): ParameterObject => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s id.`,
  schema: inlineSchema(IdSchema),
})

// ---------------------------------------------------------------------------------------------------
// Rules, written out once here from the domain's constants (the domain code is the rule itself).

const lightText = [
  '`light` is computed by the backend on every read, never stored or sent by a client (src/domain/light.ts, `lightOf`).',
  '`none` when the status is done or closed. Otherwise',
  `\`red\` when the deadline has passed, or progress trails the schedule by more than ${lightRule.redGap} points, or there was no activity for more than ${lightRule.redStaleDays} days;`,
  `\`yellow\` when progress trails the schedule by more than ${lightRule.yellowGap} points, or there was no activity for more than ${lightRule.yellowStaleDays} days,`,
  `or the deadline is ${lightRule.dueSoonDays} days away or less with progress under ${lightRule.dueSoonProgress};`,
  '`green` otherwise.',
  'Schedule: expected progress = round(100 × (today − created) ÷ (deadline − created)), held within 0–100.',
  `Activity: the last update of kind ${[...activityKinds].map((kind) => `\`${kind}\``).join(', ')}; before any, the creation date.`,
].join(' ')

const strikeOffText = [
  'Strike-off (事结销号) is the status change `done` → `closed`, posted as an update of kind `status` with `toStatus: closed`;',
  'only `supervisor` and `admin` may do it (src/domain/strike-off.ts, permissions.ts `canStrikeOff`). It needs all of:',
  'status `done`; progress 100; a completion note (`Item.completionNote`, the note of the status update that marked the item done);',
  'and a recorded satisfaction result (at least one update of kind `satisfaction`).',
  'Otherwise 422 `validation` with `fields.toStatus` naming each thing missing:',
  `${Object.values(strikeOffBlockerText)
    .map((text) => `“${text}”`)
    .join('; ')}.`,
  'Striking off answers the demands behind the item with its completion note. On a closed item only instructions may still be posted (else 422).',
].join(' ')

const statusTransitionsText = [
  'Status changes go one step at a time (src/domain/status.ts):',
  itemStatuses
    .map(
      (from) =>
        `\`${from}\` → ${
          nextStatuses(from)
            .map((to) => `\`${to}\``)
            .join(' or ') || 'nothing'
        }`,
    )
    .join('; ') + '.',
  '`done` → `in_progress` reopens finished work (supervisor or admin only) and clears the completion note.',
  'Marking `done` sets progress to 100 and makes the update’s note the completion note.',
  'A progress update above 0 on a `planned` item also moves it to `in_progress`.',
  'Any other step → 422 with `fields.toStatus`.',
].join(' ')

const appendOnlyText =
  'Updates (进展, 催办, 批示, 回访 …) are append-only: there is no PUT, PATCH or DELETE for them, and a correction is a new update. ' +
  'GET /api/items/{id}/updates lists them oldest first; the statistics and `asOf` views are replayed from them.'

const versionsText =
  'Every item carries `version`, starting at 1. PATCH /api/items/{id} must send the version it read; POST /api/items/{id}/updates may send it. ' +
  'If it is not the current version, nothing changes and the answer is 409 `conflict` whose body also carries the item as it is now as `current`. ' +
  'A content patch and every `progress` or `status` update raise the version by one; other update kinds leave it.'

const itemPatchText =
  'PATCH /api/items/{id} changes content fields, the deadline, the linked demands and `key`. It never changes `progress` or `status`: ' +
  'those change only through posted updates (kinds `progress` and `status`), so that every change is dated in the history. ' +
  'Fields that are not part of ItemPatch are ignored.'

const rolesText =
  'The role table in info.description, enforced by every backend with the functions of src/domain/permissions.ts; the UI only mirrors it. ' +
  '403 `forbidden`: the role or unit may not do this. 422 `validation`: the role may, but not in the item’s present state (e.g. a closed item).'

const xRules: Record<RuleName, string> = {
  light: lightText,
  strikeOff: strikeOffText,
  statusTransitions: statusTransitionsText,
  appendOnlyUpdates: appendOnlyText,
  versions: versionsText,
  itemPatch: itemPatchText,
  roles: rolesText,
}

function updateKindsCell(role: Role): string {
  const kinds = updateKindsFor({ id: role, name: role, role, unitId: null })
  const missing = updateKinds.filter((kind) => !kinds.includes(kind))
  const quoted = (list: readonly string[]) => list.map((kind) => `\`${kind}\``).join(', ')
  const cell =
    missing.length === 0 ? 'all' : missing.length < kinds.length ? `all but ${quoted(missing)}` : quoted(kinds)
  return role === 'secretary' ? `${cell} on own unit` : cell
}

const roleRows: readonly (readonly [string, Record<Role, string>])[] = [
  [
    'read everything except the public board’s hidden fields',
    { leader: 'yes', supervisor: 'yes', secretary: 'yes', admin: 'yes' },
  ],
  [
    'create an item',
    {
      leader: 'no',
      supervisor: 'any list',
      secretary: 'lists of level `grassroots` (双百), own unit only',
      admin: 'yes',
    },
  ],
  [
    'edit content fields, deadline',
    { leader: 'no', supervisor: 'yes', secretary: 'own unit, not closed', admin: 'yes' },
  ],
  ['set progress, status up to `done`', { leader: 'no', supervisor: 'yes', secretary: 'own unit', admin: 'yes' }],
  ['move an item back from `done`', { leader: 'no', supervisor: 'yes', secretary: 'no', admin: 'yes' }],
  [
    'set `key` (select the key items, up to the list’s `keyTarget`)',
    { leader: 'no', supervisor: 'yes', secretary: 'no', admin: 'yes' },
  ],
  [
    'strike off (`done` → `closed`)',
    { leader: 'no', supervisor: 'yes, x-rules.strikeOff', secretary: 'no', admin: 'yes, x-rules.strikeOff' },
  ],
  [
    'post update kinds',
    {
      leader: updateKindsCell('leader'),
      supervisor: updateKindsCell('supervisor'),
      secretary: updateKindsCell('secretary'),
      admin: updateKindsCell('admin'),
    },
  ],
  ['record or triage demands', { leader: 'no', supervisor: 'yes', secretary: 'own unit', admin: 'yes' }],
]

const roleNames: Record<Role, string> = {
  leader: '集团领导',
  supervisor: '督办 / 巡回指导组',
  secretary: '支部书记, bound to one grassroots unit',
  admin: '系统管理员',
}

const roleTable = [
  `| action | ${roles.map((role) => `\`${role}\``).join(' | ')} |`,
  `|---|${roles.map(() => '---|').join('')}`,
  ...roleRows.map(([action, cells]) => `| ${action} | ${roles.map((role) => cells[role]).join(' | ')} |`),
].join('\n')

const infoDescription = `REST contract of 办实事作战图, the board of the “我为职工办实事” campaign (shared/CONTRACT.md, in full).
Generated from the domain's zod schemas (src/domain/model/) by src/api/openapi.ts; docs/openapi.json is its committed copy,
and a test fails when the two differ (\`npm run openapi\` rewrites it). The in-browser mock (msw) and every real backend serve it.

JSON bodies in UTF-8. Dates \`YYYY-MM-DD\` (China time), instants ISO 8601 with an offset. Every non-2xx answer has the body
\`Error\`: \`{"error": {"code", "message" (Chinese, for a person), "fields" (validation only: field → why)}}\`;
a 409 also carries \`current\`. Request bodies are checked by the schema named in each operation: malformed JSON → 400,
well-formed but invalid → 422 naming each bad field.

## Sessions
\`POST /session\` answers \`{user, token}\`. Send \`Authorization: Bearer <token>\` (scheme \`bearerAuth\`); a real server also sets
an HttpOnly session cookie (scheme \`sessionCookie\`) that works instead. No or an expired session → 401.

## Roles
\`leader\` (${roleNames.leader}), \`supervisor\` (${roleNames.supervisor}), \`secretary\` (${roleNames.secretary}), \`admin\` (${roleNames.admin}).
Every rule is enforced by the backend; the UI only mirrors it (x-rules.roles).

${roleTable}

## Rules
Written out in \`x-rules\` (light, strikeOff, statusTransitions, appendOnlyUpdates, versions, itemPatch, roles); each operation's
\`x-rules\` names those that apply to it.

## Additions to CONTRACT.md, and why
CONTRACT.md names the minimum; nothing of it is renamed here. Added:
- Fields beyond the minimum (e.g. \`Item.completionNote\` for the strike-off, \`Item.urge\` for the urge ladder and red list,
  \`Item.lastUpdate\` for ledgers, \`Demand.receipt\` for workers to look their demand up): each is described in its schema.
- Filters \`category\`, \`redList\` and \`asOf\` on GET /items and \`item\`, \`stage\` on GET /demands: see each parameter.
- The public intake: POST /public/demands and GET /public/receipts/{id} (\`Receipt\`), GET /stats/demands, \`Demand.item\`, and the
  error code \`too_large\` (413) for a body over the intake's cap.
- GET /stats/struck-off (the briefing's items struck off in a period); filters, paging and counts on GET /public/board.
- Named envelopes (\`UserPage\`, \`ItemPage\`, …), \`CurrentUser\`, \`UpdatePosted\`: so that client generators get named types.
- Status codes: creating answers 201; a \`default\` response documents the codes CONTRACT.md does not list but \`Error.code\` has
  (\`rate_limited\` 429, \`server_error\` 500, which the mock also injects on demand), same body.
- The session cookie's name \`session\`: OpenAPI needs one; clients never read it.
- \`x-rules\`: \`statusTransitions\` (the one-step status rule, which strike-off and reopening build on) and \`roles\` (how a
  refusal is answered) join the rules asked for.
- The mock-only endpoints (tag “mock only”), which a real server does not serve.`

// ---------------------------------------------------------------------------------------------------
// Responses

type ErrorStatus = '400' | '401' | '403' | '404' | '409' | '422'

const errorExamples: Record<Exclude<ErrorStatus, '409'>, JsonObject> = {
  '400': { error: { code: 'bad_request', message: '查询参数有误：status' } },
  '401': { error: { code: 'unauthenticated', message: '请先登录' } },
  '403': { error: { code: 'forbidden', message: '只能处理本单位的项目' } },
  '404': { error: { code: 'not_found', message: '项目不存在' } },
  '422': {
    error: {
      code: 'validation',
      message: '提交的内容有误，请按提示修改',
      fields: { deadline: '完成时限不能早于今天' },
    },
  },
}

const errorResponseNames: Record<ErrorStatus, string> = {
  '400': 'BadRequest',
  '401': 'Unauthenticated',
  '403': 'Forbidden',
  '404': 'NotFound',
  '409': 'Conflict',
  '422': 'Validation',
}

function errorResponses(book: ComponentBook): Record<string, ResponseObject> {
  const body = (status: Exclude<ErrorStatus, '409'>, description: string): ResponseObject => ({
    description,
    content: { 'application/json': { schema: book.output(ErrorBodySchema), example: errorExamples[status] } },
  })
  return {
    BadRequest: body('400', '`bad_request`: malformed JSON, or an unknown query parameter or value.'),
    Unauthenticated: body('401', '`unauthenticated`: no session, or it has expired.'),
    Forbidden: body('403', '`forbidden`: the role or unit may not do this (x-rules.roles).'),
    NotFound: body('404', '`not_found`: no such resource.'),
    Conflict: {
      description:
        '`conflict`: the `version` sent is stale. Nothing was changed; `current` is the item as it is now (x-rules.versions).',
      content: {
        'application/json': {
          schema: {
            allOf: [
              book.output(ErrorBodySchema),
              { type: 'object', required: ['current'], properties: { current: book.output(ItemSchema) } },
            ],
          },
        },
      },
    },
    Validation: body(
      '422',
      '`validation`: well-formed but invalid, or not allowed in the present state; `fields` names each bad field.',
    ),
    UnexpectedError: {
      description:
        'Any other failure, with the same body: `rate_limited` (429), `server_error` (500; the mock injects these when its failure rate is set).',
      content: { 'application/json': { schema: book.output(ErrorBodySchema) } },
    },
  }
}

const errors = (...statuses: ErrorStatus[]): Record<string, ReferenceObject> =>
  Object.fromEntries([
    ...statuses.map((status) => [status, { $ref: `#/components/responses/${errorResponseNames[status]}` }] as const),
    ['default', { $ref: '#/components/responses/UnexpectedError' }] as const,
  ])

const json = (description: string, schema: SchemaObject): ResponseObject => ({
  description,
  content: { 'application/json': { schema } },
})

const body = (schema: SchemaObject, description?: string): RequestBodyObject => ({
  ...(description === undefined ? {} : { description }),
  required: true,
  content: { 'application/json': { schema } },
})

const publicAccess: SecurityRequirement[] = []

// ---------------------------------------------------------------------------------------------------
// Paths, relative to the server url `/api`.

function buildPaths(book: ComponentBook): Record<string, PathItemObject> {
  const { input, output } = book
  return {
    '/users': {
      get: {
        operationId: 'listUsers',
        summary: 'The demo users to sign in as',
        description: 'Anyone. A real server may restrict it.',
        tags: ['session'],
        security: publicAccess,
        responses: { '200': json('The users.', output(envelopeSchemas.UserPage)), ...errors() },
      },
    },
    '/session': {
      post: {
        operationId: 'signIn',
        summary: 'Sign in',
        description:
          'Anyone. `{userId}` on the mock (any demo user of GET /users, no password); `{username, password}` on a real server. ' +
          'Answers the user and a token for `Authorization: Bearer <token>`; a real server also sets the session cookie.',
        tags: ['session'],
        security: publicAccess,
        requestBody: body(input(SignInSchema)),
        responses: {
          '201': {
            description: 'Signed in.',
            headers: {
              'Set-Cookie': {
                description: 'A real server: the HttpOnly session cookie (scheme `sessionCookie`). The mock sets none.',
                schema: { type: 'string' },
              },
            },
            content: { 'application/json': { schema: output(SessionSchema) } },
          },
          '400': { $ref: '#/components/responses/BadRequest' },
          '401': json('`unauthenticated`: wrong username or password.', output(ErrorBodySchema)),
          '422': json(
            '`validation`: a field is missing, or no such demo user (`fields.userId`).',
            output(ErrorBodySchema),
          ),
          default: { $ref: '#/components/responses/UnexpectedError' },
        },
      },
      get: {
        operationId: 'getSession',
        summary: 'The signed-in user',
        tags: ['session'],
        responses: { '200': json('The current user.', output(envelopeSchemas.CurrentUser)), ...errors('401') },
      },
      delete: {
        operationId: 'signOut',
        summary: 'Sign out',
        description: 'Ends the session of the token (or cookie) sent.',
        tags: ['session'],
        responses: { '204': { description: 'Signed out.' }, ...errors('401') },
      },
    },
    '/campaign': {
      get: {
        operationId: 'getCampaign',
        summary: 'The current campaign with its lists and categories',
        tags: ['campaign'],
        responses: { '200': json('The campaign.', output(CampaignSchema)), ...errors('401') },
      },
    },
    '/units': {
      get: {
        operationId: 'listUnits',
        summary: 'The units: the group, its departments and the grassroots units',
        description:
          'Anyone.' +
          addition(
            'CONTRACT.md lists it as signed in; unit names are public anyway (the public board shows them) and the sign-in page and the QR intake page need them before anyone signs in.',
          ),
        tags: ['campaign'],
        security: publicAccess,
        responses: { '200': json('All units, in one page.', output(envelopeSchemas.UnitPage)), ...errors() },
      },
    },
    '/items': {
      get: {
        operationId: 'listItems',
        summary: 'Items, filtered, searched, sorted and paged',
        description:
          'Signed in. Filters combine with AND; the values of one comma-separated filter with OR. An unknown parameter or value → 400. ' +
          'The meaning of the query is src/domain/item-query.ts, once for every backend.',
        tags: ['items'],
        parameters: itemQueryParameters(),
        responses: { '200': json('One page of items.', output(envelopeSchemas.ItemPage)), ...errors('400', '401') },
        'x-rules': ['light'],
      },
      post: {
        operationId: 'createItem',
        summary: 'Create an item',
        description:
          'By role (x-rules.roles: supervisor any list; secretary lists of level grassroots, own unit; admin). ' +
          'The backend sets `code` (the list’s prefix and a number), status `planned`, progress 0 and version 1. ' +
          '422 when the list is unknown, the unit’s kind does not fit the list’s level, the category is unknown, the deadline is before today ' +
          'or after the campaign’s end, a linked demand does not exist, or `key` would exceed the list’s `keyTarget`.',
        tags: ['items'],
        requestBody: body(input(ItemDraftSchema)),
        responses: { '201': json('The item as created.', output(ItemSchema)), ...errors('400', '401', '403', '422') },
        'x-rules': ['roles'],
      },
    },
    '/items/batch': {
      post: {
        operationId: 'createItems',
        summary: 'Create many items at once (the spreadsheet import)',
        description:
          `At most ${itemBatchLimits.maxItems} drafts and ${itemBatchLimits.maxBodyBytes / 1024 / 1024} MB per request; a client sends a longer file in chunks. ` +
          'Each draft is checked on its own by the same rules, in the same order, as POST /api/items (x-rules.roles: a secretary only for their own unit in lists of level grassroots), ' +
          'and answered in `results` at its `index`: the item as created, or the error POST /api/items would have given (`forbidden`, or `validation` with `fields`). ' +
          'Valid drafts are created in one transaction, their codes handed out in request order; invalid ones do not stop the others; no draft is left without a result. ' +
          'The request fails as a whole only when it cannot be read: no session (401), malformed JSON (400), no `items` array (422), ' +
          `more than ${itemBatchLimits.maxItems} drafts or a larger body (413 \`too_large\`).` +
          addition('importing 5,000 rows one request at a time takes minutes; in chunks of 1,000 it takes seconds.'),
        tags: ['items'],
        requestBody: body(input(ItemBatchSchema)),
        responses: {
          '200': json('One result per draft, in request order.', output(ItemBatchResultSchema)),
          ...errors('400', '401', '422'),
          '413': json(
            `\`too_large\`: more than ${itemBatchLimits.maxItems} drafts, or a body over ${itemBatchLimits.maxBodyBytes} bytes.`,
            output(ErrorBodySchema),
          ),
        },
        'x-rules': ['roles'],
      },
    },
    '/items/{id}': {
      get: {
        operationId: 'getItem',
        summary: 'One item',
        tags: ['items'],
        parameters: [idParameter('item')],
        responses: { '200': json('The item.', output(ItemSchema)), ...errors('401', '404') },
        'x-rules': ['light'],
      },
      patch: {
        operationId: 'patchItem',
        summary: 'Edit an item’s content, deadline, demand links or key',
        description:
          'By role. Carries the `version` read; stale → 409 with `current`. Does not change progress or status (x-rules.itemPatch). ' +
          'Content and deadline: supervisor, admin, or the secretary of the item’s unit while it is not closed. `key`: supervisor or admin, ' +
          'within the list’s `keyTarget`. A changed deadline must lie between today and the campaign’s end. ' +
          '`demandIds` replaces the links: demands no longer listed go back to `new`.',
        tags: ['items'],
        parameters: [idParameter('item')],
        requestBody: body(input(ItemPatchSchema)),
        responses: {
          '200': json('The item after the change.', output(ItemSchema)),
          ...errors('400', '401', '403', '404', '409', '422'),
        },
        'x-rules': ['itemPatch', 'versions', 'roles'],
      },
    },
    '/items/{id}/updates': {
      get: {
        operationId: 'listItemUpdates',
        summary: 'The item’s updates, oldest first',
        tags: ['updates'],
        parameters: [idParameter('item')],
        responses: {
          '200': json('All of the item’s updates, in one page.', output(envelopeSchemas.UpdatePage)),
          ...errors('401', '404'),
        },
        'x-rules': ['appendOnlyUpdates'],
      },
      post: {
        operationId: 'postItemUpdate',
        summary: 'Post an update: progress, status change, inspection, urge, reply, instruction or satisfaction result',
        description:
          'By role and kind (x-rules.roles, “post update kinds”). Posting `progress` or `status` also changes the item ' +
          '(x-rules.statusTransitions, x-rules.strikeOff). May carry the `version` read; stale → 409 with `current`. ' +
          '422 also when an urge’s `replyBy` is before today, an inspection’s `visitedOn` after today, or `satisfied` exceeds `surveyed` ' +
          '(a rule of UpdateDraft that JSON Schema cannot state).',
        tags: ['updates'],
        parameters: [idParameter('item')],
        requestBody: body(input(UpdateDraftSchema)),
        responses: {
          '201': json('The new update and the item after it.', output(envelopeSchemas.UpdatePosted)),
          ...errors('400', '401', '403', '404', '409', '422'),
        },
        'x-rules': ['appendOnlyUpdates', 'statusTransitions', 'strikeOff', 'versions', 'roles'],
      },
    },
    '/supervision/queue': {
      get: {
        operationId: 'getSupervisionQueue',
        summary: 'What needs a supervisor now, most urgent first',
        description:
          'Signed in. Every item that is not closed and has a reason (QueueReason): on the red list, an urge past its reply-by date, overdue, a red or yellow light, ' +
          `or done and waiting for strike-off. Most urgent first: the most urgent reason (${queueReasons.map((reason) => `\`${reason}\``).join(' > ')}), ` +
          'then more reasons before fewer, key items first, the earliest reply-by date (urges) or deadline first, then the code (src/domain/supervision-queue.ts).' +
          addition(
            'the supervision queue (督办) is served by the backend so that 50,000 items need not reach the browser.',
          ),
        tags: ['supervision'],
        parameters: queryParameters(SupervisionQuerySchema, {
          list: 'Only items of this campaign list.',
          unit: 'Only items of this unit.',
          key: '`true`: only key items; `false`: only the others.',
          reason: 'Only entries with this reason (the counts still cover every reason).',
          page: '1-based page number.',
          pageSize: 'Entries per page.',
        }),
        responses: {
          '200': json('One page of the queue and the count per reason.', output(SupervisionQueueSchema)),
          ...errors('400', '401'),
        },
        'x-rules': ['light'],
      },
    },
    '/stats/summary': {
      get: {
        operationId: 'getSummary',
        summary: 'Per-list counts and the demand statistics',
        description: '`done` counts finished work (status done or closed), `closed` the struck-off part of it.',
        tags: ['stats'],
        parameters: queryParameters(z.pick(StatsQuerySchema, { asOf: true }), { asOf: statsQueryDescriptions.asOf }),
        responses: { '200': json('The summary.', output(SummarySchema)), ...errors('400', '401') },
        'x-rules': ['light'],
      },
    },
    '/stats/units': {
      get: {
        operationId: 'getUnitStats',
        summary: 'Counts per unit',
        tags: ['stats'],
        parameters: queryParameters(StatsQuerySchema, statsQueryDescriptions),
        responses: {
          '200': json('One entry per unit with items.', output(UnitStatsResponseSchema)),
          ...errors('400', '401'),
        },
      },
    },
    '/stats/trend': {
      get: {
        operationId: 'getTrend',
        summary: 'Cumulative items done, struck off and planned, by week',
        tags: ['stats'],
        parameters: queryParameters(StatsQuerySchema, statsQueryDescriptions),
        responses: {
          '200': json('The weeks from the campaign’s start to `asOf`.', output(TrendSchema)),
          ...errors('400', '401'),
        },
      },
    },
    '/stats/categories': {
      get: {
        operationId: 'getCategoryStats',
        summary: 'Counts per item category',
        description:
          'The same counts as every other stats row, one row per category of Campaign.categories that has items.' +
          addition('the wall charts items by category.'),
        tags: ['stats'],
        parameters: queryParameters(StatsQuerySchema, statsQueryDescriptions),
        responses: {
          '200': json('One entry per category with items.', output(CategoryStatsResponseSchema)),
          ...errors('400', '401'),
        },
        'x-rules': ['light'],
      },
    },
    '/stats/board': {
      get: {
        operationId: 'getBoard',
        summary: 'One list’s items as columns, for the chip board',
        description:
          'Status and light of every item of one list, replayed to `asOf`, as parallel arrays so the wall can draw 50,000 chips without downloading 50,000 items. `list` is required.' +
          addition('the wall draws one chip per item.'),
        tags: ['stats'],
        parameters: queryParameters(StatsQuerySchema, statsQueryDescriptions),
        responses: { '200': json('The list’s items.', output(BoardSchema)), ...errors('400', '401') },
        'x-rules': ['light'],
      },
    },
    '/stats/struck-off': {
      get: {
        operationId: 'getStruckOff',
        summary: 'Items struck off in a period, for the briefing (通报)',
        description:
          'Signed in. Every item whose strike-off (x-rules.strikeOff) fell after the end of `since` and by the end of `asOf`, with the satisfaction results ' +
          'recorded on it by `asOf`. A strike-off is final, so their number equals `closed` as of `asOf` minus `closed` as of `since` (GET /stats/summary). ' +
          '`since` after `asOf`, `asOf` after today, or an unknown unit or list → 400.' +
          addition(
            'the monthly briefing lists the items struck off since the last briefing without downloading every item.',
          ),
        tags: ['stats'],
        parameters: queryParameters(StruckOffQuerySchema, {
          since: 'The day of the last briefing: items struck off on it or before are left out.',
          asOf: statsQueryDescriptions.asOf,
          unit: 'A unit id: only its items.',
          list: statsQueryDescriptions.list,
        }),
        responses: {
          '200': json('The items, oldest strike-off first.', output(StruckOffResponseSchema)),
          ...errors('400', '401'),
        },
        'x-rules': ['strikeOff'],
      },
    },
    '/demands': {
      get: {
        operationId: 'listDemands',
        summary: 'Workers’ demands (诉求), newest first',
        tags: ['demands'],
        parameters: queryParameters(DemandQuerySchema, {
          channel: 'Only demands of this channel.',
          unit: 'Only demands of this unit.',
          status: 'Only demands in this status.',
          item: 'Only demands linked to this item.' + addition('the item page lists the demands behind it.'),
          stage: demandStageText + addition('the wall’s demand funnel drills down to exactly the demands it counts.'),
          q: 'Free text, case-insensitive, in the text and the receipt number.',
          page: '1-based page number.',
          pageSize: 'Demands per page.',
        }),
        responses: { '200': json('One page of demands.', output(envelopeSchemas.DemandPage)), ...errors('400', '401') },
      },
      post: {
        operationId: 'createDemand',
        summary: 'Record a demand',
        description:
          'A demand of channel `qr_form` (the worker’s own form behind the QR code) may be posted without a session; any other channel needs one → else 401. ' +
          'With a session, by role: supervisor, admin, or the secretary of the demand’s unit. The backend sets the receipt number, status `new` and ' +
          'the times; an anonymous demand keeps no name or phone. 422 also for an unknown unit.',
        tags: ['demands'],
        security: [{}, { bearerAuth: [] }, { sessionCookie: [] }],
        requestBody: body(input(DemandDraftSchema)),
        responses: {
          '201': json('The demand as recorded, with its receipt number.', output(DemandSchema)),
          ...errors('400', '401', '403', '422'),
        },
        'x-rules': ['roles'],
      },
    },
    '/demands/{id}': {
      patch: {
        operationId: 'patchDemand',
        summary: 'Triage a demand: adopt into an item, link, merge, reject or answer',
        description:
          'By role: supervisor, admin, or the secretary of the demand’s unit (src/domain/demand-rules.ts). ' +
          '`adopted` needs an existing `itemId`; `rejected` and `answered` need a `reply`; `merged` needs `mergedInto`: another existing demand ' +
          'that is not itself merged. Otherwise 422 naming the field. Linking keeps `Item.demandIds` in step.',
        tags: ['demands'],
        parameters: [idParameter('demand')],
        requestBody: body(input(DemandPatchSchema)),
        responses: {
          '200': json('The demand after the change.', output(DemandSchema)),
          ...errors('400', '401', '403', '404', '422'),
        },
        'x-rules': ['roles'],
      },
    },
    '/stats/demands': {
      get: {
        operationId: 'getDemandStats',
        summary: 'Counts of the demands matching the pool’s filters',
        description:
          'Signed in. The filters of GET /demands without paging; the answer is DemandStats over the matching demands as of today ' +
          '(by status, by channel, and the funnel `linked` ⊇ `linkedDone` ⊇ `linkedClosed`).' +
          addition('the demand pool charts its counts by channel and status for the filters in use.'),
        tags: ['demands'],
        parameters: queryParameters(DemandCountQuerySchema, {
          channel: 'Only demands of this channel.',
          unit: 'Only demands of this unit.',
          status: 'Only demands in this status.',
          item: 'Only demands linked to this item.',
          stage: demandStageText,
          q: 'Free text, case-insensitive, in the text and the receipt number.',
        }),
        responses: { '200': json('The counts.', output(DemandStatsSchema)), ...errors('400', '401') },
      },
    },
    '/public/demands': {
      post: {
        operationId: 'submitPublicDemand',
        summary: 'A worker files a demand from the unit’s QR code (一码一表)',
        description:
          'Anyone, without a session. Files a demand of channel `qr_form` for the unit and answers its Receipt (the receipt number to look it up). ' +
          `A body over ${intakeLimits.maxBodyBytes} bytes → 413 \`too_large\`; an unknown unit or an invalid field → 422 naming it; ` +
          `${rateLimitText('submit')} Over it → 429 with Retry-After. Sessionless posts to POST /demands share the same limit.` +
          addition(
            'the QR page needs an answer that carries nothing but what the worker may see, and a limit a public endpoint must have.',
          ),
        tags: ['public'],
        security: publicAccess,
        requestBody: body(input(PublicDemandDraftSchema)),
        responses: {
          '201': json('Filed: the receipt.', output(ReceiptSchema)),
          '400': { $ref: '#/components/responses/BadRequest' },
          '413': json(`\`too_large\`: the body is over ${intakeLimits.maxBodyBytes} bytes.`, output(ErrorBodySchema)),
          '422': { $ref: '#/components/responses/Validation' },
          '429': tooManyRequests('submit', book),
          default: { $ref: '#/components/responses/UnexpectedError' },
        },
      },
    },
    '/public/receipts/{id}': {
      get: {
        operationId: 'getReceipt',
        summary: 'A worker looks up a demand by its receipt number',
        description:
          'Anyone, without a session. `id` is the receipt number (`Demand.receipt`, case-insensitive). Answers where the demand stands, the reply ' +
          '(on strike-off: the item’s completion note) and the item’s status — no text, name, phone or internal ids. A merged demand answers ' +
          `for the demand it joined. Unknown → 404. ${rateLimitText('lookup')} Over it → 429 with Retry-After.` +
          addition('closing the loop back to the worker (办结回复).'),
        tags: ['public'],
        security: publicAccess,
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'The receipt number, e.g. BS-004211.',
            schema: { type: 'string', minLength: 1, maxLength: 64 },
          },
        ],
        responses: {
          '200': json('The receipt.', output(ReceiptSchema)),
          '404': { $ref: '#/components/responses/NotFound' },
          '429': tooManyRequests('lookup', book),
          default: { $ref: '#/components/responses/UnexpectedError' },
        },
      },
    },
    '/public/board': {
      get: {
        operationId: 'getPublicBoard',
        summary: 'The public board (公示)',
        description:
          'Anyone. The lists, units, items and their progress, with no personal data, notes, urges or instructions: ' +
          'PublicItem admits no field beyond its own. An unknown unit or list → 400.' +
          addition(
            'the board is filtered by unit and list and paged, with counts per list and per unit, so that a worker’s phone loads only their unit’s items.',
          ),
        tags: ['public'],
        security: publicAccess,
        parameters: queryParameters(PublicBoardQuerySchema, {
          unit: 'A unit id: only its items, and the per-list counts of that unit.',
          list: 'A campaign list id: only its items, and the per-unit counts of that list.',
          page: '1-based page number.',
          pageSize: 'Items per page.',
        }),
        responses: { '200': json('The board as of today.', output(PublicBoardSchema)), ...errors('400') },
        'x-rules': ['light'],
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        tags: ['document'],
        security: publicAccess,
        responses: {
          '200': json('The OpenAPI 3.1 document of the contract.', {
            type: 'object',
            required: ['openapi', 'info', 'paths'],
            properties: { openapi: { type: 'string', const: '3.1.0' } },
          }),
          ...errors(),
        },
      },
    },
    '/__mock/reset': {
      post: {
        operationId: 'resetMock',
        summary: 'Mock only: re-seed and forget local changes',
        description: 'Served only by the in-browser mock, never slowed or faulted. Signs everyone out.',
        tags: ['mock only'],
        security: publicAccess,
        responses: { '201': json('Re-seeded.', output(envelopeSchemas.MockReset)) },
      },
    },
    '/__mock/settings': {
      get: {
        operationId: 'getMockSettings',
        summary: 'Mock only: the demo settings',
        tags: ['mock only'],
        security: publicAccess,
        responses: { '200': json('The settings.', output(MockSettingsSchema)) },
      },
      put: {
        operationId: 'putMockSettings',
        summary: 'Mock only: change the demo settings',
        description: 'A changed `seedSize` re-seeds the mock (as POST /__mock/reset does).',
        tags: ['mock only'],
        security: publicAccess,
        requestBody: body(input(MockSettingsSchema)),
        responses: { '200': json('The settings now.', output(MockSettingsSchema)), ...errors('400', '422') },
      },
    },
  }
}

// ---------------------------------------------------------------------------------------------------

export function buildOpenApiDocument(): OpenApiDocument {
  const book = createComponentBook()
  const paths = buildPaths(book)
  const responses = errorResponses(book)
  return {
    openapi: '3.1.0',
    info: { title: '办实事作战图 API', version: '1.0.0', description: infoDescription },
    servers: [{ url: '/api', description: 'The app’s origin; VITE_API_URL points the app at another base.' }],
    tags: [
      { name: 'session', description: 'Signing in and out; the demo users.' },
      { name: 'campaign', description: 'The campaign, its lists and categories, and the units.' },
      { name: 'items', description: 'The items (实事项目) of every list.' },
      { name: 'updates', description: 'The dated, append-only history of an item.' },
      { name: 'supervision', description: 'The supervision queue (督办): what needs a supervisor now.' },
      { name: 'stats', description: 'Counts for the board, replayed to any past date.' },
      { name: 'demands', description: 'Workers’ demands (诉求) from every channel, and their triage.' },
      { name: 'public', description: 'What workers may see without signing in (公示).' },
      { name: 'document', description: 'This document.' },
      {
        name: 'mock only',
        description:
          'Served only by the in-browser mock (msw), behind the UI’s 演示数据 menu. A real server does not serve these.',
      },
    ],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    paths,
    components: {
      schemas: book.emit(),
      responses,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `token` of POST /session, as `Authorization: Bearer <token>`.',
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description:
            'A real server’s HttpOnly session cookie, set by POST /session. The name is this document’s choice; clients never read it.',
        },
      },
    },
    'x-rules': xRules,
  }
}
