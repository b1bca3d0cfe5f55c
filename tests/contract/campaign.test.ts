import { CampaignSchema } from '@/domain/model/campaign'
import { pageOf } from '@/domain/model/common'
import { UnitSchema } from '@/domain/model/unit'
import { call, expectError, expectOk, signIn } from './harness'
import { today } from './fixtures'

describe('campaign and units', () => {
  it('serves the campaign with its lists as data', async () => {
    const token = await signIn('leader-1')
    const campaign = expectOk(await call('GET', '/campaign', { token }), CampaignSchema)
    expect(campaign.lists.map((list) => list.id)).toEqual(['eight', 'n', 'double-hundred'])
    expect(campaign.lists.find((list) => list.id === 'double-hundred')?.keyTarget).toBe(100)
    expect(campaign.startDate < today()).toBe(true)
    expect(campaign.categories.length).toBeGreaterThan(4)
  })

  it('serves the units in the list envelope', async () => {
    const token = await signIn('leader-1')
    const units = expectOk(await call('GET', '/units', { token }), pageOf(UnitSchema))
    const names = units.items.map((unit) => unit.name)
    expect(names).toEqual(expect.arrayContaining(['朱庄矿', '芦岭矿', '袁店二矿', '临涣焦化公司']))
    expect(units.items.filter((unit) => unit.kind === 'group')).toHaveLength(1)
  })

  it('needs a session for the campaign, not for the unit names', async () => {
    expectError(await call('GET', '/campaign'), 401, 'unauthenticated')
    expect((await call('GET', '/units')).status).toBe(200)
  })

  it('answers 404 in the error shape for an unknown endpoint', async () => {
    expectError(await call('GET', '/no-such-thing'), 404, 'not_found')
  })

  it('serves its OpenAPI document', async () => {
    const reply = await call('GET', '/openapi.json')
    expect(reply.status).toBe(200)
    expect((reply.body as { openapi: string }).openapi).toBe('3.1.0')
  })
})
