import { useState } from 'react'
import { Link } from 'react-router-dom'
import { attentionOf } from '@/domain/attention'
import { canPostUpdate, canReportProgress } from '@/domain/permissions'
import type { Item } from '@/domain/model/item'
import type { User } from '@/domain/model/user'
import { Disclosure } from '@/components/disclosure'
import { EmptyState } from '@/components/empty-state'
import { LightBadge } from '@/components/light-badge'
import { formatDate } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from '../my-unit.module.css'
import { QuickUpdate } from './quick-update'

type Props = { items: readonly Item[]; user: User; today: string }

/** 需要处理: the unit's items that wait for their owner, with the two answers a secretary gives. */
export function AttentionList({ items, user, today }: Props) {
  const [notice, setNotice] = useState('')
  const waiting = items
    .map((item) => ({ item, reasons: attentionOf(item, today) }))
    .filter((entry) => entry.reasons.length > 0)
  return (
    <section className={styles.section} aria-labelledby="attention-heading">
      <h2 id="attention-heading">
        {tp.myUnit.attentionHeading}
        <span className={styles.count}>{waiting.length}</span>
      </h2>
      <p className={styles.hint}>{tp.myUnit.attentionIntro}</p>
      <p className={styles.notice} role="status">
        {notice}
      </p>
      {waiting.length === 0 ? (
        <EmptyState title={tp.myUnit.attentionNone} />
      ) : (
        <ul className={styles.attention}>
          {waiting.map(({ item, reasons }) => (
            <li key={item.id} className={styles.attentionItem}>
              <div className={styles.attentionText}>
                <Link to={`/items/${encodeURIComponent(item.id)}`} className={styles.itemLink}>
                  {item.code} {item.title}
                </Link>
                <div className={styles.reasons}>
                  {reasons.map((reason) => (
                    <span key={reason} className={styles.reason}>
                      {tp.myUnit.reason[reason]}
                    </span>
                  ))}
                  {item.urge.open > 0 && item.urge.replyBy ? (
                    <span className={styles.meta}>{tp.myUnit.replyBy(formatDate(item.urge.replyBy))}</span>
                  ) : null}
                  <span className={styles.meta}>
                    {t.list.deadline} {formatDate(item.deadline)} · {t.list.progress} {item.progress}%
                  </span>
                  <LightBadge light={item.light} />
                </div>
              </div>
              <div className={styles.quickActions}>
                {canReportProgress(user, item).ok && item.status !== 'done' ? (
                  <Disclosure button={tp.myUnit.reportProgress} label={tp.myUnit.reportProgressFor(item.title)}>
                    {(close) => (
                      <QuickUpdate
                        item={item}
                        kind="progress"
                        onDone={(message) => {
                          setNotice(message)
                          close()
                        }}
                      />
                    )}
                  </Disclosure>
                ) : null}
                {reasons.includes('urged') && canPostUpdate(user, item, 'reply').ok ? (
                  <Disclosure button={tp.myUnit.replyUrge} label={tp.myUnit.replyUrgeFor(item.title)}>
                    {(close) => (
                      <QuickUpdate
                        item={item}
                        kind="reply"
                        onDone={(message) => {
                          setNotice(message)
                          close()
                        }}
                      />
                    )}
                  </Disclosure>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
