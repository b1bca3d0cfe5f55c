import { z } from 'zod/mini'
import { IdSchema, TextSchema } from './common'

/** The org tree's kinds: the group, its headquarters departments, its companies, their grassroots units (and teams). */
export const unitKinds = ['group', 'department', 'company', 'grassroots'] as const
export const UnitKindSchema = z.enum(unitKinds)
export type UnitKind = z.infer<typeof UnitKindSchema>

const ItemTargetSchema = z.number().check(z.int(), z.minimum(0), z.maximum(1000, '计划项目数不超过 1000'))

export const UnitSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: UnitKindSchema,
    parentId: z.nullable(IdSchema),
    /** How many 双百 items the unit plans to list; null where the unit has no target. */
    itemTarget: z.optional(z.nullable(ItemTargetSchema)),
  })
  .register(z.globalRegistry, { id: 'Unit' })
export type Unit = z.infer<typeof UnitSchema>

const UnitNameSchema = TextSchema.check(
  z.trim(),
  z.minLength(1, '请填写单位名称'),
  z.maxLength(30, '单位名称不超过 30 字'),
)

/** What an admin sends to add a unit to the org tree (issue 23). */
export const NewUnitSchema = z
  .object({
    name: UnitNameSchema,
    kind: UnitKindSchema,
    parentId: IdSchema,
    itemTarget: z.optional(z.nullable(ItemTargetSchema)),
  })
  .register(z.globalRegistry, { id: 'NewUnit' })
export type NewUnit = z.infer<typeof NewUnitSchema>

/** A rename, a move under another parent, a new item target: the kind stays (the lists a unit may carry hang on it). */
export const UnitPatchSchema = z
  .object({
    name: z.optional(UnitNameSchema),
    parentId: z.optional(IdSchema),
    itemTarget: z.optional(z.nullable(ItemTargetSchema)),
  })
  .register(z.globalRegistry, { id: 'UnitPatch' })
export type UnitPatch = z.infer<typeof UnitPatchSchema>
