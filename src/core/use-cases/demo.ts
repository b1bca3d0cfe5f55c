import type { getMockSettings, putMockSettings, resetMock } from '@/contract/mock-control'
import { notFound } from '../failure'
import type { Core, DemoControl, UseCase } from '../use-case'

// The mock's 演示数据 menu. A server has no demo control and answers 404, as for any unknown path.

function demoOf(core: Core): DemoControl {
  if (!core.demo) throw notFound('接口')
  return core.demo
}

export const resetMockCase: UseCase<typeof resetMock> = ({ core }) => {
  demoOf(core).reset()
  return { ok: true as const }
}

export const getMockSettingsCase: UseCase<typeof getMockSettings> = ({ core }) => demoOf(core).settings()

export const putMockSettingsCase: UseCase<typeof putMockSettings> = ({ core, body: settings }) => {
  const demo = demoOf(core)
  const reseed = settings.seedSize !== demo.settings().seedSize
  demo.saveSettings(settings)
  if (reseed) demo.reset(settings)
  return demo.settings()
}
