import type { Item } from '@/domain/model/item'
import { formatDate } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'

type Lookups = { categoryName: (id: string) => string }

/** What another person changed between the item the form was opened on and the item now, in words. */
export function conflictChanges(before: Item, after: Item, { categoryName }: Lookups): string[] {
  const yesNo = (value: boolean) => (value ? tp.ledger.yes : tp.ledger.no)
  const text = (value: string | null) => value ?? t.list.none
  const rows: [string, string, string][] = [
    [t.list.title, before.title, after.title],
    [t.list.status, t.status[before.status], t.status[after.status]],
    [t.list.progress, `${before.progress}%`, `${after.progress}%`],
    [t.list.deadline, formatDate(before.deadline), formatDate(after.deadline)],
    [t.list.owner, before.owner, after.owner],
    [t.list.leadLeader, text(before.leadLeader), text(after.leadLeader)],
    [t.list.category, categoryName(before.category), categoryName(after.category)],
    [t.list.beneficiaries, before.beneficiaries, after.beneficiaries],
    [t.list.content, before.content, after.content],
    [t.list.completionNote, text(before.completionNote), text(after.completionNote)],
    [t.list.keyBadge, yesNo(before.key), yesNo(after.key)],
  ]
  return rows.filter(([, from, to]) => from !== to).map(([field, from, to]) => tp.item.changed(field, from, to))
}
