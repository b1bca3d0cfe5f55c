import type { ItemRecord } from '@/domain/history'
import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { Unit } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import type { User } from '@/domain/model/user'
import type { Row } from './database'

// Rows ↔ the domain's records. Column lists are fixed here; values always travel as parameters.

const iso = (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString()
const text = (value: unknown): string => String(value)
const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value)
const maybe = <T>(value: unknown, as: (v: unknown) => T): T | null =>
  value === null || value === undefined ? null : as(value)

export const itemColumns = [
  'id',
  'code',
  'list_id',
  'title',
  'content',
  'beneficiaries',
  'category',
  'unit_id',
  'lead_leader',
  'owner',
  'owner_phone',
  'deadline',
  'status',
  'progress',
  'key',
  'demand_ids',
  'completion_note',
  'created_at',
  'updated_at',
  'version',
] as const

export function itemValues(item: ItemRecord): unknown[] {
  return [
    item.id,
    item.code,
    item.listId,
    item.title,
    item.content,
    item.beneficiaries,
    item.category,
    item.unitId,
    item.leadLeader,
    item.owner,
    item.ownerPhone,
    item.deadline,
    item.status,
    item.progress,
    item.key,
    item.demandIds,
    item.completionNote,
    item.createdAt,
    item.updatedAt,
    item.version,
  ]
}

export function itemOf(row: Row): ItemRecord {
  return {
    id: text(row.id),
    code: text(row.code),
    listId: text(row.list_id),
    title: text(row.title),
    content: text(row.content),
    beneficiaries: text(row.beneficiaries),
    category: text(row.category),
    unitId: text(row.unit_id),
    leadLeader: maybe(row.lead_leader, text),
    owner: text(row.owner),
    ownerPhone: maybe(row.owner_phone, text),
    deadline: text(row.deadline),
    status: text(row.status) as ItemRecord['status'],
    progress: Number(row.progress),
    key: row.key === true,
    demandIds: (row.demand_ids as string[] | null) ?? [],
    completionNote: maybe(row.completion_note, text),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: Number(row.version),
  }
}

export const updateColumns = [
  'id',
  'item_id',
  'kind',
  'at',
  'author_id',
  'author_name',
  'author_role',
  'note',
  'progress',
  'from_status',
  'to_status',
  'reply_by',
  'visited_on',
  'surveyed',
  'satisfied',
  'method',
  'changes',
  'deadline',
  'approved',
] as const

export function updateValues(update: Update): unknown[] {
  return [
    update.id,
    update.itemId,
    update.kind,
    update.at,
    update.authorId,
    update.authorName,
    update.authorRole,
    update.note,
    update.progress ?? null,
    update.fromStatus ?? null,
    update.toStatus ?? null,
    update.replyBy ?? null,
    update.visitedOn ?? null,
    update.surveyed ?? null,
    update.satisfied ?? null,
    update.method ?? null,
    update.changes ? JSON.stringify(update.changes) : null,
    update.deadline ?? null,
    update.approved ?? null,
  ]
}

export function updateOf(row: Row): Update {
  const update: Update = {
    id: text(row.id),
    itemId: text(row.item_id),
    kind: text(row.kind) as Update['kind'],
    at: iso(row.at),
    authorId: text(row.author_id),
    authorName: text(row.author_name),
    authorRole: text(row.author_role) as Update['authorRole'],
    note: text(row.note),
  }
  // Optional fields are absent, not null, exactly as the mock serves them.
  if (row.progress !== null) update.progress = Number(row.progress)
  if (row.from_status !== null) update.fromStatus = text(row.from_status) as Update['fromStatus']
  if (row.to_status !== null) update.toStatus = text(row.to_status) as Update['toStatus']
  if (row.reply_by !== null) update.replyBy = text(row.reply_by)
  if (row.visited_on !== null) update.visitedOn = text(row.visited_on)
  if (row.surveyed !== null) update.surveyed = Number(row.surveyed)
  if (row.satisfied !== null) update.satisfied = Number(row.satisfied)
  if (row.method !== null) update.method = text(row.method) as Update['method']
  if (row.changes !== null && row.changes !== undefined) update.changes = json(row.changes) as Update['changes']
  if (row.deadline !== null && row.deadline !== undefined) update.deadline = text(row.deadline)
  if (row.approved !== null && row.approved !== undefined) update.approved = row.approved === true
  return update
}

export const demandColumns = [
  'id',
  'receipt',
  'channel',
  'unit_id',
  'text',
  'submitted_at',
  'status',
  'item_id',
  'reply',
  'merged_into',
  'anonymous',
  'submitter_name',
  'submitter_phone',
  'updated_at',
] as const

export function demandValues(demand: Demand): unknown[] {
  return [
    demand.id,
    demand.receipt,
    demand.channel,
    demand.unitId,
    demand.text,
    demand.submittedAt,
    demand.status,
    demand.itemId,
    demand.reply,
    demand.mergedInto,
    demand.anonymous,
    demand.submitterName,
    demand.submitterPhone,
    demand.updatedAt,
  ]
}

export function demandOf(row: Row): Demand {
  return {
    id: text(row.id),
    receipt: text(row.receipt),
    channel: text(row.channel) as Demand['channel'],
    unitId: text(row.unit_id),
    text: text(row.text),
    submittedAt: iso(row.submitted_at),
    status: text(row.status) as Demand['status'],
    itemId: maybe(row.item_id, text),
    reply: maybe(row.reply, text),
    mergedInto: maybe(row.merged_into, text),
    anonymous: row.anonymous === true,
    submitterName: maybe(row.submitter_name, text),
    submitterPhone: maybe(row.submitter_phone, text),
    updatedAt: iso(row.updated_at),
  }
}

export function userOf(row: Row): User {
  const user: User = {
    id: text(row.id),
    name: text(row.name),
    role: text(row.role) as User['role'],
    unitId: maybe(row.unit_id, text),
  }
  if (row.title !== null && row.title !== undefined) user.title = text(row.title)
  return user
}

export function unitOf(row: Row): Unit {
  const unit: Unit = {
    id: text(row.id),
    name: text(row.name),
    kind: text(row.kind) as Unit['kind'],
    parentId: maybe(row.parent_id, text),
  }
  if (row.item_target !== undefined && row.item_target !== null) unit.itemTarget = Number(row.item_target)
  return unit
}

export function campaignOf(row: Row): Campaign {
  return {
    id: text(row.id),
    name: text(row.name),
    startDate: text(row.start_date),
    endDate: text(row.end_date),
    lists: json(row.lists) as Campaign['lists'],
    categories: json(row.categories) as Campaign['categories'],
  }
}

/** Multi-row INSERTs of fixed columns, chunked below Postgres' limit of 65,535 parameters. */
export function insertStatements(
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  suffix = '',
): { sql: string; params: unknown[] }[] {
  const perChunk = Math.max(1, Math.floor(60_000 / columns.length))
  const statements: { sql: string; params: unknown[] }[] = []
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk)
    const params: unknown[] = []
    const tuples = chunk.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`)
    statements.push({
      sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${suffix}`,
      params,
    })
  }
  return statements
}
