import { z } from 'zod'
import { ItemSchema, type Item } from '@/domain/model/item'
import { call, expectOk, signIn } from '../contract/harness'
import { findItem, ItemWithUpdateSchema } from '../contract/fixtures'

// The load test of issue 9: concurrent writers on loopback against the real server. Both ways of
// writing an item must lose nothing: PATCH with a version (read, change, write; retry on 409) and
// updates posted without one (each is appended and bumps the version exactly once).

async function getItem(token: string, id: string): Promise<Item> {
  return expectOk(await call('GET', `/items/${id}`, { token }), ItemSchema)
}

describe('concurrent writes on one item', () => {
  it('keeps every edit when many supervisors edit the same item at once (version check, retry on 409)', async () => {
    const tokens = await Promise.all(['supervisor-1', 'supervisor-2', 'admin-1'].map(signIn))
    const start = await findItem(tokens[0]!, 'list=double-hundred&status=in_progress')
    const writers = 16
    let conflicts = 0
    await Promise.all(
      Array.from({ length: writers }, async (_, n) => {
        const token = tokens[n % tokens.length]!
        for (let attempt = 0; attempt < 200; attempt += 1) {
          const current = await getItem(token, start.id)
          const reply = await call('PATCH', `/items/${start.id}`, {
            token,
            body: { version: current.version, beneficiaries: `${current.beneficiaries}|w${n}`, reason: `写入 ${n}` },
          })
          if (reply.status === 200) return
          if (reply.status !== 409) throw new Error(`writer ${n}: ${reply.status} ${JSON.stringify(reply.body)}`)
          conflicts += 1
        }
        throw new Error(`writer ${n} never got through`)
      }),
    )
    const end = await getItem(tokens[0]!, start.id)
    expect(end.version).toBe(start.version + writers)
    const marks = end.beneficiaries.split('|').slice(1).sort()
    expect(marks).toEqual(Array.from({ length: writers }, (_, n) => `w${n}`).sort())
    // The writers really did collide: otherwise this test proves nothing about the version check.
    expect(conflicts).toBeGreaterThan(0)
  }, 120_000)

  it('appends every one of many concurrent progress reports and bumps the version once per report', async () => {
    const token = await signIn('supervisor-1')
    const start = await findItem(token, 'list=double-hundred&status=in_progress')
    const before = expectOk(
      await call('GET', `/items/${start.id}/updates`, { token }),
      z.object({ total: z.number() }),
    ).total
    const reports = 30
    const replies = await Promise.all(
      Array.from({ length: reports }, (_, n) =>
        call('POST', `/items/${start.id}/updates`, {
          token,
          body: { kind: 'progress', progress: 50 + (n % 40), note: `并发上报 ${n}` },
        }),
      ),
    )
    for (const reply of replies) expectOk(reply, ItemWithUpdateSchema, 201)
    const end = await getItem(token, start.id)
    expect(end.version).toBe(start.version + reports)
    const history = expectOk(
      await call('GET', `/items/${start.id}/updates`, { token }),
      z.object({ total: z.number(), items: z.array(z.object({ note: z.string() })) }),
    )
    expect(history.total).toBe(before + reports)
    const notes = new Set(history.items.map((u) => u.note))
    for (let n = 0; n < reports; n += 1) expect(notes.has(`并发上报 ${n}`)).toBe(true)
  }, 60_000)
})
