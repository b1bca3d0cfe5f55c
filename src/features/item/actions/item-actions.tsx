import { useId, useState } from 'react'
import type { Item } from '@/domain/model/item'
import { tp } from '@/lib/strings/page-strings'
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
  // While a save is in flight its form stays open: its answer (or its refusal, with the input kept)
  // must land in the form the person used, and a form opened meanwhile would hold a stale version.
  const [saving, setSaving] = useState(false)
  const allowed = offers.filter((offer) => offer.form)
  const refused = offers.filter((offer) => !offer.form)
  const current = allowed.find((offer) => offer.id === open)

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {tp.item.actions}
      </h2>
      <p className={styles.intro}>{tp.item.actionsIntro}</p>
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
              disabled={saving}
              onClick={() => {
                setDone(null)
                setOpen(offer.id === open ? null : offer.id)
              }}
            >
              {tp.item.action[offer.id]}
            </button>
          ))}
        </div>
      ) : null}
      <div id={panelId}>
        {current?.form ? (
          <ActionForm
            key={current.id}
            label={tp.item.action[current.id]}
            fields={current.form.fields}
            initial={current.form.initial}
            item={item}
            submitLabel={tp.item.submit[current.id]}
            optimistic={current.form.optimistic ?? false}
            prepare={current.form.prepare}
            describeChanges={describeChanges}
            onDone={() => {
              setOpen(null)
              setDone(tp.item.saved(tp.item.action[current.id]))
            }}
            onCancel={() => setOpen(null)}
            onPendingChange={setSaving}
          />
        ) : null}
      </div>
      {refused.length > 0 ? (
        <div className={styles.refused}>
          <h3 className={styles.subheading}>{tp.item.notAllowed}</h3>
          <ul className={styles.list}>
            {refused.map((offer) => (
              <li key={offer.id}>
                <span className={styles.name}>{tp.item.action[offer.id]}</span>
                {offer.reasons.length === 1 ? (
                  <span className={styles.reason}>{offer.reasons[0]}</span>
                ) : (
                  <span className={styles.reason}>
                    {tp.item.strikeOffBlocked}
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
