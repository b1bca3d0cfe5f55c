import type { createUnit, patchUnit } from '@/contract/org'
import type { Unit } from '@/domain/model/unit'
import { checkNewUnit, checkUnitPatch, patchedUnit, unitChangeText, unitKindText } from '@/domain/org-tree'
import { notFound, refusal } from '../failure'
import { newId } from '../store'
import type { UseCase } from '../use-case'
import { auditEntry } from './accounts'

// The org tree (issue 23). Tree edits queue on one lock and are checked against the units as locked, so
// two admins moving units at once cannot make a cycle; each edit writes its audit line in its transaction.

export const createUnitCase: UseCase<typeof createUnit> = ({ store, user, body, now }) =>
  store.transaction(async (tx) => {
    const units = await tx.lockUnits()
    const checked = checkNewUnit(body, units)
    if (!checked.ok) throw refusal(checked)
    const unit: Unit = {
      id: newId('unit'),
      name: body.name,
      kind: body.kind,
      parentId: body.parentId,
      itemTarget: body.itemTarget ?? null,
    }
    const parentName = units.find((u) => u.id === body.parentId)!.name
    const detail = `新增${unitKindText[unit.kind]} ${unit.name}（上级：${parentName}）`
    await tx.saveUnit(unit, auditEntry(user, 'create_unit', unit, now, detail))
    return unit
  })

export const patchUnitCase: UseCase<typeof patchUnit> = ({ store, user, params, body, now }) =>
  store.transaction(async (tx) => {
    const units = await tx.lockUnits()
    const unit = units.find((u) => u.id === params.id)
    if (!unit) throw notFound('单位')
    const checked = checkUnitPatch(unit, body, units)
    if (!checked.ok) throw refusal(checked)
    const next = patchedUnit(unit, body)
    const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? id
    const detail = unitChangeText(unit, next, nameOf)
    if (detail) await tx.saveUnit(next, auditEntry(user, 'change_unit', next, now, `${unit.name}：${detail}`))
    return next
  })
