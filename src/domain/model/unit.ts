import { z } from 'zod/mini'
import { IdSchema } from './common'

export const unitKinds = ['group', 'department', 'grassroots'] as const
export const UnitKindSchema = z.enum(unitKinds)
export type UnitKind = z.infer<typeof UnitKindSchema>

export const UnitSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: UnitKindSchema,
    parentId: z.nullable(IdSchema),
    /** How many 双百 items the unit plans to list; null where the unit has no target. */
    itemTarget: z.optional(z.nullable(z.number().check(z.int(), z.minimum(0)))),
  })
  .register(z.globalRegistry, { id: 'Unit' })
export type Unit = z.infer<typeof UnitSchema>
