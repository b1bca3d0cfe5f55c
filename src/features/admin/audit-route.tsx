import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { auditQuery } from '@/api/accounts'
import { sessionQuery } from '@/api/session'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { TableFrame } from '@/components/table-frame'
import type { AuditEntry } from '@/domain/model/account'
import { auditActionText, canAdministerUsers } from '@/domain/user-admin'
import { formatInstant } from '@/lib/format'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from './admin.module.css'

const columns = ta.audit.columns

function rowOf(entry: AuditEntry): string[] {
  return [formatInstant(entry.at), entry.actorName, auditActionText[entry.action], entry.targetName ?? '', entry.detail]
}

/** 操作日志 (admins): every admin action, newest first, exportable as .xlsx or .csv (formulas neutralised). */
export function AuditRoute() {
  const session = useQuery(sessionQuery())
  const audit = useQuery(auditQuery())
  const [exporting, setExporting] = useState(false)
  const allowed = session.data ? canAdministerUsers(session.data) : null
  if (allowed && !allowed.ok)
    return (
      <>
        <PageHeader title={ta.audit.title} />
        <p className={styles.error}>{allowed.reason}</p>
      </>
    )

  async function download(format: 'xlsx' | 'csv') {
    if (!audit.data) return
    setExporting(true)
    try {
      const [{ downloadSheets }, { neutraliseCell }] = await Promise.all([
        import('@/lib/sheet/sheet-file'),
        import('@/lib/sheet/formula'),
      ])
      await downloadSheets(format, ta.audit.fileName, [
        {
          name: ta.audit.sheetName,
          columns: [
            { header: columns.at, width: 20 },
            { header: columns.actor, width: 12 },
            { header: columns.action, width: 14 },
            { header: columns.target, width: 12 },
            { header: columns.detail, width: 48 },
          ],
          rows: audit.data.items.map((entry) => rowOf(entry).map(neutraliseCell)),
        },
      ])
    } finally {
      setExporting(false)
    }
  }

  return (
    <>
      <PageHeader
        title={ta.audit.title}
        description={ta.audit.description}
        actions={
          <>
            <button
              type="button"
              className={styles.primary}
              disabled={!audit.data || exporting}
              onClick={() => void download('xlsx')}
            >
              {exporting ? ta.audit.exporting : ta.audit.exportXlsx}
            </button>
            <button
              type="button"
              className={styles.secondary}
              disabled={!audit.data || exporting}
              onClick={() => void download('csv')}
            >
              {ta.audit.exportCsv}
            </button>
            <Link className={styles.secondary} to="/admin/users">
              {ta.audit.back}
            </Link>
          </>
        }
      />
      {audit.data ? (
        audit.data.items.length === 0 ? (
          <EmptyState title={ta.audit.empty} />
        ) : (
          <TableFrame caption={ta.audit.tableCaption} captionHidden>
            <thead>
              <tr>
                {Object.values(columns).map((label) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {audit.data.items.map((entry) => {
                const [at, actor, action, target, detail] = rowOf(entry)
                return (
                  <tr key={entry.id}>
                    <td className={styles.nowrap}>{at}</td>
                    <td className={styles.nowrap}>{actor}</td>
                    <td className={styles.nowrap}>{action}</td>
                    <td className={styles.nowrap}>{target}</td>
                    <td>{detail}</td>
                  </tr>
                )
              })}
            </tbody>
          </TableFrame>
        )
      ) : (
        <QueryFallback queries={[audit]} />
      )}
    </>
  )
}
