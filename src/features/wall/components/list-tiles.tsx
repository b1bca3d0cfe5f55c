import type { Campaign } from '@/domain/model/campaign'
import type { Summary } from '@/domain/model/stats'
import { DemandTile } from './demand-tile'
import { ListTile } from './list-tile'

type Props = { lists: Campaign['lists']; summary: Summary; asOf: string | undefined; className?: string | undefined }

/** One tile per list, in the campaign's order, then the demands tile. */
export function ListTiles({ lists, summary, asOf, className }: Props) {
  const statsByList = new Map(summary.lists.map((stats) => [stats.listId, stats]))
  return (
    <div className={className}>
      {lists.map((list) => {
        const stats = statsByList.get(list.id)
        return stats ? <ListTile key={list.id} list={list} stats={stats} asOf={asOf} /> : null
      })}
      <DemandTile stats={summary.demands} />
    </div>
  )
}
