import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Fragment, useState } from 'react'
import { Link } from 'react-router-dom'
import { accountsQuery, resetPasswordMutation, revokeSessionsMutation, setDisabledMutation } from '@/api/accounts'
import { errorMessage } from '@/api/errors'
import { sessionQuery } from '@/api/session'
import { unitsQuery } from '@/api/units'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { TableFrame } from '@/components/table-frame'
import type { Account } from '@/domain/model/account'
import { canAdministerUsers, canChangeAccount } from '@/domain/user-admin'
import { t } from '@/lib/strings/strings'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from './admin.module.css'
import { CreateAccountForm } from './create-account-form'
import { EditAccountForm } from './edit-account-form'
import { OneTimeSecret, type Secret } from './one-time-secret'

type Action = 'disable' | 'enable' | 'reset' | 'revoke'
type Pending = { action: Action; account: Account }

/** 人员管理 (admins): every account, a form to open one, and each account's actions behind a confirmation. */
export function PeopleRoute() {
  const queryClient = useQueryClient()
  const session = useQuery(sessionQuery())
  const accounts = useQuery(accountsQuery())
  const units = useQuery(unitsQuery())
  const [secret, setSecret] = useState<Secret | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [notice, setNotice] = useState('')
  const [editing, setEditing] = useState<string | null>(null)
  const disable = useMutation(setDisabledMutation(queryClient))
  const reset = useMutation(resetPasswordMutation(queryClient))
  const revoke = useMutation(revokeSessionsMutation(queryClient))
  const failed = [disable, reset, revoke].find((m) => m.isError)
  const busy = disable.isPending || reset.isPending || revoke.isPending
  const me = session.data ?? null

  const allowed = me ? canAdministerUsers(me) : null
  if (allowed && !allowed.ok)
    return (
      <>
        <PageHeader title={ta.people.title} />
        <p className={styles.error}>{allowed.reason}</p>
      </>
    )

  const unitName = (id: string | null) =>
    id === null ? ta.people.noUnit : (units.data?.items.find((unit) => unit.id === id)?.name ?? id)

  function confirm({ action, account }: Pending) {
    setPending(null)
    setNotice('')
    for (const m of [disable, reset, revoke]) m.reset()
    if (action === 'reset')
      reset.mutate(account.id, {
        onSuccess: ({ code }) =>
          setSecret({ kind: 'reset', name: account.name, username: account.username, password: code }),
      })
    else if (action === 'revoke')
      revoke.mutate(account.id, { onSuccess: () => setNotice(ta.people.revoked(account.name)) })
    else
      disable.mutate(
        { id: account.id, disabled: action === 'disable' },
        {
          onSuccess: () =>
            setNotice(action === 'disable' ? ta.people.disabled(account.name) : ta.people.enabled(account.name)),
        },
      )
  }

  const question = (p: Pending) =>
    p.action === 'reset'
      ? ta.people.confirmReset(p.account.name)
      : p.action === 'revoke'
        ? ta.people.confirmRevoke(p.account.name)
        : p.action === 'disable'
          ? ta.people.confirmDisable(p.account.name)
          : null

  function act(p: Pending) {
    if (question(p) === null) confirm(p)
    else setPending(p)
  }

  return (
    <>
      <PageHeader
        title={ta.people.title}
        description={ta.people.description}
        actions={
          <>
            <Link className={styles.secondary} to="/admin/users/import">
              {ta.roster.link}
            </Link>
            <Link className={styles.secondary} to="/admin/audit">
              {ta.people.auditLink}
            </Link>
          </>
        }
      />
      {secret ? <OneTimeSecret secret={secret} onDone={() => setSecret(null)} /> : null}
      <CreateAccountForm
        onCreated={(account, password) =>
          setSecret({ kind: 'created', name: account.name, username: account.username, password })
        }
      />
      <p role="status" className={styles.notice}>
        {notice}
      </p>
      {failed ? (
        <p role="alert" className={styles.error}>
          {errorMessage(failed.error)}
        </p>
      ) : null}
      {pending ? (
        <div className={styles.confirm} role="alertdialog" aria-labelledby="confirm-question">
          <p id="confirm-question">{question(pending)}</p>
          <div className={styles.confirmActions}>
            <button type="button" className={styles.primary} onClick={() => confirm(pending)} autoFocus>
              {ta.people.confirm}
            </button>
            <button type="button" className={styles.secondary} onClick={() => setPending(null)}>
              {ta.people.cancel}
            </button>
          </div>
        </div>
      ) : null}
      {accounts.data ? (
        <div className={styles.accounts}>
          <TableFrame caption={ta.people.tableCaption}>
            <thead>
              <tr>
                {Object.values(ta.people.columns).map((label) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {accounts.data.items.map((account) => {
                const self = me !== null && !canChangeAccount(me, account).ok
                return (
                  <Fragment key={account.id}>
                    <tr className={account.disabled ? styles.disabledRow : undefined}>
                      <th scope="row">
                        {account.name}
                        {self ? <span className={styles.muted}>{ta.people.self}</span> : null}
                        {account.title ? <span className={styles.subline}>{account.title}</span> : null}
                      </th>
                      <td>
                        <code>{account.username}</code>
                      </td>
                      <td>{t.role[account.role]}</td>
                      <td>{unitName(account.unitId)}</td>
                      <td>{account.phone ?? ta.people.noUnit}</td>
                      <td>
                        <span className={account.disabled ? styles.badgeOff : styles.badgeOn}>
                          {account.disabled ? ta.people.state.disabled : ta.people.state.active}
                        </span>
                        {account.mustChangePassword && !account.disabled ? (
                          <span className={styles.subline}>{ta.people.state.mustChange}</span>
                        ) : null}
                      </td>
                      <td>
                        <div className={styles.rowActions}>
                          <button
                            type="button"
                            className={styles.small}
                            disabled={busy}
                            onClick={() => setEditing(editing === account.id ? null : account.id)}
                            aria-label={ta.people.editOf(account.name)}
                            aria-expanded={editing === account.id}
                          >
                            {ta.people.edit}
                          </button>
                          {self ? null : (
                            <>
                              <button
                                type="button"
                                className={styles.small}
                                disabled={busy}
                                onClick={() => act({ action: account.disabled ? 'enable' : 'disable', account })}
                                aria-label={`${account.disabled ? ta.people.enable : ta.people.disable} ${account.name}`}
                              >
                                {account.disabled ? ta.people.enable : ta.people.disable}
                              </button>
                              {account.disabled ? null : (
                                <button
                                  type="button"
                                  className={styles.small}
                                  disabled={busy}
                                  onClick={() => act({ action: 'reset', account })}
                                  aria-label={`${ta.people.reset} ${account.name}`}
                                >
                                  {ta.people.reset}
                                </button>
                              )}
                            </>
                          )}
                          {account.disabled ? null : (
                            <button
                              type="button"
                              className={styles.small}
                              disabled={busy}
                              onClick={() => act({ action: 'revoke', account })}
                              aria-label={`${ta.people.revoke} ${account.name}`}
                            >
                              {ta.people.revoke}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                    {editing === account.id ? (
                      <tr>
                        <td colSpan={Object.keys(ta.people.columns).length}>
                          <EditAccountForm
                            account={account}
                            onCancel={() => setEditing(null)}
                            onDone={(saved) => {
                              setEditing(null)
                              setNotice(ta.people.edited(saved.name))
                            }}
                          />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                )
              })}
            </tbody>
          </TableFrame>
        </div>
      ) : (
        <QueryFallback queries={[accounts]} />
      )}
    </>
  )
}
