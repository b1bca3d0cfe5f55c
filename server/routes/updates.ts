import { Hono } from 'hono'
import { answerOnStrikeOff } from '@/domain/demand-loop'
import { deriveItem } from '@/domain/history'
import { UpdateDraftSchema } from '@/domain/model/update'
import { canPostDraft } from '@/domain/permissions'
import { checkUpdateDraft } from '@/domain/update-checks'
import { applyUpdate } from '@/domain/update-effects'
import { requireUser, type Env } from '../context'
import { demandOf } from '../db/rows'
import { conflict, notFound, refusal, validation } from '../http/failure'
import { pageOf } from '../http/paging'
import { readBody } from '../http/parse'
import { historyOf, insertUpdate, lockItem, newId, reread, saveDemand, saveItem, touchedNothing } from '../store/writes'
import { knownItem } from './items'

export function updateRoutes() {
  const app = new Hono<Env>()

  app.get('/items/:id/updates', (c) => {
    requireUser(c)
    const backend = c.get('backend')
    const id = c.req.param('id')
    knownItem(backend, id)
    return c.json(pageOf(backend.projection.updatesOf(id)))
  })

  app.post('/items/:id/updates', async (c) => {
    const user = requireUser(c)
    const backend = c.get('backend')
    const id = c.req.param('id')
    knownItem(backend, id)
    const draft = await readBody(c, UpdateDraftSchema)
    const today = backend.today()
    const { update } = await backend.commit(async (tx) => {
      // The lock and the history read come first: the rules below judge the item as it is now.
      const record = await lockItem(tx, id)
      if (!record) throw notFound('项目')
      const history = await historyOf(tx, id)
      const allowed = canPostDraft(user, record, draft, history)
      if (!allowed.ok) throw refusal(allowed)
      if (draft.version !== undefined && draft.version !== record.version)
        throw conflict(deriveItem(record, history, today))
      const fields = checkUpdateDraft(draft, today)
      if (Object.keys(fields).length > 0) throw validation(fields)

      const at = backend.now().toISOString()
      const posted = applyUpdate(record, draft, user, { id: newId('upd'), at })
      await insertUpdate(tx, posted.update)
      if (!(await saveItem(tx, posted.record, record.version))) throw conflict(deriveItem(record, history, today))
      const touched = touchedNothing()
      touched.items.add(id)
      touched.updates.push(posted.update)
      if (draft.kind === 'status' && draft.toStatus === 'closed') {
        const behind = (await tx.query('SELECT * FROM demands WHERE item_id = $1 FOR UPDATE', [id])).rows.map(demandOf)
        for (const answered of answerOnStrikeOff(behind, posted.record, at)) {
          await saveDemand(tx, answered)
          touched.demands.add(answered.id)
        }
      }
      return { update: posted.update, changes: await reread(tx, touched) }
    })
    return c.json({ update, item: backend.projection.item(id, today) }, 201)
  })

  return app
}
