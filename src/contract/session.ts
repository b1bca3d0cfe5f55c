import { endpoint } from './endpoint'
import { z } from 'zod/mini'
import { pageOf } from '@/domain/model/common'
import { SessionSchema, SignInSchema, UserSchema } from '@/domain/model/user'

export const listUsers = endpoint({
  id: 'listUsers',
  method: 'get',
  path: '/users',
  access: 'public',
  status: 200,
  response: pageOf(UserSchema),
})

export const signIn = endpoint({
  id: 'signIn',
  method: 'post',
  path: '/session',
  access: 'public',
  body: SignInSchema,
  bodyLimit: { bytes: 4 * 1024, code: 'validation' },
  session: 'open',
  status: 201,
  response: SessionSchema,
})

export const getSession = endpoint({
  id: 'getSession',
  method: 'get',
  path: '/session',
  access: 'session',
  beforePasswordChange: true,
  status: 200,
  response: z.object({ user: UserSchema }),
})

export const signOut = endpoint({
  id: 'signOut',
  method: 'delete',
  path: '/session',
  access: 'session',
  beforePasswordChange: true,
  session: 'close',
  status: 204,
  response: null,
})
