import type { Demand, DemandDraft } from './model/demand'

// What filing a demand stores, for the staff form and the public QR form alike.

/** What a filing gives: the staff form's draft, or the public form's with the channel `qr_form`. */
export type DemandFiling = Pick<
  DemandDraft,
  'channel' | 'unitId' | 'text' | 'anonymous' | 'submitterName' | 'submitterPhone'
>

/** Fills the array with random bytes: `crypto.getRandomValues` (a CSPRNG, in the browser and in Node). */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array

/** Digits of a receipt number: 10^11 values, so that guessing one at the look-up's rate limit is hopeless. */
export const receiptDigits = 11

/** What a receipt number looks like (the demo seed's and every new one). */
export const receiptPattern = new RegExp(`^BS-\\d{${receiptDigits}}$`)

/**
 * A receipt number: BS- and eleven uniform digits from `randomBytes` (bytes of 250 and above are
 * dropped, so that no digit is likelier than another); the backend makes sure it is unused.
 */
export function receiptNumber(randomBytes: RandomBytes): string {
  let digits = ''
  while (digits.length < receiptDigits) {
    for (const byte of randomBytes(new Uint8Array(receiptDigits))) {
      if (byte < 250 && digits.length < receiptDigits) digits += String(byte % 10)
    }
  }
  return `BS-${digits}`
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
