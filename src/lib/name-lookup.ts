/** id → name over a list fetched from the API; unknown ids (or a list still loading) show the fallback. */
export function nameLookup(
  entries: readonly { id: string; name: string }[] | undefined,
  fallback = '—',
): (id: string) => string {
  const names = new Map((entries ?? []).map((entry) => [entry.id, entry.name]))
  return (id) => names.get(id) ?? fallback
}

/** A list's short label (8件实事) where it has one, else its full name. */
export function listLabel(list: { name: string; shortName?: string | undefined }): string {
  return list.shortName ?? list.name
}

export function listNameLookup(
  lists: readonly { id: string; name: string; shortName?: string | undefined }[] | undefined,
): (id: string) => string {
  return nameLookup(lists?.map((list) => ({ id: list.id, name: listLabel(list) })))
}
