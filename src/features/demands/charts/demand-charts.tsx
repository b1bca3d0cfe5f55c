import { lazy, Suspense } from 'react'
import { LoadingState } from '@/components/loading-state'
import { demandChannels, demandStatuses } from '@/domain/model/demand'
import type { DemandStats } from '@/domain/model/stats'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import type { CountRow } from './count-bar-chart'
import styles from './demand-charts.module.css'
import { useWidth } from '@/lib/use-width'

const CountBarChart = lazy(async () => ({ default: (await import('./count-bar-chart')).CountBarChart }))

/**
 * Counts by channel and by status for the filters in use. The two cards are laid out at their full size from
 * the first frame (one bar per channel and per status, known before the counts come), so neither the counts
 * nor the chart library (recharts, loaded lazily) moves what is below them when they arrive.
 */
export function DemandCharts({ stats }: { stats: DemandStats | undefined }) {
  const channels = demandChannels.map((channel) => ({
    key: channel,
    name: tp.channel[channel],
    value: stats?.byChannel[channel] ?? 0,
  }))
  const statuses = demandStatuses.map((status) => ({
    key: status,
    name: t.demandStatus[status],
    value: stats?.byStatus[status] ?? 0,
  }))
  return (
    <div className={styles.charts}>
      <CountCard title={tp.demands.byChannel} rows={channels} colour="#9f1c1c" ready={stats !== undefined} />
      <CountCard title={tp.demands.byStatus} rows={statuses} colour="#0b57d0" ready={stats !== undefined} />
    </div>
  )
}

function CountCard({
  title,
  rows,
  colour,
  ready,
}: {
  title: string
  rows: readonly CountRow[]
  colour: string
  ready: boolean
}) {
  const { ref, width } = useWidth<HTMLDivElement>()
  const height = 32 * rows.length + 24
  return (
    <figure className={styles.card}>
      <figcaption className={styles.title}>{title}</figcaption>
      <div ref={ref} className={styles.chart} style={{ height }}>
        {!ready ? (
          <LoadingState compact />
        ) : width > 0 ? (
          <div aria-hidden="true">
            <Suspense fallback={<LoadingState compact label={tp.demands.chartLoading} />}>
              <CountBarChart rows={rows} colour={colour} width={width} height={height} />
            </Suspense>
          </div>
        ) : null}
      </div>
      <details className={styles.data}>
        <summary>{tp.demands.chartData}</summary>
        {ready ? (
          <table>
            <caption className="visually-hidden">{tp.demands.countsCaption(title)}</caption>
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col">{tp.demands.count}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name}</th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <LoadingState compact />
        )}
      </details>
    </figure>
  )
}
