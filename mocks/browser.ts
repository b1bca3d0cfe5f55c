import { setupWorker } from 'msw/browser'
import { dateOf } from '@/domain/dates'
import { createBackend } from './create-backend'
import { createHandlers } from './create-handlers'
import { applyOverlay, loadOverlay, loadSettings, recorder, saveSettings, startOverlay } from './db/browser-copy'
import type { MockBackend } from './backend'
import { createSeed } from '@/core/seed/create-seed'
import type { Changes } from '@/core/read-model/read-model'

/** Tabs of one browser share the demo: each posts its committed writes here and applies the others'. */
const tabsChannel = 'bsstzz.mock.changes'

/** Starts the in-browser backend: the seeded campaign plus this browser's own changes. */
export async function startMockWorker(): Promise<void> {
  const settings = loadSettings()
  let overlay = loadOverlay()
  if (!overlay || overlay.seedSize !== settings.seedSize) overlay = startOverlay(dateOf(new Date()), settings.seedSize)
  let record = recorder(overlay)
  let pendingOverlay: typeof overlay | null = overlay
  const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel(tabsChannel) : null
  let fromOtherTab = false

  const backend: MockBackend = createBackend(
    {
      settings,
      seed: (size, anchor) => {
        const data = createSeed({ today: anchor, size })
        const stored = pendingOverlay
        pendingOverlay = null
        return stored ? applyOverlay(data, stored) : data
      },
      onChange: (changes) => {
        record.changes(changes)
        if (!fromOtherTab) tabs?.postMessage(changes)
      },
      onSessionChange: (token, userId) => record.session(token, userId),
      onAccountsChange: (state) => record.accounts(state),
      onReset: (anchor, next) => {
        record = recorder(startOverlay(anchor, next.seedSize))
      },
      saveSettings,
    },
    overlay.anchor,
  )

  // Another tab's write, applied here too: recorded into this tab's stored copy (else this tab's next save
  // would drop it) and told to this tab's live stream, but not posted back.
  tabs?.addEventListener('message', (event: MessageEvent<Changes>) => {
    fromOtherTab = true
    try {
      backend.db.apply(event.data)
    } finally {
      fromOtherTab = false
    }
  })

  const worker = setupWorker(...createHandlers(() => backend))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
