import { z } from 'zod'
import { IdSchema } from './common'

export const unitKinds = ['group', 'department', 'grassroots'] as const
export const UnitKindSchema = z.enum(unitKinds)
export type UnitKind = z.infer<typeof UnitKindSchema>

export const UnitSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: UnitKindSchema,
    parentId: IdSchema.nullable(),
    /** How many 双百 items the unit plans to list; null where the unit has no target. */
    itemTarget: z.number().int().min(0).nullable().optional(),
  })
  .meta({ id: 'Unit' })
export type Unit = z.infer<typeof UnitSchema>
