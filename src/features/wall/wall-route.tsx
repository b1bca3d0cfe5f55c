import { useQuery } from '@tanstack/react-query'
import { campaignQuery } from '@/api/campaign'
import { summaryQuery } from '@/api/stats'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { t } from '@/lib/strings/strings'
import { DemandTile } from './components/demand-tile'
import { ListTile } from './components/list-tile'
import styles from './wall-route.module.css'

/** 进度墙: one headline tile per campaign list, then the demands behind them. Lists are data. */
export function WallRoute() {
  const campaign = useQuery(campaignQuery())
  const summary = useQuery(summaryQuery())
  const header = (
    <PageHeader
      title={t.wall.title}
      description={t.wall.intro}
      marks={<StaleMark stale={campaign.isRefetchError || summary.isRefetchError} refreshing={summary.isFetching && !summary.isPending} />}
    />
  )

  if (!campaign.data || !summary.data) {
    return (
      <>
        {header}
        <QueryFallback queries={[campaign, summary]} />
      </>
    )
  }

  const statsByList = new Map(summary.data.lists.map((stats) => [stats.listId, stats]))
  return (
    <>
      {header}
      <div className={styles.tiles}>
        {campaign.data.lists.map((list) => {
          const stats = statsByList.get(list.id)
          return stats ? <ListTile key={list.id} list={list} stats={stats} /> : null
        })}
        <DemandTile stats={summary.data.demands} />
      </div>
    </>
  )
}
