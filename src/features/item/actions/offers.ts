import { firstDenial, invalid, type Decision } from '@/domain/decision'
import { satisfactionMethods, type Update } from '@/domain/model/update'
import { canChangeStatus, canEditItem, canPostUpdate, canReportProgress } from '@/domain/permissions'
import { barOf, barText } from '@/domain/satisfaction-bar'
import { nextStatuses } from '@/domain/status'
import { defaultReplyBy } from '@/domain/urge'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { extensionDecisionOffer, extensionOffer, reopenOffer, strikeOffOffer } from './accountability-offers'
import { textArea, type ActionForm, type ActionId, type Offer, type OfferContext } from './offer-types'
import { missingDates, numberOf, prepareEdit, prepareUpdate } from './prepare'

export type { ActionForm, ActionId, Offer, OfferContext } from './offer-types'

const ta = tp.itemAccountability

/** Whether a posted survey sent the item back: below the list's bar, done work returns to in progress. */
function sentBack(result: unknown): boolean {
  if (typeof result !== 'object' || result === null || !('update' in result)) return false
  const update = (result as { update: Partial<Update> | null }).update
  return update?.kind === 'satisfaction' && update.toStatus === 'in_progress'
}

/** Every action of the role table for this user on this item, asked of the domain's permission functions. */
export function offersFor(context: OfferContext): Offer[] {
  const { user, item, updates, today, draftContext, post, patch } = context
  const bar = barOf(draftContext.campaign.lists.find((list) => list.id === item.listId))
  const offer = (
    id: ActionId,
    decision: Decision,
    form: () => ActionForm,
    reasons: string[] = decision.ok ? [] : [decision.reason],
  ): Offer => ({
    id,
    decision,
    reasons,
    form: decision.ok ? form() : null,
  })
  const tools = { ...context, bar, offer }

  const progress = offer(
    'progress',
    firstDenial(canPostUpdate(user, item, 'progress'), canReportProgress(user, item)),
    () => ({
      fields: [
        { name: 'progress', label: tp.item.field.progress, type: 'number', min: 0, max: 100 },
        textArea('note', tp.item.field.progressNote),
      ],
      initial: { progress: String(item.progress), note: '' },
      optimistic: true,
      prepare: (values) =>
        prepareUpdate({ kind: 'progress', progress: numberOf(values.progress), note: values.note }, today, post, {
          withVersion: true,
        }),
    }),
  )

  // Strike-off and reopening a struck-off item are actions of their own (accountability-offers.ts).
  const targets = (item.status === 'closed' ? [] : nextStatuses(item.status))
    .filter((to) => to !== 'closed')
    .map((to) => ({ to, decision: canChangeStatus(user, item, to, updates, bar) }))
  const allowedTargets = targets.filter((target) => target.decision.ok).map((target) => target.to)
  const statusDecision =
    allowedTargets.length > 0
      ? canPostUpdate(user, item, 'status')
      : firstDenial(
          canPostUpdate(user, item, 'status'),
          ...targets.map((target) => target.decision),
          invalid(item.status === 'closed' ? ta.closedUseReopen : tp.item.noNextStatus),
        )
  const status = offer('status', statusDecision, () => ({
    fields: [
      {
        name: 'toStatus',
        label: tp.item.field.toStatus,
        type: 'select',
        options: allowedTargets.map((to) => ({ value: to, label: t.status[to] })),
      },
      textArea(
        'note',
        tp.item.field.statusNote,
        allowedTargets.includes('done') ? { hint: tp.item.field.doneNote } : {},
      ),
    ],
    initial: { toStatus: allowedTargets[0] ?? '', note: '' },
    optimistic: true,
    prepare: (values) =>
      prepareUpdate({ kind: 'status', toStatus: values.toStatus, note: values.note }, today, post, {
        withVersion: true,
      }),
  }))

  const inspection = offer('inspection', canPostUpdate(user, item, 'inspection'), () => ({
    fields: [
      { name: 'visitedOn', label: tp.item.field.visitedOn, type: 'date', max: today },
      textArea('note', tp.item.field.findings),
    ],
    initial: { visitedOn: today, note: '' },
    prepare: (values) =>
      prepareUpdate({ kind: 'inspection', visitedOn: values.visitedOn, note: values.note }, today, post, {
        withVersion: false,
        early: missingDates(values, { visitedOn: tp.item.field.visitedOn }),
      }),
  }))

  const urge = offer('urge', canPostUpdate(user, item, 'urge'), () => ({
    fields: [
      { name: 'replyBy', label: tp.item.field.replyBy, type: 'date', min: today },
      textArea('note', tp.item.field.urgeNote),
    ],
    initial: { replyBy: defaultReplyBy(today), note: '' },
    prepare: (values) =>
      prepareUpdate({ kind: 'urge', replyBy: values.replyBy, note: values.note }, today, post, {
        withVersion: false,
        early: missingDates(values, { replyBy: tp.item.field.replyBy }),
      }),
  }))

  const noteOnly = (id: 'reply' | 'instruction', label: string, hint?: string) =>
    offer(id, canPostUpdate(user, item, id), () => ({
      fields: [textArea('note', label, hint ? { hint } : {})],
      initial: { note: '' },
      prepare: (values) => prepareUpdate({ kind: id, note: values.note }, today, post, { withVersion: false }),
    }))

  const satisfaction = offer('satisfaction', canPostUpdate(user, item, 'satisfaction'), () => ({
    intro: { text: ta.surveyBar(barText(bar)) },
    doneText: (result) => (sentBack(result) ? { text: ta.surveyBelowBar, warning: true } : null),
    fields: [
      { name: 'surveyed', label: tp.item.field.surveyed, type: 'number', min: 1 },
      { name: 'satisfied', label: tp.item.field.satisfied, type: 'number', min: 0 },
      {
        name: 'method',
        label: tp.item.field.method,
        type: 'select',
        options: satisfactionMethods.map((method) => ({ value: method, label: tp.satisfactionMethod[method] })),
      },
      textArea('note', tp.item.field.satisfactionNote, { optional: true }),
    ],
    initial: { surveyed: '', satisfied: '', method: 'survey', note: '' },
    prepare: (values) =>
      prepareUpdate(
        {
          kind: 'satisfaction',
          surveyed: numberOf(values.surveyed),
          satisfied: numberOf(values.satisfied),
          method: values.method,
          note: values.note,
        },
        today,
        post,
        { withVersion: false },
      ),
  }))

  const edit = offer('edit', canEditItem(user, item), () => ({
    fields: [
      { name: 'title', label: t.list.title, type: 'text' },
      textArea('content', t.list.content),
      { name: 'beneficiaries', label: t.list.beneficiaries, type: 'text' },
      {
        name: 'category',
        label: t.list.category,
        type: 'select',
        options: draftContext.campaign.categories.map((c) => ({ value: c.id, label: c.name })),
      },
      { name: 'owner', label: t.list.owner, type: 'text' },
      { name: 'ownerPhone', label: tp.item.ownerPhone, type: 'text', optional: true },
      { name: 'leadLeader', label: t.list.leadLeader, type: 'text', optional: true },
      textArea('reason', ta.field.editReason, { hint: ta.field.editReasonHint }),
    ],
    intro: { text: ta.editIntro },
    initial: {
      title: item.title,
      content: item.content,
      beneficiaries: item.beneficiaries,
      category: item.category,
      owner: item.owner,
      ownerPhone: item.ownerPhone ?? '',
      leadLeader: item.leadLeader ?? '',
      reason: '',
    },
    prepare: (values) => prepareEdit(values, item, draftContext, patch),
  }))

  return [
    progress,
    status,
    inspection,
    urge,
    noteOnly('reply', tp.item.field.replyNote, tp.item.replyHint),
    noteOnly('instruction', tp.item.field.instructionNote),
    satisfaction,
    extensionOffer(tools),
    extensionDecisionOffer(tools),
    strikeOffOffer(tools),
    // 重新打开 concerns struck-off items only; elsewhere it is not an action to refuse.
    ...(item.status === 'closed' ? [reopenOffer(tools)] : []),
    edit,
  ]
}
