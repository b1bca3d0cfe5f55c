import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router-dom'
import { campaignQuery } from '@/api/campaign'
import { sessionQuery } from '@/api/session'
import { unitsQuery } from '@/api/units'
import { dateOf } from '@/domain/dates'
import { canCreateItems } from '@/domain/permissions'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { tp } from '@/lib/strings/page-strings'
import { ItemForm } from './components/item-form'
import { prefillSource } from './prefill'

/** 新建项目 (/items/new): prefilled from the address, e.g. ?unit=…&list=…&demands=a,b&title=…. */
export function NewItemRoute() {
  const [params] = useSearchParams()
  const session = useQuery(sessionQuery())
  const campaign = useQuery(campaignQuery())
  const units = useQuery(unitsQuery())
  const user = session.data

  let body
  if (!user || !campaign.data || !units.data) body = <QueryFallback queries={[session, campaign, units]} />
  else if (!canCreateItems(user).ok) body = <EmptyState title={tp.newItem.forbidden} />
  else {
    const source = prefillSource(params)
    body = (
      <ItemForm
        key={`${user.id}?${source}`}
        user={user}
        campaign={campaign.data}
        units={units.data.items}
        params={params}
        source={source}
        today={dateOf(new Date())}
      />
    )
  }
  return (
    <>
      <PageHeader title={tp.newItem.title} description={tp.newItem.intro} />
      {body}
    </>
  )
}
