import { ApiError } from '@/api/errors'
import type { Account, NewAccount } from '@/domain/model/account'
import { failureText } from '@/lib/api-failure'
import type { RosterPreviewRow } from './roster-sheet'

export type RosterOutcome =
  | { line: number; kind: 'created'; account: Account; password: string }
  | { line: number; kind: 'failed'; message: string }
  | { line: number; kind: 'stopped' }

type Create = (account: NewAccount) => Promise<{ account: Account; initialPassword: string }>

/** No answer at all: the next rows would fail the same way, so the import stops there. */
const unreachable = (error: unknown) => !(error instanceof ApiError) || error.code === 'network'

/**
 * Creates the valid rows' accounts one after another, in file order, reporting each as it settles. A refusal
 * (a username taken meanwhile, a unit gone) fails its row and the import goes on; a network failure, or
 * stopping, leaves the remaining rows uncreated (stopped), to be imported again from a fresh check.
 */
export async function createRosterAccounts(
  rows: readonly RosterPreviewRow[],
  create: Create,
  onOutcome: (outcome: RosterOutcome) => void,
  signal: AbortSignal,
): Promise<void> {
  let halted = false
  for (const row of rows) {
    if (row.status !== 'ok') continue
    if (halted || signal.aborted) {
      onOutcome({ line: row.line, kind: 'stopped' })
      continue
    }
    try {
      const { account, initialPassword } = await create(row.account)
      onOutcome({ line: row.line, kind: 'created', account, password: initialPassword })
    } catch (error) {
      onOutcome({ line: row.line, kind: 'failed', message: failureText(error) })
      halted = unreachable(error)
    }
  }
}
