import { checkRosterRows, rosterNoteText, type RosterRow } from '@/domain/roster-rows'
import { unit } from './fixtures'

// The staff roster import's checks (issue 23): each row as the create form and the server check a new
// account, plus usernames repeated within the file or already taken.

const units = [
  unit('zhuzhuang', 'grassroots', { name: '朱庄矿' }),
  unit('office', 'department', { name: '党委办公室' }),
]

let line = 1
function row(cells: Partial<RosterRow['cells']> = {}): RosterRow {
  line += 1
  return {
    line,
    cells: {
      name: '孙晓梅',
      username: `user.${line}`,
      role: '支部书记',
      unit: '朱庄矿',
      phone: '',
      title: '',
      ...cells,
    },
  }
}

const check = (rows: RosterRow[], existingUsernames: string[] = []) =>
  checkRosterRows(rows, { units, existingUsernames })

describe('checkRosterRows', () => {
  beforeEach(() => {
    line = 1
  })

  it('turns a good row into the account to create, with the unit by name and the role by its Chinese name', () => {
    const [checked] = check([row({ phone: ' 13800000000 ', title: '党支部书记' })])
    expect(checked).toMatchObject({
      line: 2,
      status: 'ok',
      problems: [],
      account: {
        name: '孙晓梅',
        username: 'user.2',
        role: 'secretary',
        unitId: 'zhuzhuang',
        phone: '13800000000',
        title: '党支部书记',
      },
    })
  })

  it('accepts no unit for a role that needs none, and leaves out empty optional cells', () => {
    const [checked] = check([row({ role: '督办组', unit: '' })])
    expect(checked?.status).toBe('ok')
    expect(checked?.account).toEqual({ name: '孙晓梅', username: 'user.2', role: 'supervisor', unitId: null })
  })

  it('names what is wrong in each column, and the row creates nothing', () => {
    const [missing, badRole, badUnit, notGrassroots, badPhone] = check([
      row({ name: '', username: 'x' }),
      row({ role: '队长' }),
      row({ unit: '不存在的矿' }),
      row({ unit: '党委办公室' }),
      row({ role: '集团领导', unit: '', phone: 'abc' }),
    ])
    expect(missing).toMatchObject({ status: 'bad', account: null })
    expect(missing?.problems).toEqual([
      { column: 'name', message: '请填写姓名' },
      { column: 'username', message: expect.stringMatching(/^用户名为 3–32 位/) },
    ])
    expect(badRole?.problems).toEqual([
      { column: 'role', message: '没有“队长”这个角色，请填 集团领导、督办组、支部书记、系统管理员 之一' },
    ])
    expect(badUnit?.problems).toEqual([{ column: 'unit', message: '没有这个单位' }])
    expect(notGrassroots?.problems).toEqual([{ column: 'unit', message: '支部书记须选择一个基层单位' }])
    expect(badPhone?.problems).toEqual([{ column: 'phone', message: '电话号码格式不正确' }])
    expect(rosterNoteText(badPhone!.problems[0]!)).toBe('手机：电话号码格式不正确')
  })

  it('asks for a role when the cell is empty, and flags a secretary without a unit', () => {
    const [noRole, noUnit] = check([row({ role: '' }), row({ unit: '' })])
    expect(noRole?.problems).toEqual([{ column: 'role', message: expect.stringMatching(/^请填写角色/) }])
    expect(noUnit?.problems).toEqual([{ column: 'unit', message: '支部书记须选择一个基层单位' }])
  })

  it('flags a username repeated in the file (the first stays) and one an account already has', () => {
    const rows = check(
      [row({ username: 'li.ming' }), row({ username: 'wang.fang' }), row({ username: 'li.ming' })],
      ['wang.fang'],
    )
    expect(rows.map((r) => r.status)).toEqual(['ok', 'bad', 'bad'])
    expect(rows[1]?.problems).toEqual([{ column: 'username', message: '用户名 wang.fang 已有账号' }])
    expect(rows[2]?.problems).toEqual([{ column: 'username', message: '与第 2 行的用户名重复' }])
  })

  it('keeps an empty row as empty, neither good nor bad', () => {
    const [empty] = check([row({ name: '', username: '', role: '', unit: '' })])
    expect(empty).toMatchObject({ status: 'empty', account: null, problems: [] })
  })

  it('sorts a row’s problems in column order', () => {
    const [checked] = check([row({ name: '', username: 'ab', role: '无', phone: 'x' })])
    expect(checked?.problems.map((note) => note.column)).toEqual(['name', 'username', 'role', 'phone'])
  })
})
