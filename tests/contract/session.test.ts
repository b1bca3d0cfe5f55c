import { z } from 'zod'
import { pageOf } from '@/domain/model/common'
import { SessionSchema, UserSchema } from '@/domain/model/user'
import { call, expectError, expectOk, signIn } from './harness'

describe('users and session', () => {
  it('lists the demo users without a session, one per role at least', async () => {
    const users = expectOk(await call('GET', '/users'), pageOf(UserSchema))
    const roles = new Set(users.items.map((user) => user.role))
    expect([...roles].sort()).toEqual(['admin', 'leader', 'secretary', 'supervisor'])
    expect(users.items.filter((user) => user.role === 'secretary').length).toBeGreaterThanOrEqual(3)
    expect(users.total).toBe(users.items.length)
  })

  it('signs in, answers who is signed in, and signs out', async () => {
    const session = expectOk(await call('POST', '/session', { body: { userId: 'supervisor-1' } }), SessionSchema, 201)
    expect(session.user.role).toBe('supervisor')
    const me = expectOk(await call('GET', '/session', { token: session.token }), z.object({ user: UserSchema }))
    expect(me.user.id).toBe('supervisor-1')
    expect((await call('DELETE', '/session', { token: session.token })).status).toBe(204)
    expectError(await call('GET', '/session', { token: session.token }), 401, 'unauthenticated')
  })

  it('refuses a missing or unknown session with 401', async () => {
    expectError(await call('GET', '/session'), 401, 'unauthenticated')
    expectError(await call('GET', '/session', { token: 'not-a-token' }), 401, 'unauthenticated')
    expectError(await call('DELETE', '/session'), 401, 'unauthenticated')
  })

  it('answers 422 for an unknown user, 400 for malformed JSON, 401 for a wrong password', async () => {
    const unknown = expectError(await call('POST', '/session', { body: { userId: 'nobody' } }), 422, 'validation')
    expect(unknown.error.fields).toHaveProperty('userId')
    expectError(await call('POST', '/session', { rawBody: '{"userId":' }), 400, 'bad_request')
    expectError(
      await call('POST', '/session', { body: { username: 'leader-1', password: 'wrong' } }),
      401,
      'unauthenticated',
    )
  })

  it('keeps two sessions apart', async () => {
    const leader = await signIn('leader-1')
    const secretary = await signIn('secretary-zhuzhuang')
    const a = expectOk(await call('GET', '/session', { token: leader }), z.object({ user: UserSchema }))
    const b = expectOk(await call('GET', '/session', { token: secretary }), z.object({ user: UserSchema }))
    expect([a.user.role, b.user.role]).toEqual(['leader', 'secretary'])
    expect(b.user.unitId).toBe('zhuzhuang')
  })
})
