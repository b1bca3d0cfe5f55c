import { z } from 'zod/mini'
import { listAccounts, listAudit } from '@/contract/accounts'
import { listUnits } from '@/contract/campaign'
import { listDemands } from '@/contract/demands'
import { getOpenApiDocument } from '@/contract/docs'
import { listItems } from '@/contract/items'
import { resetMock } from '@/contract/mock-control'
import { getSession, listUsers } from '@/contract/session'
import { listItemUpdates, postItemUpdate } from '@/contract/updates'
import {
  AccountCreatedSchema,
  AccountPatchSchema,
  AccountSchema,
  AuditEntrySchema,
  NewAccountSchema,
  PasswordChangeSchema,
  PasswordResetSchema,
} from '@/domain/model/account'
import { BriefingDemandsSchema, StruckOffItemSchema, StruckOffResponseSchema } from '@/domain/model/briefing'
import { BoardSchema } from '@/domain/model/board'
import {
  CampaignListPatchSchema,
  CampaignListSchema,
  CampaignSchema,
  CategorySchema,
  SatisfactionBarSchema,
} from '@/domain/model/campaign'
import { CategoryStatsResponseSchema, CategoryStatsSchema } from '@/domain/model/category-stats'
import { DemandDraftSchema, DemandItemSchema, DemandPatchSchema, DemandSchema } from '@/domain/model/demand'
import { ErrorBodySchema } from '@/domain/model/errors'
import {
  ExtensionStateSchema,
  ItemDraftSchema,
  ItemPatchSchema,
  ItemSchema,
  LightSchema,
  UrgeStateSchema,
} from '@/domain/model/item'
import { ItemBatchResultSchema, ItemBatchSchema } from '@/domain/model/item-batch'
import { MockSettingsSchema } from '@/domain/model/mock-settings'
import { PublicBoardSchema, PublicItemSchema } from '@/domain/model/public-board'
import { PublicDemandDraftSchema, ReceiptSchema } from '@/domain/model/public-demand'
import {
  DemandStatsSchema,
  ListStatsSchema,
  SummarySchema,
  TrendSchema,
  UnitStatsResponseSchema,
  UnitStatsSchema,
} from '@/domain/model/stats'
import { QueueEntrySchema, SupervisionQueueSchema } from '@/domain/model/supervision'
import { NewUnitSchema, UnitPatchSchema, UnitSchema } from '@/domain/model/unit'
import { FieldChangeSchema, UpdateDraftSchema, UpdateSchema } from '@/domain/model/update'
import { SessionSchema, SignInSchema, UserSchema } from '@/domain/model/user'
import { mapRefs, refsIn, toJsonObject, withoutRootKeywords } from './json'
import { lightDescription, redListDescription } from './rules'
import type { JsonObject, SchemaObject } from './types'

// The component book: every schema a request or response names, converted with zod's own z.toJSONSchema so
// that it cannot drift from the code, and the `$ref`s that point at them.

/** Every schema of src/domain/model/ with a meta id; the test checks that none is missing. */
const domainSchemas: readonly z.ZodMiniType[] = [
  UserSchema,
  SessionSchema,
  SignInSchema,
  CampaignSchema,
  CampaignListSchema,
  SatisfactionBarSchema,
  CampaignListPatchSchema,
  CategorySchema,
  UnitSchema,
  ItemSchema,
  UrgeStateSchema,
  ExtensionStateSchema,
  ItemDraftSchema,
  ItemPatchSchema,
  ItemBatchSchema,
  ItemBatchResultSchema,
  UpdateSchema,
  FieldChangeSchema,
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
  BriefingDemandsSchema,
  QueueEntrySchema,
  SupervisionQueueSchema,
  AccountSchema,
  NewAccountSchema,
  AccountCreatedSchema,
  AccountPatchSchema,
  PasswordResetSchema,
  PasswordChangeSchema,
  AuditEntrySchema,
  NewUnitSchema,
  UnitPatchSchema,
]

const envelope =
  'The list envelope every list endpoint answers in: one page of `items`, the `total` number matching, the `page` (1-based) and the `pageSize`.'

/** The responses the domain does not name (the route table's envelopes), named and described here, not in the app. */
const envelopeSchemas: readonly (readonly [string, z.ZodMiniType, string])[] = [
  ['UserPage', listUsers.response, `GET /api/users. ${envelope}`],
  ['UnitPage', listUnits.response, `GET /api/units. ${envelope}`],
  ['ItemPage', listItems.response, `GET /api/items. ${envelope}`],
  ['UpdatePage', listItemUpdates.response, `GET /api/items/{id}/updates, oldest first. ${envelope}`],
  ['DemandPage', listDemands.response, `GET /api/demands, newest first. ${envelope}`],
  ['AccountPage', listAccounts.response, `GET /api/admin/users. ${envelope}`],
  ['AuditPage', listAudit.response, `GET /api/admin/audit, newest first. ${envelope}`],
  ['CurrentUser', getSession.response, 'GET /api/session: the signed-in user.'],
  [
    'UpdatePosted',
    postItemUpdate.response,
    'POST /api/items/{id}/updates: the new update and the item as it is after it.',
  ],
  ['MockReset', resetMock.response, 'POST /api/__mock/reset: the mock was re-seeded.'],
  [
    'OpenApiDocument',
    getOpenApiDocument.response,
    'GET /api/openapi.json: this document, an OpenAPI 3.1 object (its shape is OpenAPI’s own).',
  ],
]

/** Schemas the model leaves without a meta id, named here. */
const namedHere: Readonly<Record<string, z.ZodMiniType>> = { MockSettings: MockSettingsSchema }

/** Schemas only ever sent by the client: their component is the input form (a default makes a field optional). */
const requestOnlySchemas: ReadonlySet<z.ZodMiniType> = new Set<z.ZodMiniType>([
  SignInSchema,
  CampaignListPatchSchema,
  ItemDraftSchema,
  ItemPatchSchema,
  ItemBatchSchema,
  UpdateDraftSchema,
  DemandDraftSchema,
  DemandPatchSchema,
  PublicDemandDraftSchema,
  NewAccountSchema,
  AccountPatchSchema,
  PasswordChangeSchema,
  NewUnitSchema,
  UnitPatchSchema,
])

export type ComponentSchema = { schema: z.ZodMiniType; io: 'input' | 'output'; description?: string }

/** The zod schema behind each named component and the form it is written in (for the contract test). */
export function componentSchemas(): Record<string, ComponentSchema> {
  const components: Record<string, ComponentSchema> = {}
  for (const schema of domainSchemas)
    components[metaId(schema)] = { schema, io: requestOnlySchemas.has(schema) ? 'input' : 'output' }
  for (const [id, schema, description] of envelopeSchemas) components[id] = { schema, io: 'output', description }
  for (const [id, schema] of Object.entries(namedHere)) components[id] = { schema, io: 'output' }
  return components
}

function metaId(schema: z.ZodMiniType): string {
  const id = z.globalRegistry.get(schema)?.id
  if (typeof id !== 'string') throw new Error('openapi: a schema in the component list has no meta id')
  return id
}

/**
 * What the document says differently from z.toJSONSchema, for every conversion:
 * - a record keyed by an enum (`z.record(z.enum([...]), V)`) is an object with one property per key, each V,
 *   none other allowed, and all required where zod requires them (every key, unless the record is partial):
 *   zod's `propertyNames` form is right, but generated clients and mocks read it as "any key" and produce
 *   objects the app refuses;
 * - Item.light's description is written from the domain's lightRule (src/domain/light.ts), UrgeState.redList's
 *   from its redListRule (src/domain/red-list.ts).
 */
function override({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: z.core.JSONSchema.BaseSchema }) {
  if (zodSchema === LightSchema) jsonSchema.description = lightDescription
  if (zodSchema === UrgeStateSchema) {
    const redList = jsonSchema.properties?.redList
    if (!redList || typeof redList === 'boolean') throw new Error('openapi: UrgeState has no redList')
    redList.description = redListDescription
  }
  if (!(zodSchema instanceof z.core.$ZodRecord)) return
  const keys = zodSchema._zod.def.keyType._zod.values
  if (!keys) return
  const { type, propertyNames: _names, additionalProperties: value, required, ...annotations } = jsonSchema
  if (value === undefined || typeof value === 'boolean')
    throw new Error('openapi: a record keyed by an enum has no value schema')
  for (const keyword of Object.keys(jsonSchema)) delete jsonSchema[keyword]
  Object.assign(jsonSchema, {
    type,
    properties: Object.fromEntries([...keys].map((key) => [String(key), value])),
    ...(required && { required }),
    additionalProperties: false,
    ...annotations,
  })
}

const componentRef = (name: string) => `#/components/schemas/${name}`
const refPrefix = componentRef('')
const componentName = (ref: string) => (ref.startsWith(refPrefix) ? ref.slice(refPrefix.length) : ref)

/**
 * Converts the components with z.toJSONSchema, once per io form, and hands out `$ref`s.
 * A request body refers to the input form, a response to the output form. Where the two differ for a
 * schema that is not request-only (today only MockSettings, sent by PUT and returned by GET), the input
 * form becomes an extra component `<Id>Input`.
 */
export function createComponentBook() {
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
      override,
    })
    const converted: Record<string, JsonObject> = {}
    for (const [id, schema] of Object.entries(schemas)) {
      // `__shared` collects id'd schemas missing from the registry: a schema left out of `domainSchemas`.
      if (id === '__shared')
        throw new Error('openapi: a schema with a meta id is referenced but not listed in domainSchemas')
      const description = components[id]?.description
      converted[id] = withoutRootKeywords(toJsonObject(schema, `${io} ${id}`))
      if (description !== undefined) converted[id] = { ...converted[id], description }
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

export type ComponentBook = ReturnType<typeof createComponentBook>

function unresolved(emitted: Record<string, SchemaObject>, requested: ReadonlySet<string>): string[] {
  const all = [...requested, ...Object.values(emitted).flatMap((schema) => refsIn(schema).map(componentName))]
  return [...new Set(all)].filter((name) => !(name in emitted)).sort()
}

/** A schema with no component of its own (a query or path parameter), written inline. */
export function inlineSchema(schema: z.core.$ZodType, io: 'input' | 'output' = 'input'): SchemaObject {
  const json = withoutRootKeywords(
    toJsonObject(
      z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw', override }),
      'parameter',
    ),
  )
  if (refsIn(json).length > 0) throw new Error('openapi: a parameter schema refers to a component; describe it by hand')
  return json
}
