import { ImportProgress } from '@/components/sheet-import-parts'
import { previewResult, SheetPreviewTable, type RowResult } from '@/components/sheet-preview-table'
import { TableFrame } from '@/components/table-frame'
import type { Unit } from '@/domain/model/unit'
import { rosterColumns } from '@/domain/roster-rows'
import { roleText } from '@/domain/user-admin'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from '@/styles/sheet-import.module.css'
import type { RosterOutcome } from './roster-run'
import {
  passwordHeaders,
  passwordSheets,
  type CreatedAccount,
  type RosterPreview,
  type RosterPreviewRow,
} from './roster-sheet'

type Props = {
  preview: Extract<RosterPreview, { kind: 'rows' }>
  outcomes: readonly RosterOutcome[]
  finished: boolean
  units: readonly Unit[]
  recheckError: string
  onStop: () => void
  onRecheck: () => void
  onAgain: () => void
}

function resultOf(row: RosterPreviewRow, outcome: RosterOutcome | undefined): RowResult {
  if (outcome?.kind === 'created') return { text: ta.roster.created, tone: 'good' }
  if (outcome?.kind === 'failed') return { text: ta.roster.failed(outcome.message), tone: 'bad' }
  if (outcome?.kind === 'stopped') return { text: ta.roster.stopped, tone: 'bad' }
  return row.status === 'ok' ? { text: ta.roster.waiting, tone: 'muted' } : previewResult(row)
}

/** Each row's fate, and the new accounts' one-time passwords: shown this once, downloadable as 初始密码单. */
export function RosterReport({ preview, outcomes, finished, units, recheckError, onStop, onRecheck, onAgain }: Props) {
  const byLine = new Map(outcomes.map((outcome) => [outcome.line, outcome]))
  const created: CreatedAccount[] = outcomes.flatMap((outcome) =>
    outcome.kind === 'created' ? [{ account: outcome.account, password: outcome.password }] : [],
  )
  const failed = outcomes.filter((outcome) => outcome.kind === 'failed').length
  const stopped = outcomes.filter((outcome) => outcome.kind === 'stopped').length
  const unitName = (id: string | null) =>
    id === null ? ta.people.noUnit : (units.find((unit) => unit.id === id)?.name ?? id)

  async function download() {
    const { downloadSheets } = await import('@/lib/sheet/sheet-file')
    await downloadSheets('xlsx', ta.roster.passwordsFile, passwordSheets(created, unitName))
  }

  return (
    <>
      <section className={styles.step} aria-labelledby="roster-report-heading">
        <h2 id="roster-report-heading">{ta.roster.reportHeading}</h2>
        {finished ? (
          <p className={styles.summary} role="status">
            {ta.roster.summary(created.length, failed, preview.invalid + stopped)}
          </p>
        ) : (
          <ImportProgress
            text={() => ta.roster.importing(outcomes.length, preview.valid)}
            stopLabel={ta.roster.stop}
            onStop={onStop}
          />
        )}
        <SheetPreviewTable
          columns={rosterColumns}
          rows={preview.rows.filter((row) => row.status !== 'empty')}
          result={(row) => resultOf(row, byLine.get(row.line))}
          isProblem={(row) => byLine.get(row.line)?.kind !== 'created'}
        />
        {finished ? (
          <div className={styles.buttons}>
            {created.length < preview.valid ? (
              <button type="button" className={styles.secondary} onClick={onRecheck}>
                {ta.roster.recheck}
              </button>
            ) : null}
            <button type="button" className={styles.secondary} onClick={onAgain}>
              {ta.roster.another}
            </button>
          </div>
        ) : null}
        {recheckError ? (
          <p className={styles.failure} role="alert">
            {recheckError}
          </p>
        ) : null}
      </section>

      {created.length > 0 ? (
        <section className={styles.step} aria-labelledby="roster-passwords-heading">
          <h2 id="roster-passwords-heading">{ta.roster.passwordsHeading}</h2>
          <p className={styles.failure}>{ta.roster.passwordsWarning}</p>
          <TableFrame caption={ta.roster.passwordsCaption}>
            <thead>
              <tr>
                {passwordHeaders.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {created.map(({ account, password }) => (
                <tr key={account.id}>
                  <th scope="row">{account.name}</th>
                  <td>
                    <code>{account.username}</code>
                  </td>
                  <td>{roleText[account.role]}</td>
                  <td>{unitName(account.unitId)}</td>
                  <td>
                    <code>{password}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
          <div className={styles.buttons}>
            <button type="button" className={styles.primary} onClick={() => void download()}>
              {ta.roster.download}
            </button>
          </div>
        </section>
      ) : null}
    </>
  )
}
