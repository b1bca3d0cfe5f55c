import { call, freshClient, remember, signIn } from './client'

// Issue 23: every secretary could read every unit's demands with the worker's name and phone. Now only the
// supervision team and the secretary of the demand's unit see them (src/domain/privacy.ts); anonymous demands
// never keep them.

type DemandRow = {
  id: string
  text: string
  anonymous: boolean
  submitterName: string | null
  submitterPhone: string | null
}

async function findByText(token: string, text: string): Promise<DemandRow> {
  const reply = await call('GET', `/demands?q=${encodeURIComponent(text)}`, { token })
  expect(reply.status).toBe(200)
  const { items } = reply.body as { items: DemandRow[] }
  expect(items).toHaveLength(1)
  return items[0]!
}

describe('the submitter of a demand', () => {
  const phone = '13955501234'
  const name = '欧阳建国'
  const text = '希望朱庄矿职工浴室延长开放时间（安全测试）'

  beforeAll(async () => {
    remember(phone, text)
    const reply = await call('POST', '/demands', {
      token: await signIn('secretary-zhuzhuang'),
      body: { channel: 'reception_day', unitId: 'zhuzhuang', text, submitterName: name, submitterPhone: phone },
    })
    expect(reply.status).toBe(201)
  })

  it('is seen in full by the unit’s secretary and by supervision', async () => {
    for (const viewer of ['secretary-zhuzhuang', 'supervisor-1', 'admin-1'])
      expect(await findByText(await signIn(viewer), text), viewer).toMatchObject({
        submitterName: name,
        submitterPhone: phone,
      })
  })

  it('is masked for another unit’s secretary and for a leader, in every list', async () => {
    for (const viewer of ['secretary-luling', 'secretary-yuandian2', 'leader-1']) {
      const token = await signIn(viewer)
      expect(await findByText(token, text), viewer).toMatchObject({
        submitterName: '欧**国',
        submitterPhone: '139****1234',
      })
      const all = await call('GET', '/demands?unit=zhuzhuang&pageSize=500', { token })
      expect(JSON.stringify(all.body)).not.toContain(phone)
      expect(JSON.stringify(all.body)).not.toContain(name)
    }
  })

  it('appears in no statistics answer', async () => {
    const token = await signIn('secretary-luling')
    for (const path of ['/stats/demands', '/stats/demands?unit=zhuzhuang', '/stats'])
      expect(JSON.stringify((await call('GET', path, { token })).body), path).not.toContain(phone)
  })

  it('is never stored with an anonymous demand, from the QR form or the staff form', async () => {
    const qrText = '希望芦岭矿增设职工书屋（匿名安全测试）'
    const staffText = '希望芦岭矿增设母婴室（匿名安全测试）'
    remember('13766602222', '13766603333')
    const qr = await call('POST', '/public/demands', {
      client: freshClient(),
      body: { unitId: 'luling', text: qrText, anonymous: true, submitterName: '张三丰', submitterPhone: '13766602222' },
    })
    expect(qr.status).toBe(201)
    const staff = await call('POST', '/demands', {
      token: await signIn('secretary-luling'),
      body: {
        channel: 'symposium',
        unitId: 'luling',
        text: staffText,
        anonymous: true,
        submitterName: '李四',
        submitterPhone: '13766603333',
      },
    })
    expect(staff.status).toBe(201)
    const supervisor = await signIn('supervisor-1')
    for (const stored of [await findByText(supervisor, qrText), await findByText(supervisor, staffText)])
      expect(stored).toMatchObject({ anonymous: true, submitterName: null, submitterPhone: null })
  })

  it('is not in a worker’s receipt', async () => {
    const client = freshClient()
    const filed = await call('POST', '/public/demands', {
      client,
      body: {
        unitId: 'luling',
        text: '希望食堂增加清真窗口（回执安全测试）',
        submitterName: '马六',
        submitterPhone: '13812345678',
      },
    })
    remember('13812345678')
    expect(filed.status).toBe(201)
    const receipt = (filed.body as { receipt: string }).receipt
    const looked = await call('GET', `/public/receipts/${receipt}`, { client })
    expect(looked.status).toBe(200)
    expect(JSON.stringify(looked.body)).not.toMatch(/13812345678|马六|清真窗口/)
  })
})
