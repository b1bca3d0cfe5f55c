import { AuditEntrySchema } from '@/domain/model/account'
import { pageOf } from '@/domain/model/common'
import { ItemSchema } from '@/domain/model/item'
import { UnitSchema } from '@/domain/model/unit'
import { call, expectError, expectOk, signIn } from './harness'

// The org tree (issue 23): admins add companies and units, rename and move them; the checks hold on the
// backend, the read side follows at once, and each change is in the audit log. Mock and server alike.

const Units = pageOf(UnitSchema)
const Items = pageOf(ItemSchema)
const Audit = pageOf(AuditEntrySchema)

const units = async () => expectOk(await call('GET', '/units'), Units).items
const add = async (token: string, body: Record<string, unknown>) =>
  expectOk(await call('POST', '/admin/units', { token, body }), UnitSchema, 201)

describe('the org tree', () => {
  it('grows group → company → unit → team, and the unit list follows', async () => {
    const admin = await signIn('admin-1')
    const company = await add(admin, { name: '煤电公司', kind: 'company', parentId: 'group' })
    const mine = await add(admin, { name: '新建矿', kind: 'grassroots', parentId: company.id, itemTarget: 20 })
    const team = await add(admin, { name: '新建矿综采一区', kind: 'grassroots', parentId: mine.id })
    const tree = await units()
    expect(tree.find((u) => u.id === company.id)).toMatchObject({ kind: 'company', parentId: 'group' })
    expect(tree.find((u) => u.id === mine.id)).toMatchObject({ parentId: company.id, itemTarget: 20 })
    expect(tree.find((u) => u.id === team.id)).toMatchObject({ parentId: mine.id })

    const audit = expectOk(await call('GET', '/admin/audit', { token: admin }), Audit).items
    expect(audit.filter((e) => e.action === 'create_unit').map((e) => e.targetName)).toEqual(
      expect.arrayContaining(['煤电公司', '新建矿', '新建矿综采一区']),
    )
  })

  it('moves an existing mine under a company and renames it; its items follow the new name', async () => {
    const admin = await signIn('admin-1')
    const company = await add(admin, { name: '矿业一公司', kind: 'company', parentId: 'group' })
    const moved = expectOk(
      await call('PATCH', '/admin/units/zhuzhuang', { token: admin, body: { parentId: company.id, name: '朱庄煤矿' } }),
      UnitSchema,
    )
    expect(moved).toMatchObject({ id: 'zhuzhuang', parentId: company.id, name: '朱庄煤矿', kind: 'grassroots' })
    expect((await units()).find((u) => u.id === 'zhuzhuang')?.name).toBe('朱庄煤矿')
    // The ledger's free-text search knows the unit by its new name.
    const found = expectOk(await call('GET', '/items?q=朱庄煤矿&pageSize=5', { token: admin }), Items)
    expect(found.total).toBeGreaterThan(0)
    expect(found.items.every((item) => item.unitId === 'zhuzhuang')).toBe(true)
    const audit = expectOk(await call('GET', '/admin/audit', { token: admin }), Audit).items
    expect(audit[0]).toMatchObject({ action: 'change_unit', targetId: 'zhuzhuang' })
    expect(audit[0]!.detail).toContain('名称 朱庄矿 → 朱庄煤矿')
    expect(audit[0]!.detail).toContain('上级 淮北矿业集团 → 矿业一公司')
  })

  it('refuses what would break the tree, naming the field, and changes nothing', async () => {
    const admin = await signIn('admin-1')
    const before = await units()
    expect(
      expectError(
        await call('POST', '/admin/units', {
          token: admin,
          body: { name: '芦岭矿', kind: 'grassroots', parentId: 'group' },
        }),
        422,
        'validation',
      ).error.fields,
    ).toHaveProperty('name')
    expect(
      expectError(
        await call('POST', '/admin/units', {
          token: admin,
          body: { name: '新公司', kind: 'company', parentId: 'luling' },
        }),
        422,
        'validation',
      ).error.fields,
    ).toHaveProperty('parentId')
    expectError(
      await call('POST', '/admin/units', {
        token: admin,
        body: { name: '第二集团', kind: 'group', parentId: 'group' },
      }),
      422,
      'validation',
    )
    expectError(
      await call('POST', '/admin/units', {
        token: admin,
        body: { name: '新部门', kind: 'department', parentId: 'group', itemTarget: 5 },
      }),
      422,
      'validation',
    )
    expectError(
      await call('PATCH', '/admin/units/group', { token: admin, body: { parentId: 'luling' } }),
      422,
      'validation',
    )
    expectError(
      await call('PATCH', '/admin/units/nowhere', { token: admin, body: { name: '某单位' } }),
      404,
      'not_found',
    )
    expectError(
      await call('POST', '/admin/units', {
        token: admin,
        body: { name: '坏\u0000名', kind: 'company', parentId: 'group' },
      }),
      422,
      'validation',
    )
    expect(await units()).toEqual(before)
  })

  it('is the admins’ alone', async () => {
    for (const user of ['leader-1', 'supervisor-1', 'secretary-zhuzhuang']) {
      const token = await signIn(user)
      expectError(
        await call('POST', '/admin/units', { token, body: { name: '某公司', kind: 'company', parentId: 'group' } }),
        403,
        'forbidden',
      )
      expectError(await call('PATCH', '/admin/units/zhuzhuang', { token, body: { name: '某矿' } }), 403, 'forbidden')
    }
    expectError(await call('PATCH', '/admin/units/zhuzhuang', { body: { name: '某矿' } }), 401, 'unauthenticated')
  })
})
