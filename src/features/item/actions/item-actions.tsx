import { useEffect, useId, useRef, useState } from 'react'
import type { Item } from '@/domain/model/item'
import { tp } from '@/lib/strings/page-strings'
import { ActionForm } from './action-form'
import styles from './item-actions.module.css'
import type { ActionId, FormIntro, Offer } from './offer-types'

/** Each action's name and its submit button (the item's and issue 22's). */
const actionText: Record<ActionId, string> = { ...tp.item.action, ...tp.itemAccountability.action }
const submitText: Record<ActionId, string> = { ...tp.item.submit, ...tp.itemAccountability.submit }

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
  const [done, setDone] = useState<{ text: string; warning: boolean } | null>(null)
  // After a save the form closes: focus goes back to the action's button (or, gone, to the heading).
  const [returnTo, setReturnTo] = useState<{ id: ActionId } | null>(null)
  const cardRef = useRef<HTMLElement>(null)
  // While a save is in flight its form stays open: its answer (or its refusal, with the input kept)
  // must land in the form the person used, and a form opened meanwhile would hold a stale version.
  const [saving, setSaving] = useState(false)
  const allowed = offers.filter((offer) => offer.form)
  const refused = offers.filter((offer) => !offer.form)
  const current = allowed.find((offer) => offer.id === open)

  useEffect(() => {
    if (!returnTo) return
    const card = cardRef.current
    const button = card?.querySelector<HTMLElement>(`[data-action="${returnTo.id}"]`)
    ;(button ?? card?.querySelector<HTMLElement>('h2'))?.focus()
  }, [returnTo])

  return (
    <section ref={cardRef} className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading} tabIndex={-1}>
        {tp.item.actions}
      </h2>
      <p className={styles.intro}>{tp.item.actionsIntro}</p>
      <p className={done?.warning ? `${styles.done} ${styles.warning}` : styles.done} role="status">
        {done?.text}
      </p>
      {allowed.length > 0 ? (
        <div className={styles.buttons}>
          {allowed.map((offer) => (
            <button
              key={offer.id}
              type="button"
              data-action={offer.id}
              className={offer.id === open ? `${styles.action} ${styles.open}` : styles.action}
              aria-expanded={offer.id === open}
              aria-controls={panelId}
              disabled={saving}
              onClick={() => {
                setDone(null)
                setOpen(offer.id === open ? null : offer.id)
              }}
            >
              {actionText[offer.id]}
            </button>
          ))}
        </div>
      ) : null}
      <div id={panelId}>
        {current?.form ? (
          <ActionForm
            key={current.id}
            label={actionText[current.id]}
            intro={current.form.intro ? <IntroBlock intro={current.form.intro} /> : undefined}
            fields={current.form.fields}
            initial={current.form.initial}
            item={item}
            submitLabel={submitText[current.id]}
            optimistic={current.form.optimistic ?? false}
            prepare={current.form.prepare}
            describeChanges={describeChanges}
            onDone={(result) => {
              setOpen(null)
              setDone(
                current.form?.doneText?.(result) ?? { text: tp.item.saved(actionText[current.id]), warning: false },
              )
              setReturnTo({ id: current.id })
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
                <span className={styles.name}>{actionText[offer.id]}</span>
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

/** A form's opening words: a sentence, and the facts it acts on (e.g. the extension request to decide). */
function IntroBlock({ intro }: { intro: FormIntro }) {
  return (
    <>
      {intro.text ? <p>{intro.text}</p> : null}
      {intro.facts && intro.facts.length > 0 ? (
        <dl className={styles.facts}>
          {intro.facts.map((fact) => (
            <div key={fact.term} className={styles.fact}>
              <dt>{fact.term}</dt>
              <dd>{fact.detail}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  )
}
