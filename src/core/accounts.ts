import type { Account } from '@/domain/model/account'
import { directoryUser } from '@/domain/user-admin'
import type { ReadModel } from './read-model/read-model'

// The read model's directory (`read.users`) follows the accounts: who is not disabled, in the order created.

export function keepDirectory(read: ReadModel, account: Account): void {
  const others = read.users.filter((user) => user.id !== account.id)
  if (account.disabled) {
    read.users = others
    return
  }
  const at = read.users.findIndex((user) => user.id === account.id)
  const user = directoryUser(account)
  read.users = at === -1 ? [...read.users, user] : read.users.map((u) => (u.id === account.id ? user : u))
}
