import { pageOf } from '@/domain/model/common'
import { DemandSchema } from '@/domain/model/demand'
import { ItemSchema } from '@/domain/model/item'
import { call, expectError, expectOk, signIn } from './harness'
import { findItem } from './fixtures'

const DemandPage = pageOf(DemandSchema)

describe('demands', () => {
  it('lists and filters the seeded demands', async () => {
    const token = await signIn('supervisor-1')
    const all = expectOk(await call('GET', '/demands?pageSize=1', { token }), DemandPage)
    expect(all.total).toBe(467)
    const talk = expectOk(await call('GET', '/demands?channel=talk_room&pageSize=500', { token }), DemandPage)
    expect(talk.items.every((d) => d.channel === 'talk_room')).toBe(true)
    expectError(await call('GET', '/demands?channel=fax', { token }), 400, 'bad_request')
    expectError(await call('GET', '/demands'), 401, 'unauthenticated')
  })

  it('takes a QR-form demand without a session, and nothing else without one', async () => {
    const posted = expectOk(
      await call('POST', '/demands', {
        body: { channel: 'qr_form', unitId: 'yuandian2', text: '希望井口增设热水供应点', anonymous: true },
      }),
      DemandSchema,
      201,
    )
    expect(posted).toMatchObject({ status: 'new', anonymous: true, submitterName: null })
    expect(posted.receipt).toMatch(/^BS-\d{11}$/)
    expectError(
      await call('POST', '/demands', {
        body: { channel: 'symposium', unitId: 'yuandian2', text: '座谈会上提出的诉求' },
      }),
      401,
      'unauthenticated',
    )
    const short = expectError(
      await call('POST', '/demands', { body: { channel: 'qr_form', unitId: 'yuandian2', text: '短' } }),
      422,
      'validation',
    )
    expect(short.error.fields).toHaveProperty('text')
  })

  it('lets a secretary record for their own unit only', async () => {
    const token = await signIn('secretary-luling')
    expectOk(
      await call('POST', '/demands', {
        token,
        body: { channel: 'diary', unitId: 'luling', text: '职工反映澡堂水温不稳定' },
      }),
      DemandSchema,
      201,
    )
    expectError(
      await call('POST', '/demands', {
        token,
        body: { channel: 'diary', unitId: 'zhuzhuang', text: '替别的单位登记诉求' },
      }),
      403,
      'forbidden',
    )
  })

  it('adopts a demand into an item, keeping both sides of the link; rejects need a reason', async () => {
    const token = await signIn('supervisor-1')
    const demand = expectOk(await call('GET', '/demands?status=new&pageSize=1', { token }), DemandPage).items[0]!
    const item = await findItem(token, `unit=${demand.unitId}&status=in_progress`)
    const adopted = expectOk(
      await call('PATCH', `/demands/${demand.id}`, { token, body: { status: 'adopted', itemId: item.id } }),
      DemandSchema,
    )
    expect(adopted).toMatchObject({ status: 'adopted', itemId: item.id })
    const linked = expectOk(await call('GET', `/items/${item.id}`, { token }), ItemSchema)
    expect(linked.demandIds).toContain(demand.id)
    const other = expectOk(await call('GET', '/demands?status=new&pageSize=1', { token }), DemandPage).items[0]!
    const noReason = expectError(
      await call('PATCH', `/demands/${other.id}`, { token, body: { status: 'rejected' } }),
      422,
      'validation',
    )
    expect(noReason.error.fields).toHaveProperty('reply')
    expectError(
      await call('PATCH', '/demands/nope', { token, body: { status: 'rejected', reply: '不在范围' } }),
      404,
      'not_found',
    )
    const leader = await signIn('leader-1')
    expectError(
      await call('PATCH', `/demands/${other.id}`, { token: leader, body: { status: 'rejected', reply: '不在范围' } }),
      403,
      'forbidden',
    )
  })
})
