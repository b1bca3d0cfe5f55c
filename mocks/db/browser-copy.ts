import type { IsoDate } from '@/domain/dates'
import type { ItemRecord } from '@/domain/history'
import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { Unit } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import { MockSettingsSchema, type MockSettings } from '@/domain/model/mock-settings'
import { defaultSettings } from '../settings'
import type { AccountsState } from '@/core/memory-accounts'
import type { Changes } from '@/core/read-model/read-model'
import type { MockData } from '../create-backend'

// The browser keeps the demo's local changes across reloads: the seed is rebuilt from its anchor date
// and the changes made since are laid over it. Only the changes are stored, so even the large seed fits.

const dataKey = 'bsstzz.mock.changes.v2'
const settingsKey = 'bsstzz.mock.settings.v1'

type Overlay = {
  anchor: IsoDate
  seedSize: MockSettings['seedSize']
  items: Record<string, ItemRecord>
  updates: Update[]
  demands: Record<string, Demand>
  sessions: Record<string, string>
  /** The campaign as an admin last set it (a list's satisfaction bar); absent while the seed's stands. */
  campaign?: Campaign
  /** The org tree as an admin last left it; absent while the seed's stands. */
  units?: Unit[]
  /** The accounts once the demo admin changed any (created, disabled, reset), with the audit log. */
  accounts?: AccountsState
}

export function loadSettings(): MockSettings {
  try {
    const parsed = MockSettingsSchema.safeParse(JSON.parse(localStorage.getItem(settingsKey) ?? 'null'))
    return parsed.success ? parsed.data : defaultSettings
  } catch {
    return defaultSettings
  }
}

export function saveSettings(settings: MockSettings): void {
  localStorage.setItem(settingsKey, JSON.stringify(settings))
}

export function loadOverlay(): Overlay | null {
  try {
    const overlay = JSON.parse(localStorage.getItem(dataKey) ?? 'null') as Overlay | null
    return overlay && typeof overlay.anchor === 'string' ? overlay : null
  } catch {
    return null
  }
}

export function startOverlay(anchor: IsoDate, seedSize: MockSettings['seedSize']): Overlay {
  const overlay: Overlay = { anchor, seedSize, items: {}, updates: [], demands: {}, sessions: {} }
  localStorage.setItem(dataKey, JSON.stringify(overlay))
  return overlay
}

/** The seed with the stored changes applied. */
export function applyOverlay(data: MockData, overlay: Overlay): MockData {
  const items = new Map(data.items.map((item) => [item.id, item]))
  for (const item of Object.values(overlay.items)) items.set(item.id, item)
  const demands = new Map(data.demands.map((demand) => [demand.id, demand]))
  for (const demand of Object.values(overlay.demands)) demands.set(demand.id, demand)
  return {
    ...data,
    items: [...items.values()],
    updates: [...data.updates, ...overlay.updates],
    demands: [...demands.values()],
    campaign: overlay.campaign ?? data.campaign,
    units: overlay.units ?? data.units,
    sessions: overlay.sessions,
    ...(overlay.accounts && { accounts: overlay.accounts }),
  }
}

export type Recorder = {
  changes: (changes: Changes) => void
  session: (token: string, userId: string | null) => void
  accounts: (state: AccountsState) => void
}

/** Records committed writes and sessions, and writes the overlay once per task however much one request touched. */
export function recorder(overlay: Overlay): Recorder {
  let pending = false
  const save = () => {
    if (pending) return
    pending = true
    queueMicrotask(() => {
      pending = false
      try {
        localStorage.setItem(dataKey, JSON.stringify(overlay))
      } catch (error) {
        console.warn('演示数据未能保存到浏览器存储', error)
      }
    })
  }
  return {
    changes: ({ items = [], updates = [], demands = [], campaign, units }) => {
      if (campaign) overlay.campaign = campaign
      if (units) overlay.units = units
      for (const item of items) overlay.items[item.id] = item
      overlay.updates.push(...updates)
      for (const demand of demands) overlay.demands[demand.id] = demand
      save()
    },
    session: (token, userId) => {
      if (userId === null) delete overlay.sessions[token]
      else overlay.sessions[token] = userId
      save()
    },
    accounts: (state) => {
      overlay.accounts = state
      save()
    },
  }
}
