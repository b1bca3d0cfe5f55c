import { useId, useState } from 'react'
import type { Item } from '@/domain/model/item'
import { t } from '@/lib/strings/strings'
import { ActionForm } from './action-form'
import styles from './item-actions.module.css'
import type { ActionId, Offer } from './offers'

type Props = {
  offers: readonly Offer[]
  item: Item
  describeChanges: (before: Item, after: Item) => string[]
}

/**
 * 办理: the actions this role may take on the item, each opening its form in place; the ones it may
 * not take are listed with the domain's reason.
 */
export function ItemActions({ offers, item, describeChanges }: Props) {
  const headingId = useId()
  const panelId = useId()
  const [open, setOpen] = useState<ActionId | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const allowed = offers.filter((offer) => offer.form)
  const refused = offers.filter((offer) => !offer.form)
  const current = allowed.find((offer) => offer.id === open)

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.item.actions}
      </h2>
      <p className={styles.intro}>{t.item.actionsIntro}</p>
      <p className={styles.done} role="status">
        {done}
      </p>
      {allowed.length > 0 ? (
        <div className={styles.buttons}>
          {allowed.map((offer) => (
            <button
              key={offer.id}
              type="button"
              className={offer.id === open ? `${styles.action} ${styles.open}` : styles.action}
              aria-expanded={offer.id === open}
              aria-controls={panelId}
              onClick={() => {
                setDone(null)
                setOpen(offer.id === open ? null : offer.id)
              }}
            >
              {t.item.action[offer.id]}
            </button>
          ))}
        </div>
      ) : null}
      <div id={panelId}>
        {current?.form ? (
          <ActionForm
            key={current.id}
            label={t.item.action[current.id]}
            fields={current.form.fields}
            initial={current.form.initial}
            item={item}
            submitLabel={t.item.submit[current.id]}
            optimistic={current.form.optimistic ?? false}
            prepare={current.form.prepare}
            describeChanges={describeChanges}
            onDone={() => {
              setOpen(null)
              setDone(t.item.saved(t.item.action[current.id]))
            }}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </div>
      {refused.length > 0 ? (
        <div className={styles.refused}>
          <h3 className={styles.subheading}>{t.item.notAllowed}</h3>
          <ul className={styles.list}>
            {refused.map((offer) => (
              <li key={offer.id}>
                <span className={styles.name}>{t.item.action[offer.id]}</span>
                {offer.reasons.length === 1 ? (
                  <span className={styles.reason}>{offer.reasons[0]}</span>
                ) : (
                  <span className={styles.reason}>
                    {t.item.strikeOffBlocked}
                    <ul>
                      {offer.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
