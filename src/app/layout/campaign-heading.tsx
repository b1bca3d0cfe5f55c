import { useQuery } from '@tanstack/react-query'
import { campaignQuery } from '@/api/campaign'
import { summaryQuery } from '@/api/stats'
import { formatDate } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import styles from './campaign-heading.module.css'

/**
 * The campaign's name and the day the figures are as of; quiet while they load or if they fail. The date's
 * line is there from the first frame (blank until the figures come), so its arrival does not push the page down.
 */
export function CampaignHeading() {
  const campaign = useQuery(campaignQuery())
  const summary = useQuery(summaryQuery())
  return (
    <div className={styles.campaign}>
      <p className={styles.name}>{campaign.data?.name ?? t.app.tagline}</p>
      <p className={styles.asOf}>
        {summary.data ? (
          <time dateTime={summary.data.asOf}>{t.app.dataAsOf(formatDate(summary.data.asOf))}</time>
        ) : (
          '\u00a0'
        )}
      </p>
    </div>
  )
}
