import type { DraftInput } from '@/domain/item-draft-review'
import type { Campaign } from '@/domain/model/campaign'
import type { Item } from '@/domain/model/item'
import { textLimits } from '@/domain/model/text-limits'
import type { Unit } from '@/domain/model/unit'
import { neutraliseCell } from './formula'
import {
  checkColumnHeaders,
  readSheetRows,
  type HeaderCheck as GenericHeaderCheck,
  type SheetRow as GenericSheetRow,
} from './sheet-columns'
import { sheetDate } from './sheet-date'
import type { SheetTable } from './workbook'

// The columns of the item template: what a secretary fills in, what an export writes and what an
// import reads. Reference columns (code, list, status…) are written by exports and ignored by imports,
// so an exported ledger imports back as it was.

export const itemColumns = [
  {
    key: 'title',
    header: '项目名称',
    width: 30,
    required: true,
    hint: `必填，${textLimits.itemTitle.min}–${textLimits.itemTitle.max} 个字；同一单位内不要重复`,
  },
  {
    key: 'content',
    header: '项目内容',
    width: 50,
    required: true,
    hint: `必填，具体做什么，不超过 ${textLimits.itemContent} 字`,
  },
  { key: 'beneficiaries', header: '服务对象', width: 20, required: true, hint: '必填，如“一线职工”' },
  { key: 'category', header: '类别', width: 14, required: true, hint: '必填，填写“类别”表中的名称' },
  { key: 'unit', header: '责任单位', width: 16, required: false, hint: '选填，不填即为本单位' },
  { key: 'owner', header: '责任人', width: 10, required: true, hint: '必填，姓名' },
  { key: 'leadLeader', header: '领衔领导', width: 10, required: false, hint: '选填' },
  { key: 'deadline', header: '完成时限', width: 14, required: true, hint: '必填，如 2026-09-30，不能早于今天' },
] as const

export const referenceColumns = [
  { key: 'code', header: '编号', width: 10 },
  { key: 'list', header: '清单', width: 12 },
  { key: 'status', header: '状态', width: 8 },
  { key: 'progress', header: '进度', width: 8 },
  { key: 'light', header: '灯号', width: 8 },
] as const

export type ItemColumnKey = (typeof itemColumns)[number]['key']
export type ReferenceColumnKey = (typeof referenceColumns)[number]['key']

export const templateHeaders = itemColumns.map((column) => column.header)
export const exportColumns = [...itemColumns, ...referenceColumns]

export type ItemNames = {
  category: (id: string) => string
  unit: (id: string) => string
  list: (id: string) => string
  status: (status: Item['status']) => string
  light: (light: Item['light']) => string
}

/** An item as a row of the export, in exportColumns order, cells neutralised. */
export function itemRow(item: Item, names: ItemNames): string[] {
  const cells: Record<ItemColumnKey | ReferenceColumnKey, string> = {
    title: item.title,
    content: item.content,
    beneficiaries: item.beneficiaries,
    category: names.category(item.category),
    unit: names.unit(item.unitId),
    owner: item.owner,
    leadLeader: item.leadLeader ?? '',
    deadline: item.deadline,
    code: item.code,
    list: names.list(item.listId),
    status: names.status(item.status),
    progress: `${item.progress}%`,
    light: names.light(item.light),
  }
  return exportColumns.map((column) => neutraliseCell(cells[column.key]))
}

/** Every cell neutralised: for rows written by hand (the template's example, the error report). */
export function neutraliseRow(row: readonly string[]): string[] {
  return row.map(neutraliseCell)
}

export type HeaderCheck = GenericHeaderCheck<ItemColumnKey>

export function checkHeaders(header: readonly string[]): HeaderCheck {
  return checkColumnHeaders(
    itemColumns,
    header,
    referenceColumns.map((column) => column.header),
  )
}

export type SheetRow = GenericSheetRow<ItemColumnKey>

/** The data rows of a table whose headers passed checkHeaders. */
export function sheetRows(table: SheetTable, positions: HeaderCheck['positions']): SheetRow[] {
  return readSheetRows(table, itemColumns, positions)
}

const byNameOrId = (entries: readonly { id: string; name: string }[], text: string) =>
  entries.find((entry) => entry.name === text)?.id ?? entries.find((entry) => entry.id === text)?.id ?? text

/** A row as a draft for `listId`; names become ids, an empty unit cell means `defaultUnitId`. */
export function rowDraft(
  row: SheetRow,
  context: { campaign: Campaign; units: readonly Unit[]; listId: string; defaultUnitId: string },
): DraftInput {
  const { cells } = row
  return {
    listId: context.listId,
    unitId: cells.unit === '' ? context.defaultUnitId : byNameOrId(context.units, cells.unit),
    title: cells.title,
    content: cells.content,
    beneficiaries: cells.beneficiaries,
    category: cells.category === '' ? '' : byNameOrId(context.campaign.categories, cells.category),
    owner: cells.owner,
    leadLeader: cells.leadLeader,
    deadline: cells.deadline === '' ? '' : sheetDate(cells.deadline),
    demandIds: [],
  }
}
