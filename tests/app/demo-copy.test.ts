import { createBackend } from '../../mocks/create-backend'
import { applyOverlay, loadOverlay, recorder, startOverlay } from '../../mocks/db/browser-copy'
import { defaultSettings } from '../../mocks/settings'
import { createSeed } from '@/core/seed/create-seed'
import { createAccountCase } from '@/core/use-cases/accounts'
import { createUnitCase } from '@/core/use-cases/org'
import type { BodyOf, Endpoint, ParamsOf, QueryOf } from '@/contract/all'
import type { UseCase } from '@/core/use-case'
import type { MockBackend } from '../../mocks/backend'

// The demo's browser copy (mocks/db/browser-copy.ts): what an admin does in the demo outlives a reload.

const anchor = '2026-09-08'
const now = new Date('2026-09-08T02:00:00Z')

function boot() {
  const overlay = loadOverlay() ?? startOverlay(anchor, 'demo')
  const record = recorder(overlay)
  let pending: typeof overlay | null = overlay
  return createBackend(
    {
      settings: defaultSettings,
      now: () => now,
      seed: (size, on) => {
        const data = createSeed({ today: on, size })
        const stored = pending
        pending = null
        return stored ? applyOverlay(data, stored) : data
      },
      onChange: (changes) => record.changes(changes),
      onSessionChange: (token, userId) => record.session(token, userId),
      onAccountsChange: (state) => record.accounts(state),
    },
    overlay.anchor,
  )
}

/** A use case run by the demo's admin, as the handlers would run it. */
function run<E extends Endpoint>(backend: MockBackend, act: UseCase<E>, body: BodyOf<E>) {
  return act({
    core: backend.core,
    store: backend.core.store,
    read: backend.db,
    now,
    today: anchor,
    user: backend.db.user('admin-1')!,
    token: null,
    client: 'test',
    params: {} as ParamsOf<E>,
    query: {} as QueryOf<E>,
    body,
    openedSession: () => undefined,
  })
}

describe('the demo’s browser copy', () => {
  beforeEach(() => localStorage.clear())

  it('keeps accounts, their passwords, the audit log and the org tree across a reload', async () => {
    const first = boot()
    const created = await run(first, createAccountCase, {
      name: '孙晓梅',
      username: 'sun.xiaomei',
      role: 'secretary',
      unitId: 'zhuzhuang',
    })
    const unit = await run(first, createUnitCase, { name: '煤电公司', kind: 'company', parentId: 'group' })
    await new Promise<void>((resolve) => queueMicrotask(resolve))

    const second = boot()
    const accounts = second.core.store.accounts
    const account = (await accounts.list()).find((a) => a.username === 'sun.xiaomei')
    expect(account).toMatchObject({ id: created.account.id, mustChangePassword: true })
    expect(await accounts.verify(account!.id, created.initialPassword)).toBe(true)
    expect(second.db.user(created.account.id)?.name).toBe('孙晓梅')
    expect((await accounts.auditLog()).map((entry) => entry.action)).toEqual(['create_unit', 'create_user'])
    expect(second.db.units.find((u) => u.id === unit.id)).toMatchObject({ name: '煤电公司', kind: 'company' })
  })
})
