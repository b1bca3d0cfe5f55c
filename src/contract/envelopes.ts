import { z } from 'zod/mini'
import { pageOf } from '@/domain/model/common'
import { DemandSchema } from '@/domain/model/demand'
import { ItemSchema } from '@/domain/model/item'
import { UnitSchema } from '@/domain/model/unit'
import { UpdateSchema } from '@/domain/model/update'
import { UserSchema } from '@/domain/model/user'

// Response shapes the domain does not name: the list envelope per resource and a few small wrappers.

export const UserPageSchema = pageOf(UserSchema)
export const UnitPageSchema = pageOf(UnitSchema)
export const ItemPageSchema = pageOf(ItemSchema)
export const UpdatePageSchema = pageOf(UpdateSchema)
export const DemandPageSchema = pageOf(DemandSchema)
export const CurrentUserSchema = z.object({ user: UserSchema })
export const UpdatePostedSchema = z.object({ update: UpdateSchema, item: ItemSchema })
export const MockResetSchema = z.object({ ok: z.literal(true) })
/** The OpenAPI document itself: any JSON object. */
export const OpenApiDocumentSchema = z.record(z.string(), z.unknown())

/** `{id}` in a path: the resource's id (an unknown one is a 404, whatever its form). */
export const IdParams = z.object({ id: z.string() })
