import { creationChoices, creationListsFor, creationUnits } from '@/domain/item-creation'
import { listFitsUnit } from '@/domain/item-checks'
import type { Unit } from '@/domain/model/unit'
import { roles, type User } from '@/domain/model/user'
import { canCreateInList, canCreateItem, canCreateItems } from '@/domain/permissions'
import { campaign, list, unit, user } from './fixtures'

// The form's choices must be the backend's rule read the other way round: a (list, unit) pair is offered
// exactly when canCreateItem allows it and the list takes items of that unit's kind.

const units: Unit[] = [
  unit('group', 'group'),
  unit('dept-hr', 'department'),
  unit('dept-it', 'department'),
  unit('zhu', 'grassroots'),
  unit('lu', 'grassroots'),
]
const lists = [list('eight', 'group'), list('dept', 'department'), list('dh', 'grassroots'), list('dh2', 'grassroots')]
const theCampaign = campaign({ lists })
const everyone: User[] = roles.flatMap((role) => [
  user(role, null),
  ...units.map((entry) => user(role, entry.id)),
  user(role, 'gone'),
])

describe('creationChoices', () => {
  it.each(everyone.map((who) => [`${who.role} of ${who.unitId ?? 'no unit'}`, who] as const))(
    '%s: offers exactly the pairs canCreateItem allows',
    (_name, who) => {
      const choices = creationChoices(who, theCampaign, units)
      const offered = choices.lists.flatMap((choice) => choice.units.map((entry) => `${choice.list.id}/${entry.id}`))
      const allowed = lists.flatMap((entry) =>
        units
          .filter((candidate) => listFitsUnit(entry, candidate) && canCreateItem(who, entry, candidate.id).ok)
          .map((candidate) => `${entry.id}/${candidate.id}`),
      )
      expect(offered).toEqual(allowed)
      // A list is offered when the role may create in it, even with no unit to offer there.
      expect(choices.lists.map((choice) => choice.list.id)).toEqual(
        lists.filter((entry) => canCreateInList(who, entry).ok).map((entry) => entry.id),
      )
      if (!canCreateItems(who).ok) expect(choices).toEqual({ lists: [], defaultListId: '' })
    },
  )

  it('supervision may create in every list, for every unit the list takes', () => {
    const choices = creationChoices(user('supervisor', 'dept-hr'), theCampaign, units)
    expect(choices.lists.map((choice) => [choice.list.id, choice.units.map((entry) => entry.id)])).toEqual([
      ['eight', ['group', 'dept-hr', 'dept-it']],
      ['dept', ['group', 'dept-hr', 'dept-it']],
      ['dh', ['zhu', 'lu']],
      ['dh2', ['zhu', 'lu']],
    ])
  })

  it('a secretary: the grassroots lists, their own unit only', () => {
    const choices = creationChoices(user('secretary', 'zhu'), theCampaign, units)
    expect(choices.lists.map((choice) => [choice.list.id, choice.units.map((entry) => entry.id)])).toEqual([
      ['dh', ['zhu']],
      ['dh2', ['zhu']],
    ])
  })

  it('starts in the asked list where it is offered, else the first grassroots list, else the first', () => {
    const supervisor = user('supervisor')
    const secretary = user('secretary', 'zhu')
    expect(creationChoices(supervisor, theCampaign, units).defaultListId).toBe('dh')
    expect(creationChoices(supervisor, theCampaign, units, 'eight').defaultListId).toBe('eight')
    expect(creationChoices(supervisor, theCampaign, units, 'nowhere').defaultListId).toBe('dh')
    expect(creationChoices(secretary, theCampaign, units, 'eight').defaultListId).toBe('dh')
    expect(creationChoices(secretary, theCampaign, units, 'dh2').defaultListId).toBe('dh2')
    const noGrassroots = campaign({ lists: [list('eight', 'group'), list('dept', 'department')] })
    expect(creationChoices(supervisor, noGrassroots, units).defaultListId).toBe('eight')
    expect(creationChoices(secretary, noGrassroots, units)).toEqual({ lists: [], defaultListId: '' })
    expect(creationChoices(user('leader'), theCampaign, units, 'dh')).toEqual({ lists: [], defaultListId: '' })
  })
})

describe('creationUnits and creationListsFor', () => {
  const choices = creationChoices(user('secretary', 'lu'), theCampaign, units)

  it('the units of an offered list; none for a list not offered', () => {
    expect(creationUnits(choices, 'dh').map((entry) => entry.id)).toEqual(['lu'])
    expect(creationUnits(choices, 'eight')).toEqual([])
    expect(creationUnits(choices, '')).toEqual([])
  })

  it('the lists offered for a unit', () => {
    expect(creationListsFor(choices, 'lu').map((entry) => entry.id)).toEqual(['dh', 'dh2'])
    expect(creationListsFor(choices, 'zhu')).toEqual([])
    const supervision = creationChoices(user('admin'), theCampaign, units)
    expect(creationListsFor(supervision, 'dept-it').map((entry) => entry.id)).toEqual(['eight', 'dept'])
  })
})
