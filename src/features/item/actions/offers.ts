import type { UpdateDraftInput } from '@/api/updates'
import { firstDenial, invalid, type Decision } from '@/domain/decision'
import type { DraftContext } from '@/domain/item-checks'
import type { Item, ItemPatch } from '@/domain/model/item'
import { satisfactionMethods, type Update } from '@/domain/model/update'
import type { User } from '@/domain/model/user'
import { canChangeStatus, canEditItem, canPostUpdate, canReportProgress, canStrikeOff } from '@/domain/permissions'
import { nextStatuses } from '@/domain/status'
import { strikeOffBlockers, strikeOffBlockerText } from '@/domain/strike-off'
import { defaultReplyBy } from '@/domain/urge'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import type { Prepared } from './action-form'
import type { FieldSpec } from './form-field'
import { missingDates, numberOf, prepareEdit, prepareUpdate } from './prepare'

export const actionIds = [
  'progress',
  'status',
  'inspection',
  'urge',
  'reply',
  'instruction',
  'satisfaction',
  'strikeOff',
  'edit',
] as const
export type ActionId = (typeof actionIds)[number]

export type ActionForm = {
  fields: FieldSpec[]
  initial: Record<string, string>
  optimistic?: boolean
  prepare: (values: Record<string, string>) => Prepared
}

/** One action on the item: allowed (with its form), or refused with the domain's reasons. */
export type Offer = { id: ActionId; decision: Decision; reasons: string[]; form: ActionForm | null }

export type OfferContext = {
  user: User
  item: Item
  updates: readonly Update[]
  today: string
  draftContext: DraftContext
  post: (draft: UpdateDraftInput) => Promise<unknown>
  patch: (patch: ItemPatch) => Promise<unknown>
}

const textArea = (name: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  type: 'textarea',
  ...extra,
})

/** Every action of the role table for this user on this item, asked of the domain's permission functions. */
export function offersFor(context: OfferContext): Offer[] {
  const { user, item, updates, today, draftContext, post, patch } = context
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

  const targets = nextStatuses(item.status)
    .filter((to) => to !== 'closed')
    .map((to) => ({ to, decision: canChangeStatus(user, item, to, updates) }))
  const allowedTargets = targets.filter((target) => target.decision.ok).map((target) => target.to)
  const statusDecision =
    allowedTargets.length > 0
      ? canPostUpdate(user, item, 'status')
      : firstDenial(
          canPostUpdate(user, item, 'status'),
          ...targets.map((target) => target.decision),
          invalid(tp.item.noNextStatus),
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

  const strikeDecision = canStrikeOff(user, item, updates)
  const closedDecision = canPostUpdate(user, item, 'status')
  // Who may strike off comes first; for them, every condition of the rule still missing.
  const strikeOffReasons = strikeDecision.ok
    ? []
    : strikeDecision.status === 403
      ? [strikeDecision.reason]
      : !closedDecision.ok
        ? [closedDecision.reason]
        : strikeOffBlockers(item, updates).map((blocker) => strikeOffBlockerText[blocker])
  const strikeOff = offer(
    'strikeOff',
    strikeDecision,
    () => ({
      fields: [textArea('note', tp.item.field.strikeOffNote)],
      initial: { note: '' },
      optimistic: true,
      prepare: (values) =>
        prepareUpdate({ kind: 'status', toStatus: 'closed', note: values.note }, today, post, { withVersion: true }),
    }),
    strikeOffReasons,
  )

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
      { name: 'deadline', label: t.list.deadline, type: 'date', max: draftContext.campaign.endDate },
    ],
    initial: {
      title: item.title,
      content: item.content,
      beneficiaries: item.beneficiaries,
      category: item.category,
      owner: item.owner,
      ownerPhone: item.ownerPhone ?? '',
      leadLeader: item.leadLeader ?? '',
      deadline: item.deadline,
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
    strikeOff,
    edit,
  ]
}
