// How long the texts people type may be, once: the schemas check them, and the pages' inputs (maxLength)
// and the import template's hints say them.

export const textLimits = {
  itemTitle: { min: 2, max: 80 },
  demandText: { min: 5, max: 1000 },
  itemContent: 2000,
  beneficiaries: 200,
  /** A person's name: an item's owner or lead leader, a demand's submitter. */
  personName: 40,
  demandReply: 2000,
  /** Why an item was edited, reopened, extended, or an extension refused. */
  reason: 500,
  /** The free-text search of the ledger and of the demands. */
  search: 100,
} as const
