import { Hono } from 'hono'
import { receiptOf } from '@/domain/demand-loop'
import { intakeLimits } from '@/domain/intake-limits'
import { PublicDemandDraftSchema } from '@/domain/model/public-demand'
import type { Backend, Env } from '../context'
import { HttpFailure, overCap, validation } from '../http/failure'
import { readBody } from '../http/parse'
import { fileDemand } from './demands'

// 一码一表: the worker's side, without a session. Answers carry only what the worker may see (Receipt).

function receiptFor(backend: Backend, receipt: string) {
  const p = backend.projection
  const demand = [...p.demands.values()].find((entry) => entry.receipt === receipt)
  return demand ? receiptOf(demand, { demand: (id) => p.demands.get(id), item: (id) => p.items.get(id) }) : undefined
}

export function publicDemandRoutes() {
  const app = new Hono<Env>()

  app.post('/public/demands', async (c) => {
    const backend = c.get('backend')
    backend.rateLimiter.check(c, 'submit', backend.now().getTime())
    const draft = await readBody(c, PublicDemandDraftSchema, intakeLimits.maxBodyBytes, () =>
      overCap(intakeLimits.maxBodyBytes),
    )
    if (!backend.projection.units.some((unit) => unit.id === draft.unitId)) throw validation({ unitId: '未知的单位' })
    const demand = await fileDemand(backend, { ...draft, channel: 'qr_form' })
    backend.rateLimiter.countFiled(c, backend.now().getTime())
    return c.json(receiptFor(backend, demand.receipt), 201)
  })

  app.get('/public/receipts/:receipt', (c) => {
    const backend = c.get('backend')
    backend.rateLimiter.check(c, 'lookup', backend.now().getTime())
    const receipt = receiptFor(backend, c.req.param('receipt').trim().toUpperCase())
    if (!receipt) throw new HttpFailure('not_found', '未找到该回执号，请核对后重新输入')
    return c.json(receipt)
  })

  return app
}
