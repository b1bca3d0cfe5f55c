import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type ChangeEvent } from 'react'
import { Link } from 'react-router-dom'
import { campaignQuery } from '@/api/campaign'
import { demandKeys } from '@/api/demands'
import { itemKeys, itemsQuery } from '@/api/items'
import { sessionQuery } from '@/api/session'
import { statsKeys } from '@/api/stats'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { FileStep, HeaderMismatch, PreviewSummary } from '@/components/sheet-import-parts'
import { dateOf } from '@/domain/dates'
import type { Campaign } from '@/domain/model/campaign'
import type { Unit } from '@/domain/model/unit'
import type { User } from '@/domain/model/user'
import { isUnitBound } from '@/domain/roles'
import { tp } from '@/lib/strings/page-strings'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import { ImportReport } from './import-report'
import { PreviewTable } from './preview-table'
import { reviewTable, type ImportPreview } from './review-rows'
import { importRows, type RowOutcome } from './run-import'
import styles from '@/styles/sheet-import.module.css'

type Phase =
  | { kind: 'choose'; error?: string }
  | { kind: 'reading'; fileName: string }
  | { kind: 'checking'; fileName: string; done: number; total: number }
  | { kind: 'preview'; fileName: string; preview: ImportPreview }
  | {
      kind: 'importing'
      fileName: string
      preview: Extract<ImportPreview, { kind: 'rows' }>
      outcomes: RowOutcome[]
      finished: boolean
    }

/** 从 Excel 导入 (/my-unit/import): template, file, preview of every row, confirmed import, report. */
export function ImportRoute() {
  const session = useQuery(sessionQuery())
  const campaign = useQuery(campaignQuery())
  const units = useQuery(unitsQuery())
  const user = session.data
  const unit = units.data?.items.find((entry) => entry.id === user?.unitId)
  const list = campaign.data?.lists.find((entry) => entry.level === 'grassroots')

  let body
  if (!user || !campaign.data || !units.data) body = <QueryFallback queries={[session, campaign, units]} />
  else if (!unit || unit.kind !== 'grassroots' || !list || !isUnitBound(user))
    body = <EmptyState title={tp.myUnit.noUnit} />
  else body = <Importer user={user} campaign={campaign.data} units={units.data.items} unit={unit} listId={list.id} />
  return (
    <>
      <PageHeader
        title={tSheet.sheet.title}
        description={unit ? tSheet.sheet.intro(unit.name) : undefined}
        actions={
          <Link to="/my-unit" className={styles.secondary}>
            {tSheet.sheet.back}
          </Link>
        }
      />
      {body}
    </>
  )
}

type ImporterProps = { user: User; campaign: Campaign; units: readonly Unit[]; unit: Unit; listId: string }

function Importer({ user, campaign, units, unit, listId }: ImporterProps) {
  const queryClient = useQueryClient()
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' })
  const running = useRef<AbortController | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const unitItems = useQuery(itemsQuery({ unit: [unit.id], pageSize: 500 }))

  async function downloadTemplate(format: 'xlsx' | 'csv') {
    const [{ templateSheets }, { downloadSheets }] = await Promise.all([
      import('@/lib/sheet/item-sheets'),
      import('@/lib/sheet/sheet-file'),
    ])
    await downloadSheets(format, `${unit.name}-项目导入模板`, templateSheets(campaign))
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setPhase({ kind: 'reading', fileName: file.name })
    try {
      const { readSheetFile, UnsupportedFileError } = await import('@/lib/sheet/sheet-file')
      let table
      try {
        table = await readSheetFile(file)
      } catch (error) {
        setPhase({
          kind: 'choose',
          error: error instanceof UnsupportedFileError ? tSheet.sheet.unsupported : tSheet.sheet.unreadable,
        })
        return
      }
      const existing = unitItems.data ?? (await queryClient.fetchQuery(itemsQuery({ unit: [unit.id], pageSize: 500 })))
      const preview = await reviewTable(
        table,
        {
          today: dateOf(new Date()),
          campaign,
          units,
          user,
          listId,
          unit,
          existingTitles: existing.items.map((item) => item.title),
        },
        (done, total) => {
          if (!controller.signal.aborted) setPhase({ kind: 'checking', fileName: file.name, done, total })
        },
        controller.signal,
      )
      if (!controller.signal.aborted) setPhase({ kind: 'preview', fileName: file.name, preview })
    } catch {
      if (!controller.signal.aborted) setPhase({ kind: 'choose', error: tSheet.sheet.unreadable })
    }
  }

  async function confirm(preview: Extract<ImportPreview, { kind: 'rows' }>, fileName: string) {
    const controller = new AbortController()
    running.current = controller
    const outcomes: RowOutcome[] = []
    setPhase({ kind: 'importing', fileName, preview, outcomes: [], finished: false })
    await importRows(
      preview.rows,
      (settled) => {
        // One re-render per chunk (up to 1,000 rows): the report shows progress as each request settles.
        outcomes.push(...settled)
        setPhase({ kind: 'importing', fileName, preview, outcomes: [...outcomes], finished: false })
      },
      controller.signal,
    )
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: itemKeys.all }),
      queryClient.invalidateQueries({ queryKey: statsKeys.all }),
      queryClient.invalidateQueries({ queryKey: demandKeys.all }),
    ])
    setPhase({ kind: 'importing', fileName, preview, outcomes, finished: true })
  }

  function again() {
    running.current?.abort()
    setPhase({ kind: 'choose' })
    if (fileInput.current) fileInput.current.value = ''
  }

  return (
    <div className={styles.steps}>
      <section className={styles.step} aria-labelledby="template-heading">
        <h2 id="template-heading">{tSheet.sheet.templateHeading}</h2>
        <p className={styles.hint}>{tSheet.sheet.templateHint}</p>
        <div className={styles.buttons}>
          <button type="button" className={styles.secondary} onClick={() => void downloadTemplate('xlsx')}>
            {tSheet.sheet.templateXlsx}
          </button>
          <button type="button" className={styles.secondary} onClick={() => void downloadTemplate('csv')}>
            {tSheet.sheet.templateCsv}
          </button>
        </div>
      </section>

      <FileStep
        id="import-file"
        label={tSheet.sheet.fileLabel}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        inputRef={fileInput}
        onChoose={(event) => void choose(event)}
        disabled={phase.kind === 'importing' && !phase.finished}
        status={
          phase.kind === 'reading'
            ? tSheet.sheet.reading(phase.fileName)
            : phase.kind === 'checking'
              ? tSheet.sheet.checking(phase.done, phase.total)
              : ''
        }
        error={phase.kind === 'choose' ? phase.error : undefined}
      />

      {phase.kind === 'preview' ? (
        <section className={styles.step} aria-labelledby="preview-heading">
          <h2 id="preview-heading">{tSheet.sheet.previewHeading}</h2>
          {phase.preview.kind === 'headers' ? (
            <HeaderMismatch missing={phase.preview.missing} unknown={phase.preview.unknown} />
          ) : (
            <Preview preview={phase.preview} fileName={phase.fileName} onConfirm={confirm} />
          )}
        </section>
      ) : null}

      {phase.kind === 'importing' ? (
        <ImportReport
          preview={phase.preview}
          outcomes={phase.outcomes}
          finished={phase.finished}
          fileName={phase.fileName}
          onStop={() => running.current?.abort()}
          onAgain={again}
        />
      ) : null}
    </div>
  )
}

type PreviewProps = {
  preview: Extract<ImportPreview, { kind: 'rows' }>
  fileName: string
  onConfirm: (preview: Extract<ImportPreview, { kind: 'rows' }>, fileName: string) => Promise<void>
}

function Preview({ preview, fileName, onConfirm }: PreviewProps) {
  if (preview.rows.length === 0) return <p className={styles.failure}>{tSheet.sheet.noRows}</p>
  return (
    <>
      <PreviewSummary preview={preview} />
      <PreviewTable rows={preview.rows} />
      <div className={styles.confirm}>
        {preview.valid > 0 ? (
          <button type="button" className={styles.primary} onClick={() => void onConfirm(preview, fileName)}>
            {tSheet.sheet.confirm(preview.valid)}
          </button>
        ) : (
          <p className={styles.failure}>{tSheet.sheet.nothingToImport}</p>
        )}
        <p className={styles.hint}>{tSheet.sheet.confirmHint}</p>
      </div>
    </>
  )
}
