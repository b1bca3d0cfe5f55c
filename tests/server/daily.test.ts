import { openDatabase } from '../../server/db/database'
import { migrate } from '../../server/db/migrate'
import { runDaily, type DailyJob } from '../../server/cluster/daily'

// Once-a-day housekeeping runs once across the cluster: every instance tries each day, one claims it.

describe('daily housekeeping', () => {
  it('runs each job once a day whichever instances ask, and again the next day', async () => {
    const db = await openDatabase({ dataDir: null })
    await migrate(db)
    const runs: string[] = []
    const jobs: DailyJob[] = [
      { name: 'count', run: async (_db, now) => void runs.push(now.toISOString().slice(0, 10)) },
    ]
    const monday = new Date('2026-12-07T02:00:00Z')
    const ran = await Promise.all(['a', 'b', 'c'].map((instance) => runDaily(db, instance, monday, jobs)))
    expect(ran.flat()).toEqual(['count'])
    expect(await runDaily(db, 'a', new Date('2026-12-07T15:00:00Z'), jobs)).toEqual([])
    expect(await runDaily(db, 'b', new Date('2026-12-08T01:00:00Z'), jobs)).toEqual(['count'])
    expect(runs).toEqual(['2026-12-07', '2026-12-08'])
    await db.close()
  })
})
