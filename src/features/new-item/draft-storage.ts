import type { DraftInput } from '@/domain/item-draft-review'

// The new-item form's draft, per user, in this browser: written on every change, read on the next
// visit, removed once the item is saved. `source` is the prefill address it started from, so a link
// that prefills another item does not bring back an unrelated draft.

export type StoredDraft = { source: string; values: DraftInput }

const keyFor = (userId: string) => `banshi.new-item-draft.${userId}`

export function readDraft(userId: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(keyFor(userId))
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<StoredDraft>
    if (typeof parsed.source !== 'string' || typeof parsed.values !== 'object' || parsed.values === null) return null
    return { source: parsed.source, values: parsed.values }
  } catch {
    return null
  }
}

export function writeDraft(userId: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(keyFor(userId), JSON.stringify(draft))
  } catch {
    // A full or disabled storage loses only the safety net, not the form.
  }
}

export function clearDraft(userId: string): void {
  try {
    localStorage.removeItem(keyFor(userId))
  } catch {
    // see writeDraft
  }
}
