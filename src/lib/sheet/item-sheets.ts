import type { Campaign } from '@/domain/model/campaign'
import type { Item } from '@/domain/model/item'
import type { Unit } from '@/domain/model/unit'
import { nameLookup, listNameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import { exportColumns, itemColumns, itemRow, neutraliseRow } from './item-columns'
import type { SheetSpec } from './workbook'

const itemSheetName = '项目'

/** The ledger's items in the template's columns (then the reference columns), one sheet. */
export function itemExportSheets(items: readonly Item[], campaign: Campaign, units: readonly Unit[]): SheetSpec[] {
  const names = {
    category: nameLookup(campaign.categories, ''),
    unit: nameLookup(units, ''),
    list: listNameLookup(campaign.lists),
    status: (status: Item['status']) => t.status[status],
    light: (light: Item['light']) => t.light[light],
  }
  return [{ name: itemSheetName, columns: exportColumns, rows: items.map((item) => itemRow(item, names)) }]
}

/** The empty template, with a sheet of instructions and one of the campaign's categories (the .csv keeps only the first). */
export function templateSheets(campaign: Campaign): SheetSpec[] {
  return [
    { name: itemSheetName, columns: itemColumns, rows: [] },
    {
      name: tSheet.sheet.guideSheet,
      columns: [
        { header: tSheet.sheet.guideColumn, width: 14 },
        { header: tSheet.sheet.guideRule, width: 60 },
      ],
      rows: itemColumns.map((column) => neutraliseRow([column.header, column.hint])),
    },
    {
      name: tSheet.sheet.categorySheet,
      columns: [{ header: tSheet.sheet.categoryName, width: 20 }],
      rows: campaign.categories.map((category) => neutraliseRow([category.name])),
    },
  ]
}
