import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { itemKeys, itemsQuery } from '@/api/items'
import type { CampaignList } from '@/domain/model/campaign'
import type { Item } from '@/domain/model/item'
import type { User } from '@/domain/model/user'
import { canSetKey } from '@/domain/permissions'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { describeFailure } from '../actions/failure'
import { usePatchItem } from '../use-item-mutations'
import styles from './key-selection.module.css'

type Props = { user: User; item: Item; list: CampaignList }

/** 重点项目: the list's count against its key target, always shown; select or unselect where the role may. */
export function KeySelection({ user, item, list }: Props) {
  const headingId = useId()
  const queryClient = useQueryClient()
  const keyItems = useQuery({
    ...itemsQuery({ list: [list.id], key: true, pageSize: 1 }),
    enabled: list.keyTarget !== null,
  })
  const patch = usePatchItem(item.id)
  const [error, setError] = useState<string | null>(null)
  const count = keyItems.data?.total
  const decision = count === undefined ? null : canSetKey(user, item, list, count, !item.key)

  const toggle = async () => {
    setError(null)
    try {
      await patch.mutateAsync({ version: item.version, key: !item.key })
    } catch (caught) {
      const failure = describeFailure(caught)
      if (failure.kind === 'conflict') queryClient.setQueryData(itemKeys.detail(item.id), failure.current)
      setError(
        failure.kind === 'conflict'
          ? `${tp.item.conflictTitle}。${tp.item.conflictNoDiff}`
          : failure.kind === 'fields'
            ? Object.values(failure.fields).join('；')
            : failure.message,
      )
    }
  }

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {tp.item.key}
      </h2>
      {list.keyTarget === null ? (
        <p className={styles.muted}>{tp.item.keyNone}</p>
      ) : (
        <>
          <p className={styles.count}>
            <span className={item.key ? styles.on : styles.off}>{item.key ? t.list.keyBadge : tp.ledger.no}</span>
            <span>{count === undefined ? t.states.loading : tp.item.keyCount(count, list.keyTarget)}</span>
          </p>
          {decision?.ok ? (
            <button
              type="button"
              className={styles.button}
              onClick={() => void toggle()}
              disabled={patch.isPending}
              aria-busy={patch.isPending}
            >
              {patch.isPending ? tp.item.keySaving : item.key ? tp.item.keyUnselect : tp.item.keySelect}
            </button>
          ) : decision ? (
            <p className={styles.muted}>
              <button type="button" className={styles.button} disabled aria-describedby={`${headingId}-why`}>
                {item.key ? tp.item.keyUnselect : tp.item.keySelect}
              </button>{' '}
              <span id={`${headingId}-why`}>{decision.reason}</span>
            </p>
          ) : null}
          {error ? (
            <p className={styles.error} role="alert">
              {tp.item.keyFailed}
              {error}
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}
