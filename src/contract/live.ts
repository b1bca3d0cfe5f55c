import { z } from 'zod/mini'
import { IdSchema } from '@/domain/model/common'

// The live channel (issue 24): every committed write has a sequence number, in commit order across every
// server instance. GET {api}/events is a Server-Sent Events stream (session required, by cookie or bearer
// token); it is not a JSON endpoint, so it lives beside the route table, declared here once for the server,
// the mock and the app.

export const liveEventsPath = '/events'

/** Every API answer says how far its instance has read (the last sequence applied to its read model). */
export const seqHeader = 'x-seq'
/** The last sequence the client saw: an instance behind it catches up before answering (read your writes). */
export const seenSeqHeader = 'x-seen-seq'

/** SSE `event: change`, `id: <seq>`: what one committed write touched, by id only (never contents). */
export const LiveChangeSchema = z.object({
  seq: z.number().check(z.int(), z.minimum(1)),
  items: z.array(IdSchema),
  demands: z.array(IdSchema),
  campaign: z.boolean(),
  units: z.boolean(),
  users: z.boolean(),
})
export type LiveChange = z.infer<typeof LiveChangeSchema>

/**
 * SSE `event: hello` on connect and `event: refresh` when the client is too far behind (its Last-Event-ID is
 * older than the changes kept, or more than `liveReplayLimit` changes ago): ask for everything again.
 */
export const LiveMarkSchema = z.object({ seq: z.number().check(z.int(), z.minimum(0)) })
export type LiveMark = z.infer<typeof LiveMarkSchema>

export const liveEventNames = { change: 'change', hello: 'hello', refresh: 'refresh' } as const

/** How many missed changes a reconnecting client is sent one by one; beyond it, a `refresh`. */
export const liveReplayLimit = 500
/** A comment line this often keeps proxies from closing an idle stream. */
export const liveHeartbeatSeconds = 20
