import { dateOf, type IsoDate } from '@/domain/dates'
import type { Database } from '../db/database'

// Once-a-day housekeeping of the database, run by one instance of the cluster per day: each job's run is
// claimed by inserting (job, day) into daily_runs; the instance whose insert lands runs it, the others skip.

export type DailyJob = { name: string; run: (db: Database, now: Date) => Promise<unknown> }

const dayMs = 24 * 60 * 60 * 1000

export const dailyJobs: readonly DailyJob[] = [
  { name: 'purge-expired-sessions', run: (db, now) => db.query('DELETE FROM sessions WHERE expires_at <= $1', [now]) },
  // Open pages that were away longer than this get a full refresh instead of the missed changes.
  {
    name: 'purge-change-log',
    run: (db, now) => db.query('DELETE FROM change_log WHERE at < $1', [new Date(now.getTime() - 2 * dayMs)]),
  },
  {
    name: 'purge-intake-filings',
    run: (db, now) => db.query('DELETE FROM intake_filings WHERE filed_at < $1', [now.getTime() - dayMs]),
  },
  {
    name: 'purge-sign-in-limits',
    run: (db, now) => db.query('DELETE FROM sign_in_limits WHERE expire < $1', [now.getTime()]),
  },
]

/** Runs the jobs of `today` that no instance has claimed yet; returns the ones this instance ran. */
export async function runDaily(db: Database, instance: string, now: Date, jobs = dailyJobs): Promise<string[]> {
  const today: IsoDate = dateOf(now)
  const ran: string[] = []
  for (const job of jobs) {
    const claimed = await db.query(
      'INSERT INTO daily_runs (job, day, instance) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING job',
      [job.name, today, instance],
    )
    if (claimed.rowCount === 0) continue
    await job.run(db, now)
    ran.push(job.name)
  }
  return ran
}
