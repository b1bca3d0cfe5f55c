import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { tp } from '@/lib/strings/page-strings'

export type CountRow = { key: string; name: string; value: number }

type Props = { rows: readonly CountRow[]; colour: string; width: number; height: number }

/** One horizontal bar chart of counts (recharts: its own chunk, loaded lazily into a card already sized for it). */
export function CountBarChart({ rows, colour, width, height }: Props) {
  return (
    <BarChart
      accessibilityLayer={false}
      width={width}
      height={height}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
    >
      <CartesianGrid horizontal={false} stroke="#e4e8ec" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#57606a' }} />
      <YAxis type="category" dataKey="name" width={84} tick={{ fontSize: 12, fill: '#1f2328' }} />
      <Tooltip />
      <Bar
        dataKey="value"
        name={tp.demands.count}
        fill={colour}
        isAnimationActive={false}
        label={{ position: 'right', fontSize: 12, fill: '#1f2328' }}
      />
    </BarChart>
  )
}
