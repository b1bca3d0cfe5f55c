import { memoryStore } from '@/core/memory-store'
import { ReadModel } from '@/core/read-model/read-model'
import { createSeed } from '@/core/seed/create-seed'

// The mock's store: a transaction's writes reach the read model only when it commits, and transactions
// run one at a time, as the server's row locks make them.

const today = '2026-06-01'

function fresh() {
  const read = new ReadModel()
  read.fill(createSeed({ today }))
  return { read, store: memoryStore(read, { sessions: new Map() }) }
}

describe('the in-memory store', () => {
  it('applies nothing of a transaction that throws, and everything of one that commits', async () => {
    const { read, store } = fresh()
    const record = [...read.items.values()][0]!
    const before = read.revision
    await expect(
      store.transaction(async (tx) => {
        expect(await tx.saveItem({ ...record, title: '改过的标题', version: record.version + 1 }, record.version)).toBe(
          true,
        )
        expect((await tx.lockItem(record.id))?.title).toBe('改过的标题')
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(read.items.get(record.id)).toBe(record)
    expect(read.revision).toBe(before)

    await store.transaction(async (tx) => {
      await tx.saveItem({ ...record, title: '改过的标题', version: record.version + 1 }, record.version)
    })
    expect(read.items.get(record.id)).toMatchObject({ title: '改过的标题', version: record.version + 1 })
  })

  it('refuses a save over a version another transaction has moved on from', async () => {
    const { read, store } = fresh()
    const record = [...read.items.values()][1]!
    const save = (title: string) =>
      store.transaction((tx) => tx.saveItem({ ...record, title, version: record.version + 1 }, record.version))
    const results = await Promise.all([save('先到'), save('后到')])
    expect(results).toEqual([true, false])
    expect(read.items.get(record.id)?.title).toBe('先到')
  })

  it('appends trail entries and saves the campaign only when the transaction commits', async () => {
    const { read, store } = fresh()
    const record = [...read.items.values()][0]!
    const latest = read.updatesOf(record.id).at(-1)!
    const entry = { ...latest, id: 'upd-new', kind: 'instruction' as const, note: '新批示' }
    const lists = read.campaign.lists.map((list) => ({ ...list, satisfactionBar: { minPercent: 90, minSurveyed: 20 } }))
    const before = read.updatesOf(record.id).length
    await expect(
      store.transaction(async (tx) => {
        await tx.insertUpdates([entry])
        await tx.saveCampaign({ ...read.campaign, lists })
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(read.updatesOf(record.id)).toHaveLength(before)
    expect(read.campaign.lists[0]!.satisfactionBar.minPercent).toBe(80)
    await store.transaction(async (tx) => {
      await tx.insertUpdates([entry])
      await tx.saveCampaign({ ...read.campaign, lists })
    })
    expect(read.updatesOf(record.id).at(-1)).toEqual(entry)
    expect(read.campaign.lists[0]!.satisfactionBar).toEqual({ minPercent: 90, minSurveyed: 20 })
  })

  it('runs transactions one at a time, even when each waits in between', async () => {
    const { store } = fresh()
    const steps: string[] = []
    const work = (name: string) =>
      store.transaction(async () => {
        steps.push(`${name} start`)
        await Promise.resolve()
        await new Promise((resolve) => setImmediate(resolve))
        steps.push(`${name} end`)
      })
    await Promise.all([work('a'), work('b'), work('c')])
    expect(steps).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end'])
  })
})
