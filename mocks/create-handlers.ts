import type { MockBackend } from './backend'
import { briefingHandlers } from './handlers/briefing'
import { campaignHandlers } from './handlers/campaign'
import { demandHandlers } from './handlers/demands'
import { itemHandlers } from './handlers/items'
import { mockControlHandlers } from './handlers/mock-control'
import { notFoundHandlers } from './handlers/not-found'
import { openApiHandlers } from './handlers/openapi'
import { publicBoardHandlers } from './handlers/public-board'
import { publicDemandHandlers } from './handlers/public-demands'
import { sessionHandlers } from './handlers/session'
import { statsHandlers } from './handlers/stats'
import { supervisionHandlers } from './handlers/supervision'
import { updateHandlers } from './handlers/updates'

/** The one handler set: the browser worker, the Node tests and the end-to-end run all use it. */
export function createHandlers(getBackend: () => MockBackend) {
  return [
    ...sessionHandlers(getBackend),
    ...campaignHandlers(getBackend),
    ...updateHandlers(getBackend),
    ...itemHandlers(getBackend),
    ...statsHandlers(getBackend),
    ...briefingHandlers(getBackend),
    ...supervisionHandlers(getBackend),
    ...demandHandlers(getBackend),
    ...publicBoardHandlers(getBackend),
    ...publicDemandHandlers(getBackend),
    ...openApiHandlers(getBackend),
    ...mockControlHandlers(getBackend),
    ...notFoundHandlers(getBackend),
  ]
}
