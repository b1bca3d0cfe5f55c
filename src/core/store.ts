import type { ItemRecord } from '@/domain/history'
import type { Account, AuditEntry } from '@/domain/model/account'
import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { Unit } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import type { RateDecision } from '@/domain/intake-limits'
import type { ReadModel } from './read-model/read-model'

// The port every use case writes through. Two adapters: in memory (src/core/memory-store.ts: the mock in
// the browser and the Node tests) and PostgreSQL (server/store/pg-store.ts). Reads come from the read
// model; a write runs in one transaction against locked rows and is applied to the read model on commit.

/** The statements a write is made of, inside one transaction. Records are never mutated in place. */
export interface WriteTx {
  /** The item, locked until the transaction ends: concurrent writers to one item queue here. */
  lockItem(id: string): Promise<ItemRecord | null>
  historyOf(itemId: string): Promise<Update[]>
  /** Serialises the writes that count or number a list's items (the key-item limit, the next code). */
  lockList(listId: string): Promise<void>
  keyCount(listId: string): Promise<number>
  listCodes(listId: string): Promise<string[]>
  insertItems(items: readonly ItemRecord[]): Promise<void>
  /** Writes the whole item over the version it was read at; false when another write got there first. */
  saveItem(item: ItemRecord, readVersion: number): Promise<boolean>
  /** Appends entries to items' trails (never changed or removed afterwards). */
  insertUpdates(updates: readonly Update[]): Promise<void>
  /** The campaign with its lists, as an admin set them (the satisfaction bar). */
  saveCampaign(campaign: Campaign): Promise<void>
  insertDemand(demand: Demand): Promise<void>
  lockDemand(id: string): Promise<Demand | null>
  /** The demands linked to an item, locked. */
  demandsOfItem(itemId: string): Promise<Demand[]>
  saveDemand(demand: Demand): Promise<void>
  existingDemands(ids: readonly string[]): Promise<Set<string>>
  receiptTaken(receipt: string): Promise<boolean>
  /**
   * Counts one demand filed without a session against its client's limit (`intakeLimits.submit`), unless
   * the client is over it: checked and counted in this transaction, serialised per client.
   */
  claimFiling(client: string, nowMs: number): Promise<RateDecision>
  /** Every unit of the org tree, locked: tree edits queue here. */
  lockUnits(): Promise<Unit[]>
  /** Adds or changes a unit of the tree, with the admin's audit line. */
  saveUnit(unit: Unit, audit: AuditEntry): Promise<void>
}

export interface SessionStore {
  /** The user id of a live session, or null. */
  resolve(token: string, now: Date): Promise<string | null>
  open(userId: string, now: Date): Promise<{ token: string; maxAgeSeconds: number }>
  close(token: string): Promise<void>
}

export interface PasswordCheck {
  /** Whether `{userId}` sign-in without a password is on (the demo, development and the contract tests). */
  readonly demoSignIn: boolean
  /** The user id for these credentials, or null (as slow for an unknown name as for a wrong password). */
  check(username: string, password: string): Promise<string | null>
}

/**
 * The people and their passwords (issue 23), kept apart from the campaign's rows. Each change is written with
 * its audit line in one transaction; the adapter keeps the read model's directory (`read.users`: the accounts
 * not disabled) in step. Passwords are handed over in clear and only ever stored hashed (the server's scrypt).
 */
export interface AccountStore {
  list(): Promise<Account[]>
  get(id: string): Promise<Account | null>
  usernameTaken(username: string): Promise<boolean>
  /** Whether an admin who may sign in exists: until then the server is not initialised. */
  hasAdmin(): Promise<boolean>
  /** Creates or changes the account (a new `password` replaces the old one) and writes `audit`, at once. */
  save(account: Account, change: { password?: string; audit: AuditEntry }): Promise<void>
  verify(id: string, password: string): Promise<boolean>
  /** Ends every session of the user. */
  endSessions(userId: string): Promise<void>
  audit(entry: AuditEntry): Promise<void>
  /** The audit log, newest first. */
  auditLog(): Promise<AuditEntry[]>
}

export interface Store {
  readonly read: ReadModel
  /** Runs `work` in one transaction: committed (and applied to the read model) when it resolves. */
  transaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T>
  readonly sessions: SessionStore
  readonly passwords: PasswordCheck
  readonly accounts: AccountStore
}

/** A fresh id for a new record: the prefix and 12 hex digits. */
export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`
