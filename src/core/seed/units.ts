import type { Unit } from '@/domain/model/unit'

// The group, its headquarters departments and its grassroots units (mines, the coking company,
// the railway transport department, the property company). The large seed splits every grassroots
// unit into its teams (区队, 车间, 段, 社区) so that 50,000 items spread over a few hundred units.

export type Flavour = 'mine' | 'coking' | 'rail' | 'property'

type GrassrootsProfile = {
  id: string
  name: string
  flavour: Flavour
  /** Head count, for the beneficiaries of the unit's items. */
  staff: number
  /** 双百 items in the demo seed; together 471. */
  demoItems: number
}

export const departments: readonly { id: string; name: string }[] = [
  { id: 'dept-office', name: '集团办公室' },
  { id: 'dept-organization', name: '党委组织部' },
  { id: 'dept-publicity', name: '党委宣传部' },
  { id: 'dept-union', name: '工会' },
  { id: 'dept-youth', name: '团委' },
  { id: 'dept-hr', name: '人力资源部' },
  { id: 'dept-finance', name: '财务部' },
  { id: 'dept-logistics', name: '后勤服务中心' },
  { id: 'dept-housing', name: '房产管理中心' },
  { id: 'dept-safety', name: '安全监管局' },
  { id: 'dept-production', name: '生产技术部' },
  { id: 'dept-it', name: '信息中心' },
]

const grassroots: readonly GrassrootsProfile[] = [
  { id: 'zhuzhuang', name: '朱庄矿', flavour: 'mine', staff: 3100, demoItems: 30 },
  { id: 'luling', name: '芦岭矿', flavour: 'mine', staff: 4200, demoItems: 28 },
  { id: 'yuandian2', name: '袁店二矿', flavour: 'mine', staff: 2300, demoItems: 27 },
  { id: 'linhuan-coking', name: '临涣焦化公司', flavour: 'coking', staff: 1600, demoItems: 24 },
  { id: 'xutuan', name: '许疃矿', flavour: 'mine', staff: 3600, demoItems: 26 },
  { id: 'taoyuan', name: '桃园矿', flavour: 'mine', staff: 3300, demoItems: 25 },
  { id: 'qinan', name: '祁南矿', flavour: 'mine', staff: 4000, demoItems: 27 },
  { id: 'suntuan', name: '孙疃矿', flavour: 'mine', staff: 3200, demoItems: 25 },
  { id: 'yangliu', name: '杨柳矿', flavour: 'mine', staff: 2600, demoItems: 24 },
  { id: 'qingdong', name: '青东矿', flavour: 'mine', staff: 2400, demoItems: 23 },
  { id: 'wugou', name: '五沟矿', flavour: 'mine', staff: 2100, demoItems: 22 },
  { id: 'guobei', name: '涡北矿', flavour: 'mine', staff: 2700, demoItems: 24 },
  { id: 'xinhu', name: '信湖矿', flavour: 'mine', staff: 1900, demoItems: 21 },
  { id: 'liudian', name: '刘店矿', flavour: 'mine', staff: 1800, demoItems: 20 },
  { id: 'zhuxianzhuang', name: '朱仙庄矿', flavour: 'mine', staff: 3000, demoItems: 23 },
  { id: 'shitai', name: '石台矿', flavour: 'mine', staff: 1500, demoItems: 19 },
  { id: 'linhuan', name: '临涣矿', flavour: 'mine', staff: 3800, demoItems: 24 },
  { id: 'tongting', name: '童亭矿', flavour: 'mine', staff: 1700, demoItems: 18 },
  { id: 'tieyun', name: '铁运处', flavour: 'rail', staff: 1400, demoItems: 20 },
  { id: 'wuye', name: '物业公司', flavour: 'property', staff: 900, demoItems: 21 },
]

/** Teams of each kind of unit: [name, id suffix]. */
export const teamsByFlavour: Record<Flavour, readonly (readonly [string, string])[]> = {
  mine: [
    ['综采一区', 'zongcai1'],
    ['综采二区', 'zongcai2'],
    ['综掘一区', 'zongjue1'],
    ['综掘二区', 'zongjue2'],
    ['开拓一区', 'kaituo1'],
    ['开拓二区', 'kaituo2'],
    ['机电区', 'jidian'],
    ['运输区', 'yunshu'],
    ['通风区', 'tongfeng'],
    ['准备区', 'zhunbei'],
    ['防突区', 'fangtu'],
    ['选煤厂', 'xuanmei'],
  ],
  coking: [
    ['备煤车间', 'beimei'],
    ['炼焦车间', 'lianjiao'],
    ['化产车间', 'huachan'],
    ['甲醇车间', 'jiachun'],
    ['动力车间', 'dongli'],
    ['检修车间', 'jianxiu'],
  ],
  rail: [
    ['机务段', 'jiwu'],
    ['车务段', 'chewu'],
    ['工务段', 'gongwu'],
    ['电务段', 'dianwu'],
    ['车辆段', 'cheliang'],
  ],
  property: [
    ['相山社区', 'xiangshan'],
    ['朱庄社区', 'zhuzhuang'],
    ['岱河社区', 'daihe'],
    ['杨庄社区', 'yangzhuang'],
    ['南湖社区', 'nanhu'],
    ['矿山集社区', 'kuangshanji'],
  ],
}

export const placesByFlavour: Record<Flavour, readonly string[]> = {
  mine: ['工业广场', '主井口', '副井口', '东风井', '南风井', '单身公寓', '办公楼东侧', '矿区生活区'],
  coking: ['厂区', '生活区', '倒班宿舍', '中控楼', '东大门'],
  rail: ['机务段', '编组站', '乘务员公寓', '站场'],
  property: ['相山社区', '岱河社区', '杨庄社区', '南湖社区'],
}

/** How the unit speaks of all its people: 全矿, 全公司. */
export const wholeUnitWord: Record<Flavour, string> = { mine: '全矿', coking: '全公司', rail: '全处', property: '辖区' }

/** A unit that holds 双百 items, with what the item texts need to know of it. */
export type ItemUnit = {
  id: string
  name: string
  flavour: Flavour
  staff: number
  itemCount: number
  /** For a team of the large seed: its name, already part of `name`. */
  team: string | null
}

export type UnitSet = { units: Unit[]; itemUnits: ItemUnit[]; grassrootsIds: string[] }

function fixedUnits(): Unit[] {
  return [
    { id: 'group', name: '淮北矿业集团', kind: 'group', parentId: null, itemTarget: null },
    ...departments.map((dept): Unit => ({
      id: dept.id,
      name: dept.name,
      kind: 'department',
      parentId: 'group',
      itemTarget: null,
    })),
  ]
}

/** The number a unit announced when it drew up its list: what it listed, rounded to the nearest 5. */
function announcedTarget(count: number): number {
  return Math.max(5, Math.round(count / 5) * 5)
}

export function demoUnits(): UnitSet {
  const units = fixedUnits()
  for (const unit of grassroots) {
    units.push({
      id: unit.id,
      name: unit.name,
      kind: 'grassroots',
      parentId: 'group',
      itemTarget: announcedTarget(unit.demoItems),
    })
  }
  const itemUnits = grassroots.map((unit): ItemUnit => ({
    id: unit.id,
    name: unit.name,
    flavour: unit.flavour,
    staff: unit.staff,
    itemCount: unit.demoItems,
    team: null,
  }))
  return { units, itemUnits, grassrootsIds: grassroots.map((unit) => unit.id) }
}

/** Every grassroots unit and each of its teams (weight 2 for the unit itself, 1 per team), sharing `total` items. */
export function largeUnits(total: number): UnitSet {
  const shapes: { unit: Unit; item: Omit<ItemUnit, 'itemCount'>; weight: number }[] = []
  for (const base of grassroots) {
    shapes.push({
      unit: { id: base.id, name: base.name, kind: 'grassroots', parentId: 'group' },
      item: { id: base.id, name: base.name, flavour: base.flavour, staff: base.staff, team: null },
      weight: 2,
    })
    const teams = teamsByFlavour[base.flavour]
    for (const [team, suffix] of teams) {
      const id = `${base.id}-${suffix}`
      const name = `${base.name}${team}`
      const staff = Math.round(base.staff / teams.length / 10) * 10
      shapes.push({
        unit: { id, name, kind: 'grassroots', parentId: base.id },
        item: { id, name, flavour: base.flavour, staff, team },
        weight: 1,
      })
    }
  }
  // Largest remainder, so the counts add up to exactly `total`.
  const weightSum = shapes.reduce((sum, shape) => sum + shape.weight, 0)
  const exact = shapes.map((shape) => (total * shape.weight) / weightSum)
  const counts = exact.map(Math.floor)
  let missing = total - counts.reduce((sum, count) => sum + count, 0)
  const byRemainder = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of byRemainder) {
    if (missing === 0) break
    counts[i]! += 1
    missing -= 1
  }
  const units = fixedUnits()
  const itemUnits: ItemUnit[] = []
  shapes.forEach((shape, i) => {
    const itemCount = counts[i]!
    units.push({ ...shape.unit, itemTarget: announcedTarget(itemCount) })
    itemUnits.push({ ...shape.item, itemCount })
  })
  return { units, itemUnits, grassrootsIds: grassroots.map((unit) => unit.id) }
}
