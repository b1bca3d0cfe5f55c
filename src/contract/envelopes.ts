import { z } from 'zod/mini'
import { pageOf } from '@/domain/model/common'
import { DemandSchema } from '@/domain/model/demand'
import { ItemSchema } from '@/domain/model/item'
import { UnitSchema } from '@/domain/model/unit'
import { UpdateSchema } from '@/domain/model/update'
import { UserSchema } from '@/domain/model/user'

// Response shapes the domain does not name: the list envelope per resource and a few small wrappers. Each is
// registered with the id that names its component in the OpenAPI document; what each is, is said in
// src/core/openapi/components.ts, so that the app's bundle carries no prose.

export const UserPageSchema = pageOf(UserSchema).register(z.globalRegistry, { id: 'UserPage' })
export const UnitPageSchema = pageOf(UnitSchema).register(z.globalRegistry, { id: 'UnitPage' })
export const ItemPageSchema = pageOf(ItemSchema).register(z.globalRegistry, { id: 'ItemPage' })
export const UpdatePageSchema = pageOf(UpdateSchema).register(z.globalRegistry, { id: 'UpdatePage' })
export const DemandPageSchema = pageOf(DemandSchema).register(z.globalRegistry, { id: 'DemandPage' })
export const CurrentUserSchema = z.object({ user: UserSchema }).register(z.globalRegistry, { id: 'CurrentUser' })
export const UpdatePostedSchema = z
  .object({ update: UpdateSchema, item: ItemSchema })
  .register(z.globalRegistry, { id: 'UpdatePosted' })
export const MockResetSchema = z.object({ ok: z.literal(true) }).register(z.globalRegistry, { id: 'MockReset' })
/** The OpenAPI document itself: any JSON object. */
export const OpenApiDocumentSchema = z
  .record(z.string(), z.unknown())
  .register(z.globalRegistry, { id: 'OpenApiDocument' })

/** `{id}` in a path: the resource's id (an unknown one is a 404, whatever its form). */
export const IdParams = z.object({ id: z.string() })
