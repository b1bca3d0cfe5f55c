import { EventSource } from 'eventsource'

// Node 20 and jsdom have no EventSource: the app's live channel and msw's `sse` handlers (checked when
// mocks/node builds them) need one. The `eventsource` package streams over fetch, which msw intercepts.
if (typeof globalThis.EventSource === 'undefined') {
  globalThis.EventSource = EventSource as unknown as typeof globalThis.EventSource
}
