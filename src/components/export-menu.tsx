import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { campaignQuery } from '@/api/campaign'
import { errorMessage } from '@/api/errors'
import { listItems } from '@/api/items'
import { unitsQuery } from '@/api/units'
import type { Item } from '@/domain/model/item'
import type { ItemFilters } from '@/domain/model/item-query'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import { Disclosure } from './disclosure'
import styles from './export-menu.module.css'

type Props = { filters: ItemFilters; fileName?: string }
type Format = 'xlsx' | 'csv'
type State =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number | null }
  | { kind: 'done'; count: number }
  | { kind: 'failed'; message: string }

const exportPageSize = 500

/**
 * 导出: every item the filters match (all pages, not just the one on screen) in the import template's
 * columns, as .xlsx or .csv. The spreadsheet code loads only when a format is chosen.
 */
export function ExportMenu({ filters, fileName = tSheet.exportMenu.fileName }: Props) {
  const queryClient = useQueryClient()
  const [state, setState] = useState<State>({ kind: 'idle' })

  async function run(format: Format) {
    setState({ kind: 'working', done: 0, total: null })
    try {
      const sheetCode = Promise.all([import('@/lib/sheet/item-sheets'), import('@/lib/sheet/sheet-file')])
      const [campaign, units] = await Promise.all([
        queryClient.fetchQuery(campaignQuery()),
        queryClient.fetchQuery(unitsQuery()),
      ])
      const items: Item[] = []
      for (let page = 1; ; page += 1) {
        const { page: _page, pageSize: _size, ...rest } = filters
        const result = await listItems({ ...rest, page, pageSize: exportPageSize })
        items.push(...result.items)
        setState({ kind: 'working', done: items.length, total: result.total })
        if (items.length >= result.total || result.items.length === 0) break
      }
      const [{ itemExportSheets }, { downloadSheets }] = await sheetCode
      await downloadSheets(format, fileName, itemExportSheets(items, campaign, units.items))
      setState({ kind: 'done', count: items.length })
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) })
    }
  }

  const working = state.kind === 'working'
  return (
    <Disclosure button={tSheet.exportMenu.button} label={tSheet.exportMenu.label}>
      {() => (
        <div className={styles.panel}>
          <button type="button" className={styles.option} disabled={working} onClick={() => void run('xlsx')}>
            {tSheet.exportMenu.xlsx}
          </button>
          <button type="button" className={styles.option} disabled={working} onClick={() => void run('csv')}>
            {tSheet.exportMenu.csv}
          </button>
          <p className={state.kind === 'failed' ? styles.failed : styles.status} role="status">
            {state.kind === 'working'
              ? state.total === null
                ? tSheet.exportMenu.preparing
                : tSheet.exportMenu.working(state.done, state.total)
              : state.kind === 'done'
                ? tSheet.exportMenu.done(state.count)
                : state.kind === 'failed'
                  ? `${tSheet.exportMenu.failed}：${state.message}`
                  : ''}
          </p>
        </div>
      )}
    </Disclosure>
  )
}
