import { useQuery } from '@tanstack/react-query'
import { unitStatsQuery } from '@/api/stats'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { PlannedNote } from '@/components/planned-note'
import { ProgressBar } from '@/components/progress-bar'
import { QueryFallback } from '@/components/query-fallback'
import { TableFrame } from '@/components/table-frame'
import { completionRate } from '@/domain/stats'
import { formatDate, formatNumber, formatPercent } from '@/lib/format'
import { nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import styles from './report-route.module.css'

/** 通报: every unit's figures, ranked by completion rate, for the scheduling meeting. */
export function ReportRoute() {
  const stats = useQuery(unitStatsQuery())
  const units = useQuery(unitsQuery())
  if (!stats.data || !units.data) {
    return (
      <>
        <PageHeader title={t.report.title} description={t.report.intro} />
        <QueryFallback queries={[stats, units]} />
      </>
    )
  }
  const unitName = nameLookup(units.data.items)
  const ranked = [...stats.data.units].sort((a, b) => completionRate(b) - completionRate(a) || b.total - a.total)
  return (
    <>
      <PageHeader title={t.report.title} description={`${t.report.intro} ${t.app.dataAsOf(formatDate(stats.data.asOf))}`} />
      {ranked.length === 0 ? (
        <EmptyState />
      ) : (
        <TableFrame caption={t.report.tableCaption}>
          <thead>
            <tr>
              <th scope="col">{t.report.unit}</th>
              <th scope="col" data-numeric>
                {t.report.total}
              </th>
              <th scope="col" data-numeric>
                {t.report.done}
              </th>
              <th scope="col">{t.report.rate}</th>
              <th scope="col" data-numeric>
                {t.report.overdue}
              </th>
              <th scope="col" data-numeric>
                {t.report.red}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((row) => {
              const rate = completionRate(row)
              return (
                <tr key={row.unitId}>
                  <th scope="row" className={styles.unit}>
                    {unitName(row.unitId)}
                  </th>
                  <td data-numeric>{formatNumber(row.total)}</td>
                  <td data-numeric>{formatNumber(row.done)}</td>
                  <td>
                    <div className={styles.rate}>
                      <ProgressBar size="sm" value={row.done} max={row.total} label={`${unitName(row.unitId)} ${t.report.rate}`} valueText={formatPercent(rate)} />
                      <span>{formatPercent(rate)}</span>
                    </div>
                  </td>
                  <td data-numeric className={row.overdue > 0 ? styles.alert : undefined}>
                    {formatNumber(row.overdue)}
                  </td>
                  <td data-numeric className={row.lights.red > 0 ? styles.alert : undefined}>
                    {formatNumber(row.lights.red)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </TableFrame>
      )}
      <PlannedNote>{t.report.next}</PlannedNote>
    </>
  )
}
