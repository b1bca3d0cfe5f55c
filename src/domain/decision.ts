// The answer of every permission or business rule: allowed, or refused with a reason for a person.
// `status` says how a backend reports the refusal: 403 for who you are, 422 for the state of things.

export type Denial = { ok: false; status: 403 | 422; reason: string; field?: string }
export type Decision = { ok: true } | Denial

export const allow: Decision = { ok: true }
export const forbid = (reason: string): Denial => ({ ok: false, status: 403, reason })
export const invalid = (reason: string, field?: string): Denial =>
  field === undefined ? { ok: false, status: 422, reason } : { ok: false, status: 422, reason, field }

/** The first refusal among several checks, or allow. */
export function firstDenial(...decisions: Decision[]): Decision {
  return decisions.find((decision) => !decision.ok) ?? allow
}
