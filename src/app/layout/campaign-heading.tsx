import { useQuery } from '@tanstack/react-query'
import { campaignQuery } from '@/api/campaign'
import { useSearchParams } from 'react-router-dom'
import { summaryQuery } from '@/api/stats'
import { dateOf } from '@/domain/dates'
import { checkAsOf } from '@/domain/as-of'
import { asOfFrom } from '@/features/wall/as-of-param'
import { formatDate } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import styles from './campaign-heading.module.css'

/**
 * The campaign's name and the day the figures are as of: the page's day when it shows a past one (?asOf=),
 * so that the header and the page name one day. Quiet while they load or if they fail. The date's
 * line is there from the first frame (blank until the figures come), so its arrival does not push the page down.
 */
export function CampaignHeading() {
  const campaign = useQuery(campaignQuery())
  const [params] = useSearchParams()
  const asOf = asOfFrom(params)
  // A day outside the campaign is the page's to explain; the header then names no day.
  const outside =
    asOf !== undefined &&
    campaign.data !== undefined &&
    checkAsOf(asOf, campaign.data.startDate, dateOf(new Date())) !== 'ok'
  const summary = useQuery({ ...summaryQuery(asOf), enabled: !outside })
  return (
    <div className={styles.campaign}>
      <p className={styles.name}>{campaign.data?.name ?? t.app.tagline}</p>
      <p className={styles.asOf}>
        {summary.data && !outside ? (
          <time dateTime={summary.data.asOf}>{t.app.dataAsOf(formatDate(summary.data.asOf))}</time>
        ) : (
          '\u00a0'
        )}
      </p>
    </div>
  )
}
