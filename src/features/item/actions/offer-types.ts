import type { UpdateDraftInput } from '@/api/updates'
import type { Decision } from '@/domain/decision'
import type { DraftContext } from '@/domain/item-checks'
import type { SatisfactionBar } from '@/domain/model/campaign'
import type { Item, ItemPatch } from '@/domain/model/item'
import type { Update } from '@/domain/model/update'
import type { User } from '@/domain/model/user'
import type { Prepared } from './action-form'
import type { FieldSpec } from './form-field'

export const actionIds = [
  'progress',
  'status',
  'inspection',
  'urge',
  'reply',
  'instruction',
  'satisfaction',
  'extension',
  'extensionDecision',
  'strikeOff',
  'reopen',
  'edit',
] as const
export type ActionId = (typeof actionIds)[number]

/** What a form says before its fields: a sentence, and facts as term → detail (e.g. the request to decide on). */
export type FormIntro = { text?: string; facts?: readonly { term: string; detail: string }[] }

export type ActionForm = {
  fields: FieldSpec[]
  initial: Record<string, string>
  intro?: FormIntro
  optimistic?: boolean
  prepare: (values: Record<string, string>) => Prepared
  /** What to say once the server has answered, instead of the plain "已提交" (e.g. a survey below the bar). */
  doneText?: (result: unknown) => { text: string; warning: boolean } | null
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

/** The context and what the offers share: the list's bar, and how an offer is made from a decision. */
export type OfferTools = OfferContext & {
  bar: SatisfactionBar
  offer: (id: ActionId, decision: Decision, form: () => ActionForm, reasons?: string[]) => Offer
}

export const textArea = (name: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  type: 'textarea',
  ...extra,
})
