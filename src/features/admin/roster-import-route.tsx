import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type ChangeEvent } from 'react'
import { Link } from 'react-router-dom'
import { accountsQuery, createAccountMutation } from '@/api/accounts'
import { sessionQuery } from '@/api/session'
import { unitsQuery } from '@/api/units'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { FileStep, HeaderMismatch, PreviewSummary } from '@/components/sheet-import-parts'
import { SheetPreviewTable } from '@/components/sheet-preview-table'
import type { Unit } from '@/domain/model/unit'
import { rosterColumns } from '@/domain/roster-rows'
import { canAdministerUsers } from '@/domain/user-admin'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from '@/styles/sheet-import.module.css'
import { RosterReport } from './roster-report'
import { createRosterAccounts, type RosterOutcome } from './roster-run'
import { checkRoster, reviewRoster, rosterTemplate, type RosterPreview } from './roster-sheet'

type RowsPreview = Extract<RosterPreview, { kind: 'rows' }>

type Phase =
  | { kind: 'choose'; error?: string }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; preview: RosterPreview }
  | { kind: 'importing'; fileName: string; preview: RowsPreview; outcomes: RosterOutcome[]; finished: boolean }

/** 导入人员名册 (/admin/users/import, admins): template, file, preview of every row, accounts created one by one. */
export function RosterImportRoute() {
  const session = useQuery(sessionQuery())
  const units = useQuery(unitsQuery())
  const allowed = session.data ? canAdministerUsers(session.data) : null

  let body
  if (allowed && !allowed.ok) body = <p className={styles.failure}>{allowed.reason}</p>
  else if (!allowed || !units.data) body = <QueryFallback queries={[session, units]} />
  else body = <RosterImporter units={units.data.items} />
  return (
    <>
      <PageHeader
        title={ta.roster.title}
        description={ta.roster.description}
        actions={
          <Link to="/admin/users" className={styles.secondary}>
            {ta.roster.back}
          </Link>
        }
      />
      {body}
    </>
  )
}

function RosterImporter({ units }: { units: readonly Unit[] }) {
  const queryClient = useQueryClient()
  const create = useMutation(createAccountMutation(queryClient))
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' })
  const [recheckError, setRecheckError] = useState('')
  const running = useRef<AbortController | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  // The accounts as they are now: a username taken since the page opened is still caught.
  const freshAccounts = async () => (await queryClient.fetchQuery({ ...accountsQuery(), staleTime: 0 })).items

  async function downloadTemplate() {
    const { downloadSheets } = await import('@/lib/sheet/sheet-file')
    await downloadSheets('xlsx', ta.roster.templateFile, rosterTemplate(units))
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setRecheckError('')
    setPhase({ kind: 'reading', fileName: file.name })
    const { readSheetFile, UnsupportedFileError } = await import('@/lib/sheet/sheet-file')
    let table
    try {
      table = await readSheetFile(file)
    } catch (error) {
      const unsupported = error instanceof UnsupportedFileError
      setPhase({ kind: 'choose', error: unsupported ? tSheet.sheet.unsupported : tSheet.sheet.unreadable })
      return
    }
    let accounts
    try {
      accounts = await freshAccounts()
    } catch {
      if (!controller.signal.aborted) setPhase({ kind: 'choose', error: ta.roster.accountsFailed })
      return
    }
    if (!controller.signal.aborted)
      setPhase({ kind: 'preview', fileName: file.name, preview: reviewRoster(table, { units, accounts }) })
  }

  async function confirm(preview: RowsPreview, fileName: string) {
    const controller = new AbortController()
    running.current = controller
    const outcomes: RosterOutcome[] = []
    const show = (finished: boolean) =>
      setPhase({ kind: 'importing', fileName, preview, outcomes: [...outcomes], finished })
    show(false)
    await createRosterAccounts(
      preview.rows,
      (account) => create.mutateAsync(account),
      (outcome) => {
        outcomes.push(outcome)
        show(false)
      },
      controller.signal,
    )
    show(true)
  }

  /** The same file checked again against the accounts now (those just created included): the rest can follow. */
  async function recheck(preview: RowsPreview, fileName: string) {
    setRecheckError('')
    try {
      const accounts = await freshAccounts()
      setPhase({
        kind: 'preview',
        fileName,
        preview: checkRoster(preview.source, preview.unknown, { units, accounts }),
      })
    } catch {
      setRecheckError(ta.roster.accountsFailed)
    }
  }

  function again() {
    running.current?.abort()
    setRecheckError('')
    setPhase({ kind: 'choose' })
    if (fileInput.current) fileInput.current.value = ''
  }

  return (
    <div className={styles.steps}>
      <section className={styles.step} aria-labelledby="roster-template-heading">
        <h2 id="roster-template-heading">{ta.roster.templateHeading}</h2>
        <p className={styles.hint}>{ta.roster.templateHint}</p>
        <div className={styles.buttons}>
          <button type="button" className={styles.secondary} onClick={() => void downloadTemplate()}>
            {ta.roster.template}
          </button>
        </div>
      </section>

      <FileStep
        id="roster-file"
        label={ta.roster.fileLabel}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        inputRef={fileInput}
        onChoose={(event) => void choose(event)}
        disabled={phase.kind === 'importing' && !phase.finished}
        status={phase.kind === 'reading' ? tSheet.sheet.reading(phase.fileName) : ''}
        error={phase.kind === 'choose' ? phase.error : undefined}
      />

      {phase.kind === 'preview' ? (
        <section className={styles.step} aria-labelledby="roster-preview-heading">
          <h2 id="roster-preview-heading">{tSheet.sheet.previewHeading}</h2>
          {phase.preview.kind === 'headers' ? (
            <HeaderMismatch missing={phase.preview.missing} unknown={phase.preview.unknown} />
          ) : (
            <Preview
              preview={phase.preview}
              onConfirm={() => void confirm(phase.preview as RowsPreview, phase.fileName)}
            />
          )}
        </section>
      ) : null}

      {phase.kind === 'importing' ? (
        <RosterReport
          preview={phase.preview}
          outcomes={phase.outcomes}
          finished={phase.finished}
          units={units}
          recheckError={recheckError}
          onStop={() => running.current?.abort()}
          onRecheck={() => void recheck(phase.preview, phase.fileName)}
          onAgain={again}
        />
      ) : null}
    </div>
  )
}

function Preview({ preview, onConfirm }: { preview: RowsPreview; onConfirm: () => void }) {
  if (preview.rows.length === 0) return <p className={styles.failure}>{tSheet.sheet.noRows}</p>
  return (
    <>
      <PreviewSummary preview={preview} />
      <SheetPreviewTable columns={rosterColumns} rows={preview.rows} />
      <div className={styles.confirm}>
        {preview.valid > 0 ? (
          <button type="button" className={styles.primary} onClick={onConfirm}>
            {ta.roster.confirm(preview.valid)}
          </button>
        ) : (
          <p className={styles.failure}>{tSheet.sheet.nothingToImport}</p>
        )}
        <p className={styles.hint}>{ta.roster.confirmHint}</p>
      </div>
    </>
  )
}
