import type { QueryClient } from '@tanstack/react-query'
import {
  liveEventNames,
  liveEventsPath,
  LiveChangeSchema,
  LiveMarkSchema,
  type LiveChange,
  type LiveMark,
} from '@/contract/live'
import { cookieOnlySession, mockingEnabled } from '../config'
import { apiUrl } from '../http'
import { reconnectDelay } from './backoff'
import { noteSeq, seenSeq } from './seq'
import { recentMs, setLiveState as setState } from './state'
import { touchedBy } from './touched'

// The live channel (issue 24): one Server-Sent Events stream per signed-in app, turning each committed write
// into an invalidation of the cached queries it touched. While it is live the app need not poll.

function json(data: unknown): unknown {
  try {
    return JSON.parse(String(data))
  } catch {
    return null
  }
}
const markOf = (data: unknown): LiveMark | null => LiveMarkSchema.safeParse(json(data)).data ?? null
const changeOf = (data: unknown): LiveChange | null => LiveChangeSchema.safeParse(json(data)).data ?? null

/** Runs `flush` once for a burst: at the next animation frame (paused in a hidden tab until it shows). */
function nextFrame(flush: () => void): () => void {
  if (typeof requestAnimationFrame === 'function') {
    const frame = requestAnimationFrame(flush)
    return () => cancelAnimationFrame(frame)
  }
  const timer = setTimeout(flush, 16)
  return () => clearTimeout(timer)
}

/** Opens the stream and keeps it open until the returned function is called. */
function connect(queryClient: QueryClient): () => void {
  let source: EventSource | null = null
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let recentTimer: ReturnType<typeof setTimeout> | undefined
  /** The last sequence this stream delivered (or the answers had shown before it opened). */
  let lastSeq: number | undefined
  let pending: LiveChange[] = []
  let pendingAll = false
  let cancelFlush: (() => void) | null = null

  const flush = () => {
    cancelFlush = null
    const touched = pendingAll ? null : touchedBy(pending)
    pending = []
    pendingAll = false
    if (touched) void queryClient.invalidateQueries({ predicate: (query) => touched(query.queryKey) })
    else void queryClient.invalidateQueries()
    setState({ recent: true })
    clearTimeout(recentTimer)
    recentTimer = setTimeout(() => setState({ recent: false }), recentMs)
  }
  const schedule = () => {
    cancelFlush ??= nextFrame(flush)
  }

  const open = () => {
    // The platform EventSource sends Last-Event-ID only on its own reconnects; ours open a new one, so the
    // last sequence goes in the URL as `after` (the server reads either).
    // The first time, what the page's answers had read, so that nothing committed in between is missed.
    const after = lastSeq ?? seenSeq() ?? undefined
    if (after !== undefined) lastSeq = after
    const url = apiUrl(liveEventsPath, { after })
    const stream = new EventSource(url.href, { withCredentials: true })
    source = stream
    stream.addEventListener(liveEventNames.hello, (event) => {
      const mark = markOf(event.data)
      if (!mark) return
      lastSeq ??= mark.seq
      noteSeq(mark.seq)
      attempt = 0
      setState({ status: 'live' })
    })
    stream.addEventListener(liveEventNames.change, (event) => {
      const change = changeOf(event.data)
      if (!change) return
      lastSeq = Math.max(lastSeq ?? 0, change.seq)
      noteSeq(change.seq)
      pending.push(change)
      schedule()
    })
    stream.addEventListener(liveEventNames.refresh, (event) => {
      const mark = markOf(event.data)
      if (mark) {
        lastSeq = mark.seq
        noteSeq(mark.seq)
      }
      pendingAll = true
      schedule()
    })
    // Closed at once so that the platform's own retry (a fixed few seconds) never runs: the backoff is ours.
    stream.addEventListener('error', () => {
      stream.close()
      if (source !== stream) return
      source = null
      setState({ status: 'offline' })
      retryTimer = setTimeout(open, reconnectDelay(attempt))
      attempt += 1
    })
  }

  setState({ status: 'connecting' })
  open()
  return () => {
    source?.close()
    source = null
    clearTimeout(retryTimer)
    clearTimeout(recentTimer)
    cancelFlush?.()
    setState({ status: 'idle', recent: false })
  }
}

let current: { queryClient: QueryClient; users: number; stop: () => void } | null = null

/**
 * Starts the app's live connection for this query client, or joins the one running (both layouts may ask);
 * the returned function leaves it, and the last to leave closes it.
 */
export function startLive(queryClient: QueryClient): () => void {
  if (!liveAvailable()) return () => {}
  if (current && current.queryClient !== queryClient) {
    current.stop()
    current = null
  }
  current ??= { queryClient, users: 0, stop: connect(queryClient) }
  const joined = current
  joined.users += 1
  let left = false
  return () => {
    if (left) return
    left = true
    joined.users -= 1
    if (joined.users > 0 || current !== joined) return
    joined.stop()
    current = null
  }
}

/**
 * EventSource sends no Authorization header: the stream needs the session in a cookie (a real server on this
 * origin). The mock has no cookie and serves the stream without one; elsewhere the app keeps polling.
 */
function liveAvailable(): boolean {
  return typeof EventSource === 'function' && (mockingEnabled || cookieOnlySession())
}
