import { dateOf } from '@/domain/dates'
import type { Item } from '@/domain/model/item'
import { checkHeaders, rowDraft, sheetRows } from '@/lib/sheet/item-columns'
import { itemExportSheets } from '@/lib/sheet/item-sheets'
import { readSheetFile, sheetFileData } from '@/lib/sheet/sheet-file'
import { mockBackend } from '../../../mocks/node'

const editable = (
  item: Pick<
    Item,
    'listId' | 'unitId' | 'title' | 'content' | 'beneficiaries' | 'category' | 'owner' | 'leadLeader' | 'deadline'
  >,
) => ({
  listId: item.listId,
  unitId: item.unitId,
  title: item.title,
  content: item.content,
  beneficiaries: item.beneficiaries,
  category: item.category,
  owner: item.owner,
  leadLeader: item.leadLeader ?? '',
  deadline: item.deadline,
})

describe('export → import round trip', () => {
  it.each(['xlsx', 'csv'] as const)(
    'a %s export of the ledger reads back as the same items, formula-like text included',
    async (format) => {
      const { db } = mockBackend()
      const today = dateOf(new Date())
      const seeded = [...db.items.keys()]
        .filter((id) => db.items.get(id)!.unitId === 'yuandian2')
        .map((id) => db.item(id, today)!)
      const tricky: Item = {
        ...seeded[0]!,
        id: 'tricky',
        title: '=HYPERLINK("http://evil","点我")',
        content: '+86 138, 换行\n"引号" -5 @x \'=y',
        leadLeader: '@某领导',
      }
      const items = [...seeded, tricky]

      const data = await sheetFileData(format, itemExportSheets(items, db.campaign, db.units))
      const table = await readSheetFile({
        name: `ledger.${format}`,
        arrayBuffer: async () =>
          typeof data === 'string' ? (new TextEncoder().encode(data).buffer as ArrayBuffer) : data,
      })

      // Nothing a spreadsheet would run: every formula-like cell went out guarded.
      expect(table.flat().filter((cell) => /^[=+\-@]/.test(cell.text))).toEqual([])
      const header = checkHeaders(table[0]!.map((cell) => cell.text))
      expect(header).toMatchObject({ missing: [], unknown: [] })
      const back = sheetRows(table, header.positions).map((row) =>
        rowDraft(row, { campaign: db.campaign, units: db.units, listId: 'double-hundred', defaultUnitId: 'yuandian2' }),
      )
      expect(back.map((draft) => editable({ ...draft, leadLeader: draft.leadLeader || null }))).toEqual(
        items.map(editable),
      )
    },
  )
})
