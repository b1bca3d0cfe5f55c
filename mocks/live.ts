import { http, sse, type ServerSentEventMessage } from 'msw'
import { liveEventNames, liveReplayLimit, type LiveChange, type LiveMark } from '@/contract/live'
import type { Changes } from '@/core/read-model/read-model'
import type { MockBackend } from './backend'

// The mock's live channel (issue 24): a sequence number per committed write, and GET /api/events served with
// msw's `sse`. There is no cookie in the mock and EventSource cannot send the bearer token, so the stream asks
// for no session; it carries ids only, never contents.

type LiveEvents = { message: unknown; hello: LiveMark; change: LiveChange; refresh: LiveMark }
type Client = { send: (message: ServerSentEventMessage<LiveEvents>) => void }

export type LiveHub = {
  /** The last sequence committed (every answer's x-seq). */
  seq: () => number
  /** Numbers a committed write and tells every connected stream. */
  publish: (changes: LiveTouch) => void
  /** Tells every stream to ask for everything again (the demo data was reset). */
  refresh: () => void
  /** A new stream: `hello`, then what it missed after `after` (or `refresh` if that is no longer kept). */
  connect: (client: Client, after: number | undefined) => () => void
}

/** What a write touched: a read-model change, or the accounts. */
export type LiveTouch = Changes | { users: true }

export function liveChangeOf(seq: number, touch: LiveTouch): LiveChange {
  if ('users' in touch) return { seq, items: [], demands: [], campaign: false, units: false, users: true }
  const items = new Set([...(touch.items ?? []).map((item) => item.id), ...(touch.updates ?? []).map((u) => u.itemId)])
  return {
    seq,
    items: [...items],
    demands: (touch.demands ?? []).map((demand) => demand.id),
    campaign: touch.campaign !== undefined,
    units: touch.units !== undefined,
    users: false,
  }
}

export function createLiveHub(): LiveHub {
  let seq = 0
  const kept: LiveChange[] = []
  const clients = new Set<Client>()
  const sendChange = (client: Client, change: LiveChange) =>
    client.send({ id: String(change.seq), event: liveEventNames.change, data: change })
  const sendMark = (client: Client, event: 'hello' | 'refresh') => client.send({ event, data: { seq } })
  return {
    seq: () => seq,
    publish(touch) {
      seq += 1
      const change = liveChangeOf(seq, touch)
      kept.push(change)
      if (kept.length > liveReplayLimit) kept.shift()
      for (const client of clients) sendChange(client, change)
    },
    refresh() {
      for (const client of clients) sendMark(client, liveEventNames.refresh)
    },
    connect(client, after) {
      sendMark(client, liveEventNames.hello)
      if (after !== undefined && after < seq) {
        const oldest = kept[0]?.seq ?? seq + 1
        if (after + 1 < oldest) sendMark(client, liveEventNames.refresh)
        else for (const change of kept) if (change.seq > after) sendChange(client, change)
      }
      clients.add(client)
      return () => clients.delete(client)
    },
  }
}

/** After a reconnect: `after` in the URL, else the Last-Event-ID header the platform's own retry sends. */
function afterOf(request: Request): number | undefined {
  const value = new URL(request.url).searchParams.get('after') ?? request.headers.get('last-event-id')
  const after = Number(value ?? NaN)
  return Number.isSafeInteger(after) && after >= 0 ? after : undefined
}

export function liveHandlers(url: string, getBackend: () => MockBackend) {
  return [
    // A stream closed before msw reached it (a page left at once) would make `sse` throw; answer it here.
    http.get(url, ({ request }) => (request.signal.aborted ? new Response(null, { status: 204 }) : undefined)),
    sse<LiveEvents>(url, ({ client, request }) => {
      const leave = getBackend().live.connect(client, afterOf(request))
      request.signal.addEventListener('abort', leave, { once: true })
    }),
  ]
}
