import type { Demand, DemandDraft } from './model/demand'

// What filing a demand stores, for the staff form and the public QR form alike.

/** What a filing gives: the staff form's draft, or the public form's with the channel `qr_form`. */
export type DemandFiling = Pick<
  DemandDraft,
  'channel' | 'unitId' | 'text' | 'anonymous' | 'submitterName' | 'submitterPhone'
>

/** A receipt number: BS- and six digits from `random` (in [0, 1)); the backend makes sure it is unused. */
export function receiptNumber(random: () => number): string {
  return `BS-${String(Math.floor(random() * 1_000_000)).padStart(6, '0')}`
}

/** A newly filed demand: status new, not linked, no reply; an anonymous one keeps no name or phone (only the fields named are taken). */
export function newDemand(filing: DemandFiling, stamp: { id: string; receipt: string; at: string }): Demand {
  return {
    id: stamp.id,
    receipt: stamp.receipt,
    channel: filing.channel,
    unitId: filing.unitId,
    text: filing.text,
    submittedAt: stamp.at,
    status: 'new',
    itemId: null,
    reply: null,
    mergedInto: null,
    anonymous: filing.anonymous ?? false,
    submitterName: filing.anonymous ? null : (filing.submitterName ?? null),
    submitterPhone: filing.anonymous ? null : (filing.submitterPhone ?? null),
    updatedAt: stamp.at,
  }
}
