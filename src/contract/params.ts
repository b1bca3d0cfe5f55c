import { z } from 'zod/mini'

/** `{id}` in a path: the resource's id (an unknown one is a 404, whatever its form). */
export const IdParams = z.object({ id: z.string() })
