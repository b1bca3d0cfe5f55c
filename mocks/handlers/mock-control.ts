import { http } from 'msw'
import type { MockBackend } from '../backend'
import { created, ok } from '../http/json'
import { readBody } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'
import { MockSettingsSchema } from '@/domain/model/mock-settings'

/** Mock-only endpoints behind the UI's 演示数据 menu; never faulted or slowed, so the menu always works. */
export function mockControlHandlers(getBackend: () => MockBackend) {
  return [
    http.post(
      api('/__mock/reset'),
      route(
        getBackend,
        ({ backend }) => {
          backend.reset()
          return created({ ok: true })
        },
        { faults: false },
      ),
    ),
    http.get(
      api('/__mock/settings'),
      route(getBackend, ({ backend }) => ok(backend.settings), { faults: false }),
    ),
    http.put(
      api('/__mock/settings'),
      route(
        getBackend,
        async ({ request, backend }) => {
          const settings = await readBody(request, MockSettingsSchema)
          const reseed = settings.seedSize !== backend.settings.seedSize
          backend.saveSettings(settings)
          if (reseed) backend.reset(settings)
          return ok(getBackend().settings)
        },
        { faults: false },
      ),
    ),
  ]
}
