import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { streamSSE, type SSEStreamingApi } from 'hono/streaming'
import { liveEventNames, liveHeartbeatSeconds, liveReplayLimit, type LiveChange, type LiveMark } from '@/contract/live'
import { sessionCookieName } from '@/contract/session-cookie'
import { HttpFailure, unauthenticated } from '@/core/failure'
import type { Backend } from '../context'
import { changesAfter } from './change-log'
import { liveChangeOf } from './follower'

// GET /api/events (issue 24): open pages hear of every committed write, on whichever instance it was made,
// as ids to refetch. A client that comes back names the last change it saw (Last-Event-ID, or `?after=` when
// it reconnects by itself); it gets the missed ones, or `refresh` when they are too many or no longer kept.

function bearer(header: string | undefined): string | null {
  return header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? null
}

function lastSeen(c: Context): number | null {
  const raw = c.req.header('last-event-id') ?? c.req.query('after')
  const seq = Number(raw)
  return raw !== undefined && raw !== '' && Number.isSafeInteger(seq) && seq >= 0 ? seq : null
}

export function liveEvents(backend: Backend) {
  const { store, read } = backend
  return async (c: Context) => {
    const token = bearer(c.req.header('authorization')) ?? getCookie(c, sessionCookieName) ?? null
    const userId = token ? await store.sessions.resolve(token, backend.now()) : null
    const user = userId ? read.user(userId) : undefined
    if (!user) throw unauthenticated()
    if (user.mustChangePassword) throw new HttpFailure('forbidden', '请先修改初始密码，再使用系统')
    const after = lastSeen(c)
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(c, async (stream) => {
      let sent = after ?? read.seq
      const queue: LiveChange[] = []
      let wake: (() => void) | undefined
      let open = true
      const unsubscribe = store.follower.subscribe((change) => {
        if (change) queue.push(change)
        else open = false
        wake?.()
      })
      stream.onAbort(() => {
        open = false
        unsubscribe()
        wake?.()
      })
      const send = (change: LiveChange) => {
        sent = change.seq
        return stream.writeSSE({ event: liveEventNames.change, id: String(change.seq), data: JSON.stringify(change) })
      }
      await mark(stream, liveEventNames.hello, { seq: read.seq })
      if (after !== null && after < read.seq) {
        const missed = await changesAfter(backend.db, after, liveReplayLimit + 1)
        if (missed.length > liveReplayLimit || missed[0]?.seq !== after + 1) {
          sent = read.seq
          await mark(stream, liveEventNames.refresh, { seq: read.seq })
        } else
          for (const entry of missed) {
            const change = entry.seq <= read.seq ? liveChangeOf(entry) : null
            if (change) await send(change)
            else if (entry.seq <= read.seq) sent = entry.seq
          }
      }
      while (open) {
        for (let change = queue.shift(); change; change = queue.shift()) if (change.seq > sent) await send(change)
        const woken = await Promise.race([
          new Promise<true>((resolve) => (wake = () => resolve(true))),
          stream.sleep(liveHeartbeatSeconds * 1000).then(() => false),
        ])
        wake = undefined
        if (!woken && open) await stream.write(': keep-alive\n\n')
      }
    })
  }
}

const mark = (stream: SSEStreamingApi, event: string, data: LiveMark) =>
  stream.writeSSE({ event, data: JSON.stringify(data) })
