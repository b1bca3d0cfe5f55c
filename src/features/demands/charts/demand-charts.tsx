import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { demandChannels, demandStatuses } from '@/domain/model/demand'
import type { DemandStats } from '@/domain/model/stats'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from './demand-charts.module.css'
import { useWidth } from './use-width'

type Row = { key: string; name: string; value: number }

/** Counts by channel and by status for the filters in use (recharts: its own chunk, loaded lazily). */
export function DemandCharts({ stats }: { stats: DemandStats }) {
  const channels: Row[] = demandChannels.map((channel) => ({ key: channel, name: tp.channel[channel], value: stats.byChannel[channel] }))
  const statuses: Row[] = demandStatuses.map((status) => ({ key: status, name: t.demandStatus[status], value: stats.byStatus[status] }))
  return (
    <div className={styles.charts}>
      <CountChart title={tp.demands.byChannel} rows={channels} colour="#9f1c1c" />
      <CountChart title={tp.demands.byStatus} rows={statuses} colour="#0b57d0" />
    </div>
  )
}

function CountChart({ title, rows, colour }: { title: string; rows: Row[]; colour: string }) {
  const { ref, width } = useWidth<HTMLDivElement>()
  const height = 32 * rows.length + 24
  return (
    <figure className={styles.card}>
      <figcaption className={styles.title}>{title}</figcaption>
      <div ref={ref} style={{ height }} aria-hidden="true">
        {width > 0 ? (
          <BarChart accessibilityLayer={false} width={width} height={height} data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} stroke="#e4e8ec" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#57606a' }} />
            <YAxis type="category" dataKey="name" width={84} tick={{ fontSize: 12, fill: '#1f2328' }} />
            <Tooltip />
            <Bar dataKey="value" name={tp.demands.count} fill={colour} isAnimationActive={false} label={{ position: 'right', fontSize: 12, fill: '#1f2328' }} />
          </BarChart>
        ) : null}
      </div>
      <details className={styles.data}>
        <summary>{tp.demands.chartData}</summary>
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
      </details>
    </figure>
  )
}
