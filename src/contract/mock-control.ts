import { MockSettingsSchema } from '@/domain/model/mock-settings'
import { endpoint } from './endpoint'
import { z } from 'zod/mini'

// The in-browser mock's own controls behind the UI's 演示数据 menu; a real server does not serve them.

export const resetMock = endpoint({
  id: 'resetMock',
  method: 'post',
  path: '/__mock/reset',
  access: 'public',
  status: 201,
  response: z.object({ ok: z.literal(true) }),
  mockOnly: true,
})

export const getMockSettings = endpoint({
  id: 'getMockSettings',
  method: 'get',
  path: '/__mock/settings',
  access: 'public',
  status: 200,
  response: MockSettingsSchema,
  mockOnly: true,
})

export const putMockSettings = endpoint({
  id: 'putMockSettings',
  method: 'put',
  path: '/__mock/settings',
  access: 'public',
  body: MockSettingsSchema,
  status: 200,
  response: MockSettingsSchema,
  mockOnly: true,
})
