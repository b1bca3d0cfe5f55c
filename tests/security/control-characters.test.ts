import { intakeLimits } from '@/domain/intake-limits'
import { call, fieldsOf, freshClient, remember, signIn, type Reply } from './client'

// Issue 23: a NUL (or any control character but tab, newline and carriage return) in any text the API accepts
// was a 500 from the database; it is a 422 naming the field, on every text endpoint, signed in or not.

const nul = '\u0000'

function refused(reply: Reply, field: string) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(422)
  expect(fieldsOf(reply)).toHaveProperty(field)
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
let itemDraft: Record<string, unknown>

beforeAll(async () => {
  const campaign = await call('GET', '/campaign', { token: await signIn('supervisor-1') })
  const category = (campaign.body as { categories: { id: string }[] }).categories[0]!.id
  itemDraft = {
    listId: 'double-hundred',
    title: '井口热水供应点',
    content: '增设热水供应点两处',
    beneficiaries: '井下职工',
    category,
    unitId: 'zhuzhuang',
    owner: '王建国',
    deadline: inDays(60),
  }
})

describe('control characters in texts', () => {
  it('sign-in: each field → 422, not 500', async () => {
    refused(await call('POST', '/session', { body: { username: `admin${nul}`, password: 'demo' } }), 'username')
    refused(await call('POST', '/session', { body: { username: 'admin-1', password: `demo${nul}` } }), 'password')
    refused(await call('POST', '/session', { body: { userId: `admin-1${nul}` } }), 'userId')
  })

  it('the public intake: text, name, phone, unit → 422, not 500', async () => {
    const body = { unitId: 'luling', text: '希望增加夜班班车车次' }
    const client = freshClient()
    refused(
      await call('POST', '/public/demands', { client, body: { ...body, text: `希望增加${nul}夜班班车` } }),
      'text',
    )
    refused(
      await call('POST', '/public/demands', { client, body: { ...body, submitterName: `王${nul}` } }),
      'submitterName',
    )
    refused(
      await call('POST', '/demands', {
        client: freshClient(),
        body: { channel: 'qr_form', ...body, submitterPhone: `139${nul}` },
      }),
      'submitterPhone',
    )
    refused(
      await call('POST', '/public/demands', { client: freshClient(), body: { ...body, unitId: `luling${nul}` } }),
      'unitId',
    )
  })

  it('the intake counts its refusals toward the limit', async () => {
    const client = freshClient()
    const body = { unitId: 'luling', text: `希望增加${nul}夜班班车` }
    for (let n = 0; n < intakeLimits.submit.limit; n += 1)
      refused(await call('POST', '/public/demands', { client, body }), 'text')
    const over = await call('POST', '/public/demands', {
      client,
      body: { unitId: 'luling', text: '希望增加夜班班车车次' },
    })
    expect(over.status).toBe(429)
    expect(over.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('a staff demand and its triage → 422, not 500', async () => {
    const token = await signIn('supervisor-1')
    const draft = { channel: 'symposium', unitId: 'zhuzhuang', text: '希望增加夜班班车车次' }
    refused(await call('POST', '/demands', { token, body: { ...draft, text: `希望${nul}增加夜班班车` } }), 'text')
    refused(await call('POST', '/demands', { token, body: { ...draft, submitterName: `\u0007王五` } }), 'submitterName')
    const filed = await call('POST', '/demands', { token, body: draft })
    expect(filed.status).toBe(201)
    const id = (filed.body as { id: string }).id
    refused(await call('PATCH', `/demands/${id}`, { token, body: { reply: `已安排${nul}` } }), 'reply')
  })

  it('an item draft, a batch row, a patch and an update note → 422, not 500', async () => {
    const token = await signIn('supervisor-1')
    for (const field of ['title', 'content', 'beneficiaries', 'category', 'owner', 'leadLeader'] as const)
      refused(await call('POST', '/items', { token, body: { ...itemDraft, [field]: `文字${nul}文字` } }), field)
    refused(await call('POST', '/items', { token, body: { ...itemDraft, ownerPhone: `139${nul}1234` } }), 'ownerPhone')

    const batch = await call('POST', '/items/batch', {
      token,
      body: { items: [{ ...itemDraft, title: `井口${nul}热水` }] },
    })
    expect(batch.status, JSON.stringify(batch.body)).toBeLessThan(500)
    expect(JSON.stringify(batch.body)).toContain('title')

    const created = await call('POST', '/items', { token, body: itemDraft })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const item = created.body as { id: string; version: number }
    refused(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, title: `新${nul}名称`, reason: '更正' },
      }),
      'title',
    )
    refused(
      await call('PATCH', `/items/${item.id}`, {
        token,
        body: { version: item.version, title: '新的名称', reason: `更正${nul}` },
      }),
      'reason',
    )
    refused(
      await call('POST', `/items/${item.id}/updates`, {
        token,
        body: { kind: 'inspection', note: `现场${nul}`, visitedOn: '2026-06-01' },
      }),
      'note',
    )
    refused(
      await call('POST', `/items/${item.id}/updates`, {
        token,
        body: { kind: 'progress', progress: 10, note: `\u001b[31m` },
      }),
      'note',
    )
  })

  it('search texts and path ids with a NUL are refused or not found, never a 500', async () => {
    const token = await signIn('supervisor-1')
    for (const path of [
      `/items?q=${encodeURIComponent(`井口${nul}`)}`,
      `/demands?q=${encodeURIComponent(`班车${nul}`)}`,
    ]) {
      const reply = await call('GET', path, { token })
      expect(reply.status, path).toBe(400)
    }
    for (const path of ['/items/%00', '/items/abc%00def/updates', '/public/receipts/BS-%00']) {
      const reply = await call('GET', path, { token, client: freshClient() })
      expect(reply.status, path).toBeLessThan(500)
    }
    const patch = await call('PATCH', '/demands/dem%00', { token, body: { reply: '好' } })
    expect(patch.status).toBeLessThan(500)
  })

  it('tab, newline and carriage return pass', async () => {
    const token = await signIn('supervisor-1')
    const text = '希望增加班车：\r\n\t早班\n\t夜班（制表符测试）'
    remember(text)
    const filed = await call('POST', '/demands', { token, body: { channel: 'symposium', unitId: 'zhuzhuang', text } })
    expect(filed.status).toBe(201)
    expect((filed.body as { text: string }).text).toBe(text.trim())
  })
})
