import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useNavigate } from 'react-router-dom'
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { categoryStatsQuery } from '@/api/category-stats'
import { trendQuery, unitStatsQuery } from '@/api/stats'
import { QueryFallback } from '@/components/query-fallback'
import type { Campaign } from '@/domain/model/campaign'
import type { Summary } from '@/domain/model/stats'
import { formatShortDate } from '@/lib/format'
import { listLabel, nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { drillHref } from '../use-as-of'
import { matrixListOf } from '../wall-lists'
import { ChartCard } from './chart-card'
import styles from './wall-charts.module.css'
import { tokenColours } from './token-colours'
import { UnitRateBars } from './unit-rate-bars'

type Props = {
  campaign: Campaign
  summary: Summary
  asOf: string | undefined
  unitName: (unitId: string) => string
  only?: 'screen'
}

const filtered = (asOf: string | undefined) => (asOf ? { asOf } : {})

/** The wall's charts (recharts, its own chunk): burn-up, units, lights, categories, the demand funnel. */
export function WallCharts({ campaign, summary, asOf, unitName, only }: Props) {
  const headingId = useId()
  const navigate = useNavigate()
  const colours = tokenColours()
  const list = matrixListOf(campaign.lists)
  const trend = useQuery({
    ...trendQuery({ ...(list ? { list: list.id } : {}), ...filtered(asOf) }),
    enabled: list !== undefined,
  })
  const units = useQuery({
    ...unitStatsQuery({ ...(list ? { list: list.id } : {}), ...filtered(asOf) }),
    enabled: list !== undefined,
  })
  const categories = useQuery(categoryStatsQuery({ ...(list ? { list: list.id } : {}), ...filtered(asOf) }))
  if (!list) return null
  const label = listLabel(list)
  const categoryName = nameLookup(campaign.categories)
  const go = (to: string) => void navigate(to)

  const weeks = (trend.data?.weeks ?? []).map((week) => ({ ...week, week: formatShortDate(week.weekStart) }))
  const lightRows = campaign.lists.flatMap((entry) => {
    const stats = summary.lists.find((row) => row.listId === entry.id)
    return stats
      ? [
          {
            listId: entry.id,
            name: listLabel(entry),
            red: stats.lights.red,
            yellow: stats.lights.yellow,
            green: stats.lights.green,
            done: stats.done,
          },
        ]
      : []
  })
  const categoryRows = (categories.data?.categories ?? []).map((row) => ({
    categoryId: row.categoryId,
    name: categoryName(row.categoryId),
    done: row.done,
    open: row.total - row.done,
  }))
  const demands = summary.demands
  const funnel = [
    // Each step leads to the demand pool filtered by the same stage rule that counts it (today's data).
    { name: t.wall.funnelCollected, value: demands.total, to: '/demands' },
    { name: t.wall.funnelAdopted, value: demands.linked, to: '/demands?stage=adopted' },
    { name: t.wall.funnelDone, value: demands.linkedDone, to: '/demands?stage=done' },
    { name: t.wall.funnelClosed, value: demands.linkedClosed, to: '/demands?stage=closed' },
  ]
  const screen = only === 'screen'
  // On the meeting-room screen the charts share two rows of the 16:9 panel and are read from afar.
  const plotHeight = screen ? Math.max(240, Math.round(window.innerHeight * 0.29)) : 260
  const axis = { fontSize: screen ? 15 : 12, fill: colours.muted }
  const link = (text: string | number, href: string, what: string) => ({
    text,
    href,
    label: t.wall.figureLink(what, String(text)),
  })

  return (
    <section
      className={only === 'screen' ? `${styles.section} ${styles.screen}` : styles.section}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className={only === 'screen' ? 'visually-hidden' : styles.heading}>
        {t.wall.chartsHeading}
      </h2>
      <div className={styles.grid}>
        {trend.data ? (
          <ChartCard
            title={t.wall.burnUpTitle(label)}
            height={plotHeight}
            tableCaption={t.wall.chartTable(t.wall.burnUpTitle(label))}
            table={{
              columns: [t.wall.weekOf, t.wall.burnUpDone, t.wall.burnUpPlanned, t.wall.burnUpClosed],
              rows: weeks.map((w) => [w.week, w.done, w.planned, w.closed]),
            }}
          >
            {(width, height) => (
              <ComposedChart
                accessibilityLayer={false}
                width={width}
                height={height}
                data={weeks}
                margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
              >
                <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" />
                <XAxis dataKey="week" tick={axis} interval="preserveStartEnd" />
                <YAxis tick={axis} width={44} />
                <Tooltip />
                <Legend />
                <Line
                  type="monotone"
                  dataKey="planned"
                  name={t.wall.burnUpPlanned}
                  stroke={colours.muted}
                  strokeDasharray="6 4"
                  dot={false}
                  isAnimationActive={false}
                />
                <Line
                  type="monotone"
                  dataKey="done"
                  name={t.wall.burnUpDone}
                  stroke={colours.green}
                  strokeWidth={3}
                  dot={false}
                  isAnimationActive={false}
                />
                <Line
                  type="monotone"
                  dataKey="closed"
                  name={t.wall.burnUpClosed}
                  stroke={colours.brand}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              </ComposedChart>
            )}
          </ChartCard>
        ) : (
          <QueryFallback queries={[trend]} />
        )}

        {units.data ? (
          <UnitRateBars
            title={t.wall.unitRateTitle(label)}
            listId={list.id}
            units={units.data.units}
            asOf={asOf}
            unitName={unitName}
            // On the screen it takes two rows of the grid, so every unit keeps a readable line.
            className={screen ? styles.tall : undefined}
            large={screen}
          />
        ) : (
          <QueryFallback queries={[units]} />
        )}

        <ChartCard
          title={t.wall.lightsTitle}
          hint={t.wall.chartHint}
          tableCaption={t.wall.chartTable(t.wall.lightsTitle)}
          height={plotHeight}
          table={{
            columns: [t.list.list, t.light.red, t.light.yellow, t.light.green, t.light.none],
            rows: lightRows.map((row) => [
              row.name,
              ...(['red', 'yellow', 'green'] as const).map((light) =>
                link(
                  row[light],
                  drillHref({ list: [row.listId], light: [light] }, asOf),
                  `${row.name}${t.light[light]}`,
                ),
              ),
              link(
                row.done,
                drillHref({ list: [row.listId], status: ['done', 'closed'] }, asOf),
                `${row.name}${t.light.none}`,
              ),
            ]),
          }}
        >
          {(width, height) => (
            <BarChart
              accessibilityLayer={false}
              width={width}
              height={height}
              data={lightRows}
              margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
            >
              <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={axis} />
              <YAxis tick={axis} width={44} />
              <Tooltip />
              <Legend />
              {(['red', 'yellow', 'green'] as const).map((light) => (
                <Bar
                  key={light}
                  dataKey={light}
                  stackId="lights"
                  name={t.light[light]}
                  fill={colours[light]}
                  cursor="pointer"
                  isAnimationActive={false}
                  onClick={(_data, index) => {
                    const row = lightRows[index]
                    if (row) go(drillHref({ list: [row.listId], light: [light] }, asOf))
                  }}
                />
              ))}
              <Bar
                dataKey="done"
                stackId="lights"
                name={t.light.none}
                fill={colours.none}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(_data, index) => {
                  const row = lightRows[index]
                  if (row) go(drillHref({ list: [row.listId], status: ['done', 'closed'] }, asOf))
                }}
              />
            </BarChart>
          )}
        </ChartCard>

        {categories.data ? (
          <ChartCard
            title={`${label} · ${t.wall.categoryTitle}`}
            hint={t.wall.chartHint}
            tableCaption={t.wall.chartTable(t.wall.categoryTitle)}
            height={plotHeight}
            table={{
              columns: [t.list.category, t.wall.categoryDone, t.wall.categoryOpen],
              rows: categoryRows.map((row) => [
                row.name,
                link(
                  row.done,
                  drillHref({ list: [list.id], category: [row.categoryId], status: ['done', 'closed'] }, asOf),
                  `${row.name}${t.wall.categoryDone}`,
                ),
                link(
                  row.open,
                  drillHref({ list: [list.id], category: [row.categoryId], status: ['planned', 'in_progress'] }, asOf),
                  `${row.name}${t.wall.categoryOpen}`,
                ),
              ]),
            }}
          >
            {(width, height) => (
              <BarChart
                accessibilityLayer={false}
                width={width}
                height={height}
                data={categoryRows}
                margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
              >
                <CartesianGrid stroke={colours.grid} strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" tick={axis} interval={0} angle={-30} textAnchor="end" height={56} />
                <YAxis tick={axis} width={44} />
                <Tooltip />
                <Legend />
                <Bar
                  dataKey="done"
                  stackId="category"
                  name={t.wall.categoryDone}
                  fill={colours.green}
                  cursor="pointer"
                  isAnimationActive={false}
                  onClick={(_data, index) => {
                    const row = categoryRows[index]
                    if (row)
                      go(drillHref({ list: [list.id], category: [row.categoryId], status: ['done', 'closed'] }, asOf))
                  }}
                />
                <Bar
                  dataKey="open"
                  stackId="category"
                  name={t.wall.categoryOpen}
                  fill={colours.link}
                  cursor="pointer"
                  isAnimationActive={false}
                  onClick={(_data, index) => {
                    const row = categoryRows[index]
                    if (row)
                      go(
                        drillHref(
                          { list: [list.id], category: [row.categoryId], status: ['planned', 'in_progress'] },
                          asOf,
                        ),
                      )
                  }}
                />
              </BarChart>
            )}
          </ChartCard>
        ) : (
          <QueryFallback queries={[categories]} />
        )}

        <ChartCard
          title={t.wall.funnelTitle}
          hint={t.wall.funnelHint}
          tableCaption={t.wall.chartTable(t.wall.funnelTitle)}
          height={plotHeight}
          table={{
            columns: [t.wall.funnelTitle, t.wall.count],
            rows: funnel.map((step) => [step.name, link(step.value, step.to, step.name)]),
          }}
        >
          {(width, height) => (
            <BarChart
              accessibilityLayer={false}
              width={width}
              height={height}
              data={funnel}
              layout="vertical"
              margin={{ top: 4, right: 40, bottom: 0, left: 8 }}
            >
              <XAxis type="number" hide />
              <YAxis type="category" dataKey="name" tick={axis} width={72} />
              <Tooltip />
              <Bar
                dataKey="value"
                name={t.wall.count}
                cursor="pointer"
                isAnimationActive={false}
                label={{ position: 'right', fill: colours.muted, fontSize: axis.fontSize }}
                onClick={(_data, index) => {
                  const step = funnel[index]
                  if (step) go(step.to)
                }}
              >
                {funnel.map((step, index) => (
                  <Cell key={step.name} fill={[colours.link, colours.yellow, colours.green, colours.brand][index]} />
                ))}
              </Bar>
            </BarChart>
          )}
        </ChartCard>
      </div>
    </section>
  )
}
