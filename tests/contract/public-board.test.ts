import { DemandSchema } from '@/domain/model/demand'
import { ItemSchema } from '@/domain/model/item'
import { PublicBoardSchema } from '@/domain/model/public-board'
import { call, expectError, expectOk, signIn } from './harness'
import { ItemWithUpdateSchema, inDays, someCategory, validDraft } from './fixtures'

const hiddenKeys = [
  'owner',
  'ownerPhone',
  'leadLeader',
  'content',
  'note',
  'completionNote',
  'urge',
  'lastUpdate',
  'demandIds',
  'submitterName',
  'submitterPhone',
  'authorName',
  'version',
]

describe('GET /public/board', () => {
  it('needs no session, pages the items and counts per list and unit', async () => {
    const board = expectOk(await call('GET', '/public/board'), PublicBoardSchema)
    expect(board).toMatchObject({ unitId: null, listId: null, page: 1, pageSize: 50 })
    expect(board.total).toBeGreaterThan(471)
    expect(board.items).toHaveLength(50)
    expect(board.lists.find((row) => row.listId === 'double-hundred')).toMatchObject({
      total: 471,
      done: 231,
      keyTotal: 100,
      keyDone: 34,
    })
    expect(board.unitCounts.reduce((sum, row) => sum + row.total, 0)).toBe(board.total)

    const unit = expectOk(await call('GET', '/public/board?unit=zhuzhuang&pageSize=200'), PublicBoardSchema)
    const zhuzhuang = board.unitCounts.find((row) => row.unitId === 'zhuzhuang')!
    expect(unit.total).toBe(zhuzhuang.total)
    expect(unit.items).toHaveLength(zhuzhuang.total)
    expect(unit.items.every((item) => item.unitId === 'zhuzhuang')).toBe(true)
    expect(unit.lists.reduce((sum, row) => sum + row.done, 0)).toBe(zhuzhuang.done)

    const second = expectOk(
      await call('GET', '/public/board?list=double-hundred&page=2&pageSize=100'),
      PublicBoardSchema,
    )
    expect(second).toMatchObject({ listId: 'double-hundred', total: 471, page: 2 })
    expect(second.items.every((item) => item.listId === 'double-hundred')).toBe(true)
    expect(second.items[0]!.code).toBe('SB-101')

    expectError(await call('GET', '/public/board?unit=nowhere'), 400, 'bad_request')
    expectError(await call('GET', '/public/board?pageSize=5000'), 400, 'bad_request')
  })

  it('leaks none of the private fields, even of an item that carries all of them', async () => {
    // An item with every kind of private data: owner and phone, lead leader, internal content, a linked
    // worker's demand with name and phone, progress notes, an urge, an instruction, a completion reply.
    const supervisor = await signIn('supervisor-1')
    const leader = await signIn('leader-1')
    const secrets = {
      owner: '密甲责任人',
      ownerPhone: '13912345678',
      leadLeader: '密乙领导',
      content: '内部说明密丙',
      submitterName: '密丁职工',
      submitterPhone: '13700001111',
      demandText: '希望解决密戊诉求内容',
      progress: '进展说明密己',
      urge: '催办事项密庚',
      instruction: '领导批示密辛',
      inspection: '现场查看密壬',
      completion: '办结回复密癸',
      survey: '回访意见密子',
    }
    const demand = expectOk(
      await call('POST', '/demands', {
        body: {
          channel: 'qr_form',
          unitId: 'zhuzhuang',
          text: secrets.demandText,
          anonymous: false,
          submitterName: secrets.submitterName,
          submitterPhone: secrets.submitterPhone,
        },
      }),
      DemandSchema,
      201,
    )
    const item = expectOk(
      await call('POST', '/items', {
        token: supervisor,
        body: validDraft(await someCategory(supervisor), {
          title: '公示检查项目',
          owner: secrets.owner,
          ownerPhone: secrets.ownerPhone,
          leadLeader: secrets.leadLeader,
          content: secrets.content,
          demandIds: [demand.id],
        }),
      }),
      ItemSchema,
      201,
    )
    const post = async (token: string, body: Record<string, unknown>) =>
      expectOk(await call('POST', `/items/${item.id}/updates`, { token, body }), ItemWithUpdateSchema, 201)
    await post(supervisor, { kind: 'progress', progress: 60, note: secrets.progress })
    await post(supervisor, { kind: 'urge', note: secrets.urge, replyBy: inDays(3) })
    await post(leader, { kind: 'instruction', note: secrets.instruction })
    await post(supervisor, { kind: 'inspection', note: secrets.inspection, visitedOn: inDays(0) })
    await post(supervisor, { kind: 'status', toStatus: 'done', note: secrets.completion })
    await post(supervisor, {
      kind: 'satisfaction',
      surveyed: 30,
      satisfied: 29,
      method: 'survey',
      note: secrets.survey,
    })
    // The inside view has them all, so the test below is not vacuous.
    const inside = JSON.stringify(expectOk(await call('GET', `/items/${item.id}`, { token: supervisor }), ItemSchema))
    for (const secret of [secrets.owner, secrets.ownerPhone, secrets.leadLeader, secrets.content, secrets.completion])
      expect(inside).toContain(secret)

    for (const query of ['', '?unit=zhuzhuang&pageSize=200']) {
      const reply = await call('GET', `/public/board${query}`)
      const board = expectOk(reply, PublicBoardSchema)
      const text = JSON.stringify(reply.body)
      for (const secret of Object.values(secrets)) expect(text, `${query} ${secret}`).not.toContain(secret)
      for (const key of hiddenKeys) expect(text, `${query} "${key}"`).not.toContain(`"${key}"`)
      if (query) {
        const shown = board.items.find((entry) => entry.id === item.id)
        expect(shown).toMatchObject({ title: '公示检查项目', status: 'done', progress: 100, light: 'none' })
      }
    }
  })
})
