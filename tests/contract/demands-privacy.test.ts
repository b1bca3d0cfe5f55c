import { pageOf } from '@/domain/model/common'
import { DemandSchema, type Demand } from '@/domain/model/demand'
import { ReceiptSchema } from '@/domain/model/public-demand'
import { call, expectError, expectOk, signIn } from './harness'

// Issue 23: a worker's name and phone are seen by the supervision team and the secretary of the demand's unit
// only (src/domain/privacy.ts); everyone else gets them masked, on both backends.

const DemandPage = pageOf(DemandSchema)

async function findByText(token: string, text: string): Promise<Demand> {
  const page = expectOk(await call('GET', `/demands?q=${encodeURIComponent(text)}`, { token }), DemandPage)
  expect(page.items).toHaveLength(1)
  return page.items[0]!
}

describe('demand privacy', () => {
  it('shows the submitter to supervision and the unit’s secretary, masked to everyone else', async () => {
    const supervisor = await signIn('supervisor-1')
    const text = '希望朱庄矿浴室延长开放时间（隐私测试）'
    const posted = expectOk(
      await call('POST', '/demands', {
        token: supervisor,
        body: {
          channel: 'symposium',
          unitId: 'zhuzhuang',
          text,
          submitterName: '王建国',
          submitterPhone: '13912341234',
        },
      }),
      DemandSchema,
      201,
    )
    expect(posted).toMatchObject({ submitterName: '王建国', submitterPhone: '13912341234' })

    const own = await findByText(await signIn('secretary-zhuzhuang'), text)
    expect(own).toMatchObject({ submitterName: '王建国', submitterPhone: '13912341234' })
    expect(await findByText(await signIn('admin-1'), text)).toMatchObject({ submitterName: '王建国' })

    for (const viewer of ['secretary-luling', 'leader-1']) {
      const other = await findByText(await signIn(viewer), text)
      expect(other, viewer).toMatchObject({ text, submitterName: '王*国', submitterPhone: '139****1234' })
    }

    // The answer to a triage carries the same rule.
    const patched = expectOk(
      await call('PATCH', `/demands/${posted.id}`, {
        token: await signIn('secretary-zhuzhuang'),
        body: { reply: '已安排' },
      }),
      DemandSchema,
    )
    expect(patched).toMatchObject({ submitterName: '王建国', submitterPhone: '13912341234' })
  })

  it('masks every seeded submitter for a secretary of another unit', async () => {
    const token = await signIn('secretary-luling')
    const page = expectOk(await call('GET', '/demands?unit=zhuzhuang&pageSize=500', { token }), DemandPage)
    const named = page.items.filter((demand) => demand.submitterPhone !== null)
    expect(named.length).toBeGreaterThan(0)
    for (const demand of named) expect(demand.submitterPhone).toMatch(/^(\d{3}\*{4}\d{4}|\*{4}(\d{2})?)$/)
    for (const demand of page.items.filter((entry) => entry.submitterName !== null))
      expect(demand.submitterName).toContain('*')
  })

  it('answers a worker without a session with the submitter masked', async () => {
    const posted = expectOk(
      await call('POST', '/demands', {
        body: {
          channel: 'qr_form',
          unitId: 'yuandian2',
          text: '希望袁店二矿食堂增加夜班热饭（隐私测试）',
          submitterName: '李四',
          submitterPhone: '13800001234',
        },
      }),
      DemandSchema,
      201,
    )
    expect(posted).toMatchObject({ submitterName: '李*', submitterPhone: '138****1234' })
  })

  it('never stores a name or phone with an anonymous demand', async () => {
    const text = '希望芦岭矿增加职工书屋开放时间（匿名测试）'
    expectOk(
      await call('POST', '/public/demands', {
        body: { unitId: 'luling', text, anonymous: true, submitterName: '张三', submitterPhone: '13700001111' },
      }),
      ReceiptSchema,
      201,
    )
    const stored = await findByText(await signIn('supervisor-1'), text)
    expect(stored).toMatchObject({ anonymous: true, submitterName: null, submitterPhone: null })
  })

  it('refuses a control character in a demand with 422 naming the field', async () => {
    const token = await signIn('supervisor-1')
    const nul = expectError(
      await call('POST', '/demands', {
        token,
        body: { channel: 'symposium', unitId: 'zhuzhuang', text: '希望增加\u0000班车' },
      }),
      422,
      'validation',
    )
    expect(nul.error.fields).toHaveProperty('text')
    const name = expectError(
      await call('POST', '/public/demands', {
        body: { unitId: 'luling', text: '希望增加班车车次', submitterName: '王\u0007五' },
      }),
      422,
      'validation',
    )
    expect(name.error.fields).toHaveProperty('submitterName')
    // Tab, newline and carriage return are text.
    expectOk(
      await call('POST', '/demands', {
        token,
        body: { channel: 'symposium', unitId: 'zhuzhuang', text: '希望增加班车：\r\n\t早班\n\t夜班' },
      }),
      DemandSchema,
      201,
    )
  })
})
