import { z } from 'zod'
import { intakeLimits } from '@/domain/intake-limits'
import { pageOf } from '@/domain/model/common'
import { DemandSchema } from '@/domain/model/demand'
import { ReceiptSchema } from '@/domain/model/public-demand'
import { ItemWithUpdateSchema, findItem } from './fixtures'
import { baseUrl, call, expectError, expectOk, signIn, type Reply } from './harness'

// 一码一表 from the worker's side: no session, bad input, the limits, and the loop back by receipt number.

const DemandPage = pageOf(DemandSchema)
const draft = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'zhuzhuang',
  text: '夜班下班没有通勤车，希望增开一趟。',
  anonymous: true,
  ...overrides,
})

/** A call from a given client address (as a gateway would pass it on), to see the per-client limits. */
async function from(
  client: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply & { retryAfter: string | null }> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-forwarded-for': client }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    retryAfter: response.headers.get('retry-after'),
  }
}

describe('public intake', () => {
  it('files a demand without a session and answers only the receipt', async () => {
    const reply = await call('POST', '/public/demands', {
      body: draft({ anonymous: false, submitterName: '赵强', submitterPhone: '138 0000 0000' }),
    })
    const receipt = expectOk(reply, ReceiptSchema, 201)
    expect(receipt).toMatchObject({ unitId: 'zhuzhuang', status: 'new', merged: false, reply: null, item: null })
    expect(receipt.receipt).toMatch(/^BS-\d{11}$/)
    // Nothing personal or internal leaves through the public answer.
    expect(Object.keys(reply.body as object).sort()).toEqual([
      'item',
      'merged',
      'receipt',
      'reply',
      'status',
      'submittedAt',
      'unitId',
      'updatedAt',
    ])
    const token = await signIn('supervisor-1')
    const filed = expectOk(await call('GET', `/demands?q=${receipt.receipt}`, { token }), DemandPage).items[0]
    expect(filed).toMatchObject({
      channel: 'qr_form',
      submitterName: '赵强',
      status: 'new',
      text: '夜班下班没有通勤车，希望增开一趟。',
    })
  })

  it('refuses bad input with a Chinese reason per field', async () => {
    // Refusals count toward a client's limit (issue 23): each comes from a client of its own here.
    let clients = 0
    const post = (body: unknown) => from(`10.0.2.${(clients += 1)}`, 'POST', '/public/demands', body)
    const short = expectError(await post(draft({ text: '太短' })), 422, 'validation')
    expect(short.error.fields?.text).toBe('诉求内容至少 5 个字')
    const long = expectError(await post(draft({ text: '长'.repeat(1001) })), 422, 'validation')
    expect(long.error.fields?.text).toBe('诉求内容不超过 1000 字')
    const phone = expectError(await post(draft({ anonymous: false, submitterPhone: 'call me' })), 422, 'validation')
    expect(phone.error.fields?.submitterPhone).toBe('电话号码格式不正确')
    const unit = expectError(await post(draft({ unitId: 'nowhere' })), 422, 'validation')
    expect(unit.error.fields?.unitId).toBe('未知的单位')
    // The worker cannot pick a channel or smuggle in triage fields.
    expectError(await post(draft({ channel: 'symposium' })), 422, 'validation')
    expectError(await post(draft({ status: 'adopted' })), 422, 'validation')
    expectError(await call('POST', '/public/demands', { rawBody: '{"unitId": ' }), 400, 'bad_request')
  })

  it('refuses a body over the cap with 413, before reading it', async () => {
    const huge = await from(
      '10.0.0.9',
      'POST',
      '/public/demands',
      draft({ text: '很'.repeat(intakeLimits.maxBodyBytes) }),
    )
    expectError(huge, 413, 'too_large')
    expect((huge.body as { error: { message: string } }).error.message).toContain('过大')
  })

  it('limits each client, says when to come back, and leaves other clients alone', async () => {
    for (let n = 0; n < intakeLimits.submit.limit; n += 1)
      expectOk(await from('10.0.0.1', 'POST', '/public/demands', draft()), ReceiptSchema, 201)
    const over = await from('10.0.0.1', 'POST', '/public/demands', draft())
    const body = expectError(over, 429, 'rate_limited')
    expect(body.error.message).toMatch(/提交过于频繁，请 \d+ 分钟后再试/)
    expect(Number(over.retryAfter)).toBeGreaterThan(0)
    expect(Number(over.retryAfter)).toBeLessThanOrEqual(intakeLimits.submit.windowSeconds)
    // The session-less path of POST /demands shares the limit.
    expectError(await from('10.0.0.1', 'POST', '/demands', { channel: 'qr_form', ...draft() }), 429, 'rate_limited')
    expectOk(await from('10.0.0.2', 'POST', '/public/demands', draft()), ReceiptSchema, 201)
  })

  it('limits receipt look-ups too, so numbers cannot be guessed quickly', async () => {
    for (let n = 0; n < intakeLimits.lookup.limit; n += 1)
      expectError(await from('10.0.0.3', 'GET', `/public/receipts/BS-${String(n).padStart(6, '9')}`), 404, 'not_found')
    const over = await from('10.0.0.3', 'GET', '/public/receipts/BS-000000')
    expectError(over, 429, 'rate_limited')
    expect(over.retryAfter).not.toBeNull()
  })

  it('closes the loop: adopted, done (the receipt shows the completion reply), struck off', async () => {
    const filed = expectOk(
      await call('POST', '/public/demands', {
        body: draft({ unitId: 'yuandian2', text: '希望矿区超市延长营业时间到夜班结束。' }),
      }),
      ReceiptSchema,
      201,
    )
    const lookUp = async () =>
      expectOk(await call('GET', `/public/receipts/${filed.receipt.toLowerCase()}`), ReceiptSchema)
    expect(await lookUp()).toMatchObject({ status: 'new', item: null })

    const supervisor = await signIn('supervisor-1')
    const demand = expectOk(await call('GET', `/demands?q=${filed.receipt}`, { token: supervisor }), DemandPage)
      .items[0]!
    const item = await findItem(supervisor, 'list=double-hundred&status=in_progress&unit=yuandian2')
    expectOk(
      await call('PATCH', `/demands/${demand.id}`, { token: supervisor, body: { status: 'adopted', itemId: item.id } }),
      DemandSchema,
    )
    expect(await lookUp()).toMatchObject({ status: 'adopted', item: { code: item.code, status: 'in_progress' } })

    const post = (body: unknown) => call('POST', `/items/${item.id}/updates`, { token: supervisor, body })
    expectOk(
      await post({ kind: 'status', toStatus: 'done', note: '超市营业时间已延长到凌晨 1 点' }),
      ItemWithUpdateSchema,
      201,
    )
    // Done is when the worker hears back: the completion note is the reply (issue 22).
    expect(await lookUp()).toMatchObject({
      status: 'answered',
      reply: '超市营业时间已延长到凌晨 1 点',
      item: { status: 'done', progress: 100 },
    })
    expectOk(
      await post({ kind: 'satisfaction', surveyed: 30, satisfied: 29, method: 'phone', note: '电话回访' }),
      ItemWithUpdateSchema,
      201,
    )
    // Struck off by a second person: not the supervisor who reported it done.
    expectOk(
      await call('POST', `/items/${item.id}/updates`, {
        token: await signIn('supervisor-2'),
        body: { kind: 'status', toStatus: 'closed', note: '事结销号' },
      }),
      ItemWithUpdateSchema,
      201,
    )
    expect(await lookUp()).toMatchObject({
      status: 'answered',
      reply: '超市营业时间已延长到凌晨 1 点',
      item: { status: 'closed' },
    })
  })

  it('answers a merged demand for the demand it joined', async () => {
    const first = expectOk(
      await call('POST', '/public/demands', { body: draft({ text: '食堂夜班饭菜太少，希望增加品种。' }) }),
      ReceiptSchema,
      201,
    )
    const second = expectOk(
      await call('POST', '/public/demands', { body: draft({ text: '夜班食堂饭菜品种少。' }) }),
      ReceiptSchema,
      201,
    )
    const supervisor = await signIn('supervisor-1')
    const find = async (receipt: string) =>
      expectOk(await call('GET', `/demands?q=${receipt}`, { token: supervisor }), DemandPage).items[0]!
    const [lead, duplicate] = [await find(first.receipt), await find(second.receipt)]
    expectOk(
      await call('PATCH', `/demands/${duplicate.id}`, {
        token: supervisor,
        body: { status: 'merged', mergedInto: lead.id },
      }),
      DemandSchema,
    )
    expectOk(
      await call('PATCH', `/demands/${lead.id}`, {
        token: supervisor,
        body: { status: 'answered', reply: '食堂已增加夜班菜品 6 种。' },
      }),
      DemandSchema,
    )
    const seen = expectOk(await call('GET', `/public/receipts/${second.receipt}`), ReceiptSchema)
    expect(seen).toMatchObject({
      receipt: second.receipt,
      merged: true,
      status: 'answered',
      reply: '食堂已增加夜班菜品 6 种。',
    })
    expectError(await call('GET', '/public/receipts/BS-XXXXXX'), 404, 'not_found')
  })
})

describe('demand counts', () => {
  const Stats = z.object({
    total: z.number(),
    byStatus: z.record(z.string(), z.number()),
    byChannel: z.record(z.string(), z.number()),
    linked: z.number(),
    linkedDone: z.number(),
    linkedClosed: z.number(),
  })

  it('count the demands the filters match, and each funnel stage lists exactly what it counts', async () => {
    const token = await signIn('leader-1')
    const all = expectOk(await call('GET', '/stats/demands', { token }), Stats)
    expect(all.total).toBe(467)
    const summary = expectOk(await call('GET', '/stats/summary', { token }), z.object({ demands: Stats }))
    expect(all).toEqual(summary.demands)
    for (const [stage, count] of [
      ['adopted', all.linked],
      ['done', all.linkedDone],
      ['closed', all.linkedClosed],
    ] as const) {
      const page = expectOk(await call('GET', `/demands?stage=${stage}&pageSize=1`, { token }), DemandPage)
      expect(page.total, stage).toBe(count)
    }
    expect(all.linked).toBeGreaterThan(all.linkedDone)
    const talk = expectOk(await call('GET', '/stats/demands?channel=talk_room', { token }), Stats)
    expect(talk.total).toBe(all.byChannel.talk_room)
    expectError(await call('GET', '/stats/demands?stage=finished', { token }), 400, 'bad_request')
    expectError(await call('GET', '/stats/demands'), 401, 'unauthenticated')
  })
})
