import { addDays } from '@/domain/dates'
import { firstDenial, invalid } from '@/domain/decision'
import { canDecideExtension, canRequestExtension, pendingExtension } from '@/domain/extension'
import { canChangeStatus, canPostUpdate, canStrikeOff } from '@/domain/permissions'
import { strikeOffBlockers, strikeOffBlockerText } from '@/domain/strike-off'
import { formatDate, formatInstant } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { textArea, type Offer, type OfferTools } from './offer-types'
import { prepareUpdate } from './prepare'

// Issue 22's actions on the item: 申请延期 and its decision by another supervisor, 销号 by someone other
// than whoever reported the work done (a supervisor or a leader) against the list's bar, and 重新打开.

const ta = tp.itemAccountability

/** 申请延期: a new date after the current deadline (within the campaign) and why; settled by 延期审批. */
export function extensionOffer({ user, item, updates, today, draftContext, post, offer }: OfferTools): Offer {
  const decision = firstDenial(canPostUpdate(user, item, 'extension'), canRequestExtension(user, item, updates))
  const end = draftContext.campaign.endDate
  const dayAfter = addDays(item.deadline, 1)
  return offer('extension', decision, () => ({
    intro: { text: ta.requestIntro(formatDate(item.deadline)) },
    fields: [
      {
        name: 'deadline',
        label: ta.field.deadline,
        type: 'date',
        min: dayAfter > today ? dayAfter : today,
        max: end,
        hint: ta.field.deadlineHint(formatDate(item.deadline), formatDate(end)),
      },
      textArea('note', ta.field.reason),
    ],
    initial: { deadline: '', note: '' },
    prepare: (values) =>
      prepareUpdate({ kind: 'extension', deadline: values.deadline, note: values.note }, today, post, {
        withVersion: false,
        early: values.deadline ? {} : { deadline: ta.chooseDeadline },
        extension: { item, campaign: draftContext.campaign },
      }),
  }))
}

/** 延期审批: the pending request shown in full, then approve or refuse with a reason. */
export function extensionDecisionOffer({ user, item, updates, today, post, offer }: OfferTools): Offer {
  const decision = firstDenial(canPostUpdate(user, item, 'extension_decision'), canDecideExtension(user, updates))
  const pending = pendingExtension(updates)
  return offer('extensionDecision', decision, () => {
    const asked = pending?.deadline ? formatDate(pending.deadline) : '—'
    return {
      intro: {
        facts: pending
          ? [
              { term: ta.requestedDeadline, detail: asked },
              { term: ta.currentDeadline, detail: formatDate(item.deadline) },
              { term: ta.requester, detail: pending.authorName },
              { term: ta.requestedAt, detail: formatInstant(pending.at) },
              { term: ta.requestReason, detail: pending.note },
            ]
          : [],
      },
      fields: [
        {
          name: 'approved',
          label: ta.field.approved,
          type: 'radio',
          options: [
            { value: 'approve', label: ta.field.approve(asked) },
            { value: 'refuse', label: ta.field.refuse },
          ],
        },
        textArea('note', ta.field.decisionNote),
      ],
      initial: { approved: '', note: '' },
      prepare: (values) => {
        const approved = values.approved === 'approve' ? true : values.approved === 'refuse' ? false : undefined
        return prepareUpdate({ kind: 'extension_decision', approved, note: values.note }, today, post, {
          withVersion: false,
          early: approved === undefined ? { approved: ta.chooseDecision } : {},
        })
      },
    }
  })
}

/**
 * 销号: who may confirm comes first (never whoever reported the work done); for them, every condition of
 * the rule still missing, the list's bar among them.
 */
export function strikeOffOffer({ user, item, updates, today, bar, post, offer }: OfferTools): Offer {
  const closed = item.status === 'closed'
  const decision = closed ? invalid(ta.alreadyClosed) : canStrikeOff(user, item, updates, bar)
  const closedDecision = canPostUpdate(user, item, 'status')
  const reasons =
    decision.ok || closed
      ? []
      : decision.status === 403
        ? [decision.reason]
        : !closedDecision.ok
          ? [closedDecision.reason]
          : strikeOffBlockers(item, updates, bar).map((blocker) => strikeOffBlockerText(blocker, bar))
  return offer(
    'strikeOff',
    decision,
    () => ({
      fields: [textArea('note', tp.item.field.strikeOffNote)],
      initial: { note: '' },
      optimistic: true,
      prepare: (values) =>
        prepareUpdate({ kind: 'status', toStatus: 'closed', note: values.note }, today, post, { withVersion: true }),
    }),
    closed ? undefined : reasons,
  )
}

/** 重新打开: a struck-off item back to in progress, by supervision, with the reason on the trail. */
export function reopenOffer({ user, item, updates, today, bar, post, offer }: OfferTools): Offer {
  const decision = firstDenial(
    canPostUpdate(user, item, 'status'),
    canChangeStatus(user, item, 'in_progress', updates, bar),
  )
  return offer('reopen', decision, () => ({
    intro: { text: ta.reopenIntro },
    fields: [textArea('note', ta.field.reopenReason)],
    initial: { note: '' },
    optimistic: true,
    prepare: (values) =>
      prepareUpdate({ kind: 'status', toStatus: 'in_progress', note: values.note }, today, post, {
        withVersion: true,
        early: values.note?.trim() ? {} : { note: ta.reopenRequired },
      }),
  }))
}
