import type { UpdateDraftInput } from '@/api/updates'
import { fieldIssues } from '@/domain/issue-fields'
import { checkItemPatch, type DraftContext, type FieldErrors } from '@/domain/item-checks'
import { editableItemFields, ItemPatchSchema, type Item, type ItemPatch } from '@/domain/model/item'
import { UpdateDraftSchema } from '@/domain/model/update'
import { checkUpdateDraft, type ExtensionContext } from '@/domain/update-checks'
import type { Prepared } from './action-form'

/** '' → undefined, else the number typed (NaN stays NaN, for the schema to refuse in Chinese). */
export const numberOf = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : Number(value)

/** Empty required dates, named before the schema's generic date message. */
export function missingDates(values: Record<string, string>, dates: Record<string, string>): FieldErrors {
  const fields: FieldErrors = {}
  for (const [name, label] of Object.entries(dates)) if (!values[name]) fields[name] = `请选择${label}`
  return fields
}

/**
 * An update draft checked by the contract's schema and the domain's date rules (an extension's date
 * too, given `extension`); `withVersion` sends the version the form was opened on (progress and status
 * change the item, so a stale one is refused).
 */
export function prepareUpdate(
  raw: Record<string, unknown>,
  today: string,
  post: (draft: UpdateDraftInput) => Promise<unknown>,
  { withVersion, early = {}, extension }: { withVersion: boolean; early?: FieldErrors; extension?: ExtensionContext },
): Prepared {
  const parsed = UpdateDraftSchema.safeParse(raw)
  const fields: FieldErrors = {
    ...(parsed.success ? checkUpdateDraft(parsed.data, today, extension) : fieldIssues(parsed.error.issues)),
    ...early,
  }
  if (!parsed.success || Object.keys(fields).length > 0) return { fields }
  const draft = parsed.data
  return { run: (version) => post(withVersion ? { ...draft, version } : draft) }
}

/**
 * The content edit: only the fields that changed, with the reason (修改原因) when there is one, checked
 * by ItemPatch and the domain's rules (a changed content field needs a reason; the deadline is not
 * edited here but through an extension request).
 */
export function prepareEdit(
  values: Record<string, string>,
  item: Item,
  context: DraftContext,
  patch: (patch: ItemPatch) => Promise<unknown>,
): Prepared {
  const nullable = new Set(['leadLeader', 'ownerPhone'])
  const changed: Record<string, string | null> = {}
  for (const name of editableItemFields) {
    if (name === 'demandIds' || !(name in values)) continue
    const value = values[name]!.trim()
    const next = nullable.has(name) && value === '' ? null : value
    if (next !== (item[name] ?? null)) changed[name] = next
  }
  if (Object.keys(changed).length === 0) return { run: () => Promise.resolve() }
  const reason = values.reason?.trim() ?? ''
  const parsed = ItemPatchSchema.safeParse({ version: item.version, ...changed, ...(reason ? { reason } : {}) })
  const fields = parsed.success ? checkItemPatch(parsed.data, item, context) : fieldIssues(parsed.error.issues)
  if (!parsed.success || Object.keys(fields).length > 0) return { fields }
  const body = parsed.data
  return { run: (version) => patch({ ...body, version }) }
}
