import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'
import { ItemStatusSchema, LightSchema } from './item'

// GET /api/stats/board: one list's items in columns, small enough to draw 50,000 chips without
// downloading 50,000 items. Column i of every array describes the same item.

export const BoardSchema = z
  .object({
    asOf: IsoDateSchema,
    listId: IdSchema,
    units: z
      .array(IdSchema)
      .register(z.globalRegistry, { description: 'The units holding items, each once; `unit` indexes into this.' }),
    id: z.array(IdSchema),
    code: z.array(z.string()),
    title: z.array(z.string()),
    unit: z
      .array(z.number().check(z.int(), z.minimum(0)))
      .register(z.globalRegistry, { description: 'Index into `units` per item.' }),
    light: z.array(LightSchema),
    key: z.array(z.boolean()),
    status: z.array(ItemStatusSchema),
  })
  .check(
    z.refine(
      (board) =>
        [board.code, board.title, board.unit, board.light, board.key, board.status].every(
          (column) => column.length === board.id.length,
        ),
      {
        message: 'every column has one entry per item',
      },
    ),
  )
  .register(z.globalRegistry, {
    id: 'Board',
    description:
      'One list’s items as parallel columns, ordered by unit then code, with status and light replayed to `asOf`.',
  })
export type Board = z.infer<typeof BoardSchema>
