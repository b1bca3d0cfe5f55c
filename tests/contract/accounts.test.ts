import { z } from 'zod'
import { AccountCreatedSchema, AccountSchema, AuditEntrySchema, PasswordResetSchema } from '@/domain/model/account'
import { pageOf } from '@/domain/model/common'
import { SessionSchema, UserSchema } from '@/domain/model/user'
import { call, expectError, expectOk, signIn } from './harness'

// People administration (issue 23): admins keep the accounts, every action is in the audit log, and
// everyone changes their own password. Runs against the mock and the server alike.

const Accounts = pageOf(AccountSchema)
const Audit = pageOf(AuditEntrySchema)
const Me = z.object({ user: UserSchema })

const newSecretary = {
  name: '孙晓梅',
  username: 'sun.xiaomei',
  role: 'secretary',
  unitId: 'zhuzhuang',
  phone: '0561-3120001',
  title: '朱庄矿工会副主席',
}

async function create(admin: string, body: Record<string, unknown> = newSecretary) {
  return expectOk(await call('POST', '/admin/users', { token: admin, body }), AccountCreatedSchema, 201)
}

const passwordSignIn = (username: string, password: string) =>
  call('POST', '/session', { body: { username, password } })

describe('people administration', () => {
  it('lists every account to an admin only', async () => {
    const admin = await signIn('admin-1')
    const accounts = expectOk(await call('GET', '/admin/users', { token: admin }), Accounts)
    expect(accounts.items.find((a) => a.id === 'admin-1')).toMatchObject({ role: 'admin', disabled: false })
    expect(JSON.stringify(accounts)).not.toMatch(/password_hash|scrypt/)
    for (const user of ['leader-1', 'supervisor-1', 'secretary-zhuzhuang'])
      expectError(await call('GET', '/admin/users', { token: await signIn(user) }), 403, 'forbidden')
    expectError(await call('GET', '/admin/users'), 401, 'unauthenticated')
    expectError(await call('GET', '/admin/audit', { token: await signIn('supervisor-1') }), 403, 'forbidden')
  })

  it('creates an account with a one-time password that must be changed at the first sign-in', async () => {
    const admin = await signIn('admin-1')
    const created = await create(admin)
    expect(created.account).toMatchObject({ username: 'sun.xiaomei', mustChangePassword: true, disabled: false })
    expect(created.initialPassword.length).toBeGreaterThanOrEqual(10)

    const session = expectOk(await passwordSignIn('sun.xiaomei', created.initialPassword), SessionSchema, 201)
    expect(session.user).toMatchObject({ id: created.account.id, mustChangePassword: true, unitId: 'zhuzhuang' })
    // Until the password is changed, only the session and the password change are open.
    expectError(await call('GET', '/items', { token: session.token }), 403, 'forbidden')
    expectOk(await call('GET', '/session', { token: session.token }), Me)

    const weak = expectError(
      await call('PUT', '/session/password', {
        token: session.token,
        body: { currentPassword: created.initialPassword, newPassword: 'short1' },
      }),
      422,
      'validation',
    )
    expect(weak.error.fields).toHaveProperty('newPassword')
    const wrong = expectError(
      await call('PUT', '/session/password', {
        token: session.token,
        body: { currentPassword: 'not-it-123', newPassword: 'Zhuzhuang2026ok' },
      }),
      422,
      'validation',
    )
    expect(wrong.error.fields).toHaveProperty('currentPassword')
    const changed = await call('PUT', '/session/password', {
      token: session.token,
      body: { currentPassword: created.initialPassword, newPassword: 'Zhuzhuang2026ok' },
    })
    expect(changed.status).toBe(204)
    expect(
      expectOk(await call('GET', '/session', { token: session.token }), Me).user.mustChangePassword,
    ).toBeUndefined()
    expect((await call('GET', '/items', { token: session.token })).status).toBe(200)
    expectError(await passwordSignIn('sun.xiaomei', created.initialPassword), 401, 'unauthenticated')
    expectOk(await passwordSignIn('sun.xiaomei', 'Zhuzhuang2026ok'), SessionSchema, 201)
  })

  it('refuses a taken username, a secretary without a grassroots unit, and an invalid field', async () => {
    const admin = await signIn('admin-1')
    await create(admin)
    const taken = expectError(
      await call('POST', '/admin/users', { token: admin, body: newSecretary }),
      422,
      'validation',
    )
    expect(taken.error.fields).toHaveProperty('username')
    const noUnit = expectError(
      await call('POST', '/admin/users', {
        token: admin,
        body: { ...newSecretary, username: 'another', unitId: null },
      }),
      422,
      'validation',
    )
    expect(noUnit.error.fields).toHaveProperty('unitId')
    const badName = expectError(
      await call('POST', '/admin/users', { token: admin, body: { ...newSecretary, username: '空 格' } }),
      422,
      'validation',
    )
    expect(badName.error.fields).toHaveProperty('username')
  })

  it('disables an account: it cannot sign in and its sessions end; enabling lets it in again', async () => {
    const admin = await signIn('admin-1')
    const secretary = await signIn('secretary-luling')
    const disabled = expectOk(
      await call('PATCH', '/admin/users/secretary-luling', { token: admin, body: { disabled: true } }),
      AccountSchema,
    )
    expect(disabled.disabled).toBe(true)
    expectError(await call('GET', '/session', { token: secretary }), 401, 'unauthenticated')
    expect((await call('POST', '/session', { body: { username: 'secretary-luling', password: 'demo' } })).status).toBe(
      403,
    )
    const directory = expectOk(await call('GET', '/users', { token: admin }), pageOf(UserSchema))
    expect(directory.items.map((u) => u.id)).not.toContain('secretary-luling')

    expectOk(
      await call('PATCH', '/admin/users/secretary-luling', { token: admin, body: { disabled: false } }),
      AccountSchema,
    )
    expectOk(await passwordSignIn('secretary-luling', 'demo'), SessionSchema, 201)
  })

  it('refuses an admin disabling or resetting their own account, and answers 404 for an unknown one', async () => {
    const admin = await signIn('admin-1')
    expectError(
      await call('PATCH', '/admin/users/admin-1', { token: admin, body: { disabled: true } }),
      403,
      'forbidden',
    )
    expectError(await call('POST', '/admin/users/admin-1/password-reset', { token: admin }), 403, 'forbidden')
    expectError(await call('POST', '/admin/users/nobody/password-reset', { token: admin }), 404, 'not_found')
    expectError(await call('DELETE', '/admin/users/nobody/sessions', { token: admin }), 404, 'not_found')
  })

  it('resets a password to a one-time code and ends the sessions; revoking ends them too', async () => {
    const admin = await signIn('admin-1')
    const before = await signIn('supervisor-2')
    const reset = expectOk(
      await call('POST', '/admin/users/supervisor-2/password-reset', { token: admin }),
      PasswordResetSchema,
    )
    expect(reset.account.mustChangePassword).toBe(true)
    expectError(await call('GET', '/session', { token: before }), 401, 'unauthenticated')
    expectError(await passwordSignIn('supervisor-2', 'demo'), 401, 'unauthenticated')
    const after = expectOk(await passwordSignIn('supervisor-2', reset.code), SessionSchema, 201)
    expect(after.user.mustChangePassword).toBe(true)

    const other = await signIn('leader-2')
    expect((await call('DELETE', '/admin/users/leader-2/sessions', { token: admin })).status).toBe(204)
    expectError(await call('GET', '/session', { token: other }), 401, 'unauthenticated')
  })

  it('writes every admin action to the audit log, newest first, without passwords or codes', async () => {
    const admin = await signIn('admin-1')
    const created = await create(admin)
    await call('PATCH', `/admin/users/${created.account.id}`, { token: admin, body: { disabled: true } })
    const reset = expectOk(
      await call('POST', '/admin/users/secretary-yuandian2/password-reset', { token: admin }),
      PasswordResetSchema,
    )
    await call('DELETE', '/admin/users/leader-1/sessions', { token: admin })
    const log = expectOk(await call('GET', '/admin/audit', { token: admin }), Audit)
    expect(log.items.slice(0, 4).map((e) => [e.action, e.targetId])).toEqual([
      ['revoke_sessions', 'leader-1'],
      ['reset_password', 'secretary-yuandian2'],
      ['disable_user', created.account.id],
      ['create_user', created.account.id],
    ])
    for (const entry of log.items.slice(0, 4)) expect(entry).toMatchObject({ actorId: 'admin-1', actorName: '汪晓雯' })
    const text = JSON.stringify(log)
    expect(text).not.toContain(created.initialPassword)
    expect(text).not.toContain(reset.code)
  })

  it('moves a secretary to another unit: her next request acts for it; the change is in the log', async () => {
    const admin = await signIn('admin-1')
    const secretary = await signIn('secretary-zhuzhuang')
    const moved = expectOk(
      await call('PATCH', '/admin/users/secretary-zhuzhuang', {
        token: admin,
        body: { unitId: 'luling', phone: '0561-3120002', title: null },
      }),
      AccountSchema,
    )
    expect(moved).toMatchObject({ unitId: 'luling', phone: '0561-3120002', disabled: false })
    expect(moved.title).toBeUndefined()
    expect(expectOk(await call('GET', '/session', { token: secretary }), Me).user.unitId).toBe('luling')
    const log = expectOk(await call('GET', '/admin/audit', { token: admin }), Audit)
    expect(log.items[0]).toMatchObject({ action: 'edit_user', targetId: 'secretary-zhuzhuang' })
    expect(log.items[0]!.detail).toContain('单位 朱庄矿 → 芦岭矿')
  })

  it('refuses an edit that breaks a rule and writes nothing, not even the valid part', async () => {
    const admin = await signIn('admin-1')
    const before = expectOk(await call('GET', '/admin/users', { token: admin }), Accounts)
    const wrongUnit = expectError(
      await call('PATCH', '/admin/users/secretary-luling', {
        token: admin,
        body: { name: '新名字', unitId: 'dept-hr' },
      }),
      422,
      'validation',
    )
    expect(wrongUnit.error.fields).toHaveProperty('unitId')
    expectError(
      await call('PATCH', '/admin/users/admin-1', { token: admin, body: { role: 'leader' } }),
      403,
      'forbidden',
    )
    expectError(
      await call('PATCH', '/admin/users/admin-1', { token: admin, body: { name: '汪晓雯二', disabled: true } }),
      403,
      'forbidden',
    )
    expectError(
      await call('PATCH', '/admin/users/leader-1', { token: await signIn('supervisor-1'), body: { name: '某人' } }),
      403,
      'forbidden',
    )
    expect(expectOk(await call('GET', '/admin/users', { token: admin }), Accounts)).toEqual(before)
  })
})
