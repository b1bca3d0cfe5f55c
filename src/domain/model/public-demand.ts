import { z } from 'zod/mini'
import { IdSchema, InstantSchema } from './common'
import { DemandDraftSchema, DemandStatusSchema } from './demand'
import { ItemStatusSchema } from './item'

/** Body of POST /api/public/demands: the worker's own form behind a unit's QR code (channel `qr_form`). */
export const PublicDemandDraftSchema = z
  .strictObject({
    unitId: IdSchema,
    text: DemandDraftSchema.shape.text,
    anonymous: z.optional(z.boolean()),
    submitterName: DemandDraftSchema.shape.submitterName,
    submitterPhone: DemandDraftSchema.shape.submitterPhone,
  })
  .register(z.globalRegistry, {
    id: 'PublicDemandDraft',
    description:
      'Body of POST /api/public/demands: a worker’s demand from the QR form, without a session. No other fields are accepted.',
  })
export type PublicDemandDraft = z.infer<typeof PublicDemandDraftSchema>

/**
 * What a worker sees of a demand by its receipt number: where it stands, the answer and the item's
 * status. No text, no name or phone, no internal ids: a receipt number may be passed around.
 */
export const ReceiptSchema = z
  .strictObject({
    receipt: z.string(),
    unitId: IdSchema,
    submittedAt: InstantSchema,
    status: DemandStatusSchema,
    merged: z.boolean(),
    reply: z.nullable(z.string()),
    updatedAt: InstantSchema,
    item: z.nullable(
      z.object({
        code: z.string(),
        title: z.string(),
        status: ItemStatusSchema,
        progress: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
      }),
    ),
  })
  .register(z.globalRegistry, {
    id: 'Receipt',
    description:
      'GET /api/public/receipts/{id}: a demand as its worker may see it. A merged demand answers with the status, reply and item of the demand it joined, and `merged: true`. No text, name, phone or internal ids.',
  })
export type Receipt = z.infer<typeof ReceiptSchema>
