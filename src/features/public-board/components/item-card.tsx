import { LightBadge } from '@/components/light-badge'
import { ProgressBar } from '@/components/progress-bar'
import { StatusBadge } from '@/components/status-badge'
import type { PublicItem } from '@/domain/model/public-board'
import { formatDate } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import styles from './item-card.module.css'

type Props = { item: PublicItem; listName: string; unitName: string | null }

/** One item on the notice board: what is being done, for whom, how far, and by when. */
export function ItemCard({ item, listName, unitName }: Props) {
  return (
    <li className={styles.card}>
      <div className={styles.top}>
        <span className={styles.code}>{item.code}</span>
        {item.key ? <span className={styles.key}>{t.list.keyBadge}</span> : null}
        <span className={styles.badges}>
          <StatusBadge status={item.status} />
          {item.light === 'none' ? null : <LightBadge light={item.light} />}
        </span>
      </div>
      <h3 className={styles.title}>{item.title}</h3>
      <p className={styles.meta}>
        {unitName ? `${unitName} · ` : ''}
        {listName}
      </p>
      <p className={styles.meta}>{t.publicBoard.beneficiaries(item.beneficiaries)}</p>
      <div className={styles.progress}>
        <ProgressBar
          size="sm"
          value={item.progress}
          label={`${item.code} ${t.list.progress}`}
          valueText={`${item.progress}%`}
        />
        <span>{t.publicBoard.progress(item.progress)}</span>
      </div>
      <p className={styles.meta}>
        <time dateTime={item.deadline}>{t.publicBoard.deadline(formatDate(item.deadline))}</time>
      </p>
    </li>
  )
}
