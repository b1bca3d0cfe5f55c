import { allow, forbid, invalid, type Decision } from './decision'
import type { NewUnit, Unit, UnitKind, UnitPatch } from './model/unit'
import type { User } from './model/user'

// The org tree (issue 23): group → departments and companies → grassroots units → their teams. Admins add
// units, rename them, move them under another parent and set their item targets; a unit's kind never
// changes (the lists it may carry hang on it), and nothing is removed: items and people keep their unit.

export const unitKindText: Record<UnitKind, string> = {
  group: '集团',
  department: '机关部门',
  company: '二级公司',
  grassroots: '基层单位',
}

/** Under which kinds of unit each kind may sit. The group is the root, and there is one. */
export const parentKinds: Record<UnitKind, readonly UnitKind[]> = {
  group: [],
  department: ['group'],
  company: ['group'],
  grassroots: ['group', 'company', 'grassroots'],
}

export function canAdministerOrg(user: Pick<User, 'role'>): Decision {
  return user.role === 'admin' ? allow : forbid('只有系统管理员可以维护组织机构')
}

/** The unit and every unit under it. */
export function subtreeIds(units: readonly Unit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>()
  for (const unit of units) {
    if (unit.parentId === null) continue
    const siblings = children.get(unit.parentId)
    if (siblings) siblings.push(unit.id)
    else children.set(unit.parentId, [unit.id])
  }
  const found = new Set([rootId])
  for (const id of found) for (const child of children.get(id) ?? []) found.add(child)
  return found
}

function checkName(name: string, units: readonly Unit[], selfId?: string): Decision {
  return units.some((unit) => unit.name === name && unit.id !== selfId)
    ? invalid('已有同名单位（导入和筛选按名称找单位，名称须唯一）', 'name')
    : allow
}

function checkParent(kind: UnitKind, parentId: string, units: readonly Unit[]): Decision {
  const parent = units.find((unit) => unit.id === parentId)
  if (!parent) return invalid('没有这个上级单位', 'parentId')
  if (!parentKinds[kind].includes(parent.kind))
    return invalid(`${unitKindText[kind]}不能设在${unitKindText[parent.kind]}之下`, 'parentId')
  return allow
}

function checkTarget(kind: UnitKind, target: number | null | undefined): Decision {
  return target != null && kind !== 'grassroots' ? invalid('只有基层单位设计划项目数', 'itemTarget') : allow
}

export function checkNewUnit(draft: NewUnit, units: readonly Unit[]): Decision {
  if (draft.kind === 'group') return invalid('集团只有一个，不能再添加', 'kind')
  const checks = [checkName(draft.name, units), checkParent(draft.kind, draft.parentId, units)]
  return checks.find((check) => !check.ok) ?? checkTarget(draft.kind, draft.itemTarget)
}

export function checkUnitPatch(unit: Unit, patch: UnitPatch, units: readonly Unit[]): Decision {
  if (patch.name !== undefined) {
    const name = checkName(patch.name, units, unit.id)
    if (!name.ok) return name
  }
  if (patch.parentId !== undefined && patch.parentId !== unit.parentId) {
    if (unit.kind === 'group') return invalid('集团是组织机构的根，不能移动', 'parentId')
    if (subtreeIds(units, unit.id).has(patch.parentId)) return invalid('不能移到本单位或其下级单位之下', 'parentId')
    const parent = checkParent(unit.kind, patch.parentId, units)
    if (!parent.ok) return parent
  }
  return checkTarget(unit.kind, patch.itemTarget)
}

/** The unit after the patch. */
export function patchedUnit(unit: Unit, patch: UnitPatch): Unit {
  const next: Unit = { ...unit }
  if (patch.name !== undefined) next.name = patch.name
  if (patch.parentId !== undefined) next.parentId = patch.parentId
  if (patch.itemTarget !== undefined) next.itemTarget = patch.itemTarget
  return next
}

/** What changed, for the audit line: 名称 A → B；上级 X → Y；计划项目数 m → n. */
export function unitChangeText(before: Unit, after: Unit, nameOf: (id: string) => string): string {
  const parts: string[] = []
  if (before.name !== after.name) parts.push(`名称 ${before.name} → ${after.name}`)
  if (before.parentId !== after.parentId)
    parts.push(
      `上级 ${before.parentId ? nameOf(before.parentId) : '无'} → ${after.parentId ? nameOf(after.parentId) : '无'}`,
    )
  if ((before.itemTarget ?? null) !== (after.itemTarget ?? null))
    parts.push(`计划项目数 ${before.itemTarget ?? '未设'} → ${after.itemTarget ?? '未设'}`)
  return parts.join('；')
}

/** The tree in display order: each unit after its parent, with its depth (the group at 0). */
export function treeRows(units: readonly Unit[]): { unit: Unit; depth: number }[] {
  const byParent = new Map<string | null, Unit[]>()
  for (const unit of units) {
    const siblings = byParent.get(unit.parentId)
    if (siblings) siblings.push(unit)
    else byParent.set(unit.parentId, [unit])
  }
  const rows: { unit: Unit; depth: number }[] = []
  const walk = (parentId: string | null, depth: number) => {
    for (const unit of byParent.get(parentId) ?? []) {
      rows.push({ unit, depth })
      walk(unit.id, depth + 1)
    }
  }
  walk(null, 0)
  return rows
}
