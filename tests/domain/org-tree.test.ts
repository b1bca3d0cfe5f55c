import { seededRandom } from '@/core/seed/seeded-random'
import { unitKinds, type Unit } from '@/domain/model/unit'
import { checkNewUnit, checkUnitPatch, parentKinds, patchedUnit, subtreeIds, treeRows } from '@/domain/org-tree'

const group: Unit = { id: 'group', name: '集团', kind: 'group', parentId: null }

/** Every unit reaches the root by its parents, each parent may hold its kind, names are unique. */
function sound(units: readonly Unit[]) {
  const byId = new Map(units.map((u) => [u.id, u]))
  for (const unit of units) {
    const seen = new Set<string>()
    let at: Unit | undefined = unit
    while (at && at.parentId !== null) {
      if (seen.has(at.id)) return false
      seen.add(at.id)
      const parent = byId.get(at.parentId)
      if (!parent || !parentKinds[at.kind].includes(parent.kind)) return false
      at = parent
    }
    if (!at || at.id !== 'group') return false
  }
  return new Set(units.map((u) => u.name)).size === units.length
}

describe('org tree rules', () => {
  it.each(Array.from({ length: 200 }, (_, seed) => seed))(
    'keep the tree sound whatever edits are tried, refused ones changing nothing (seed %i)',
    (seed) => {
      const random = seededRandom(seed)
      let units: Unit[] = [group]
      for (let i = 0; i < 60; i++) {
        const unit = random.pick(units)
        const parentId = random.pick(units).id
        const name = `单位${random.int(0, 12)}`
        const op = random.pick(['add', 'move', 'rename'] as const)
        if (op === 'add') {
          const draft = { name, kind: random.pick(unitKinds), parentId }
          if (checkNewUnit(draft, units).ok) units = [...units, { id: `u${i}`, ...draft }]
        } else {
          const patch = op === 'move' ? { parentId } : { name }
          if (checkUnitPatch(unit, patch, units).ok)
            units = units.map((u) => (u.id === unit.id ? patchedUnit(u, patch) : u))
        }
        expect(sound(units)).toBe(true)
      }
      expect(treeRows(units)).toHaveLength(units.length)
    },
  )

  it('refuse a move under the unit itself or its own units, naming the field', () => {
    const company: Unit = { id: 'c', name: '公司', kind: 'company', parentId: 'group' }
    const mine: Unit = { id: 'm', name: '矿', kind: 'grassroots', parentId: 'c' }
    const team: Unit = { id: 't', name: '区队', kind: 'grassroots', parentId: 'm' }
    const units = [group, company, mine, team]
    expect(subtreeIds(units, 'c')).toEqual(new Set(['c', 'm', 't']))
    expect(checkUnitPatch(mine, { parentId: 't' }, units)).toMatchObject({ ok: false, status: 422, field: 'parentId' })
    expect(checkUnitPatch(mine, { parentId: 'm' }, units)).toMatchObject({ ok: false, field: 'parentId' })
    expect(checkUnitPatch(team, { parentId: 'c' }, units)).toEqual({ ok: true })
    expect(checkUnitPatch(company, { itemTarget: 3 }, units)).toMatchObject({ ok: false, field: 'itemTarget' })
    expect(checkUnitPatch(mine, { name: '公司' }, units)).toMatchObject({ ok: false, field: 'name' })
    expect(checkUnitPatch(mine, { name: '矿' }, units)).toEqual({ ok: true })
  })
})
