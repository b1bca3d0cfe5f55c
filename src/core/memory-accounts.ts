import type { Account, AuditEntry } from '@/domain/model/account'
import { keepDirectory } from './accounts'
import type { ReadModel } from './read-model/read-model'
import type { AccountStore } from './store'

// The mock's accounts (issue 23): every demo user with their id as username and the demo password, then
// whatever the demo admin creates. The browser's copy keeps them across reloads (`persist`); a reset forgets them.

/** Everything the accounts hold, as the browser's copy stores it. */
export type AccountsState = { accounts: Account[]; passwords: Record<string, string>; log: AuditEntry[] }

export type AccountsPersistence = { stored?: AccountsState; save?: (state: AccountsState) => void }

export type MemoryAccounts = AccountStore & {
  /** The account id for these credentials (enabled or not), or null. */
  check(username: string, password: string): string | null
}

export function memoryAccounts(
  read: ReadModel,
  demoPassword: string,
  endSessions: (userId: string) => void,
  persist: AccountsPersistence = {},
): MemoryAccounts {
  const accounts = new Map<string, Account>(
    read.users.map((user) => [
      user.id,
      { ...user, username: user.id, phone: null, disabled: false, mustChangePassword: false },
    ]),
  )
  // The mock knows no secrets worth hashing: it runs in the visitor's own browser.
  const passwords = new Map<string, string>([...accounts.keys()].map((id) => [id, demoPassword]))
  const log: AuditEntry[] = []
  if (persist.stored) {
    for (const account of persist.stored.accounts) {
      accounts.set(account.id, account)
      keepDirectory(read, account)
    }
    for (const [id, password] of Object.entries(persist.stored.passwords)) passwords.set(id, password)
    log.push(...persist.stored.log)
  }
  const save = () =>
    persist.save?.({ accounts: [...accounts.values()], passwords: Object.fromEntries(passwords), log: [...log] })
  const byUsername = (username: string) => [...accounts.values()].find((a) => a.username === username)
  return {
    async list() {
      return [...accounts.values()]
    },
    async get(id) {
      return accounts.get(id) ?? null
    },
    async usernameTaken(username) {
      return byUsername(username) !== undefined
    },
    async hasAdmin() {
      return [...accounts.values()].some((a) => a.role === 'admin' && !a.disabled)
    },
    async save(account, { password, audit }) {
      accounts.set(account.id, account)
      if (password !== undefined) passwords.set(account.id, password)
      log.unshift(audit)
      keepDirectory(read, account)
      save()
    },
    async verify(id, password) {
      return passwords.get(id) === password
    },
    async endSessions(userId) {
      endSessions(userId)
    },
    async audit(entry) {
      log.unshift(entry)
      save()
    },
    async auditLog() {
      return [...log]
    },
    check(username, password) {
      const account = byUsername(username)
      return account && passwords.get(account.id) === password ? account.id : null
    },
  }
}
