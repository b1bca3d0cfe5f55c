import * as accounts from './accounts'
import * as briefing from './briefing'
import * as campaign from './campaign'
import * as demands from './demands'
import * as docs from './docs'
import * as itemBatch from './item-batch'
import * as items from './items'
import * as mockControl from './mock-control'
import * as org from './org'
import * as publicSide from './public'
import * as session from './session'
import * as stats from './stats'
import * as supervision from './supervision'
import * as updates from './updates'

/**
 * The route table: every endpoint of the contract, keyed by its operationId. The backends serve it
 * (src/core/serve.ts) and the OpenAPI document is rendered from it; the app imports single endpoints.
 */
export const endpoints = {
  ...session,
  ...campaign,
  ...items,
  ...itemBatch,
  ...updates,
  ...stats,
  ...briefing,
  ...supervision,
  ...demands,
  ...publicSide,
  ...accounts,
  ...org,
  ...docs,
  ...mockControl,
}

export type Endpoints = typeof endpoints
export type EndpointId = keyof Endpoints

// Each endpoint is kept under its own operationId (a module exporting anything else would break this).
endpoints satisfies { [K in EndpointId]: { id: K } }
export type { BodyOf, Endpoint, ParamsOf, QueryOf, ResponseInputOf } from './endpoint'
