import { buildOpenApiDocument } from '@/core/openapi/document'
import type { UseCase, UseCases } from '../use-case'
import type { getOpenApiDocument } from '@/contract/docs'
import {
  changePasswordCase,
  createAccountCase,
  listAccountsCase,
  listAuditCase,
  patchAccountCase,
  resetPasswordCase,
  revokeSessionsCase,
} from './accounts'
import { getCampaignCase, listUnitsCase, patchCampaignListCase } from './campaign'
import { createDemandCase, getDemandStatsCase, listDemandsCase, patchDemandCase } from './demands'
import { getMockSettingsCase, putMockSettingsCase, resetMockCase } from './demo'
import { createItemCase, createItemsCase, getItemCase, listItemsCase, patchItemCase } from './items'
import { createUnitCase, patchUnitCase } from './org'
import { getPublicBoardCase, getReceiptCase, submitPublicDemandCase } from './public'
import { getSessionCase, listUsersCase, signInCase, signOutCase } from './session'
import {
  getBoardCase,
  getCategoryStatsCase,
  getStruckOffCase,
  getSummaryCase,
  getSupervisionQueueCase,
  getTrendCase,
  getUnitStatsCase,
} from './stats'
import { listItemUpdatesCase, postItemUpdateCase } from './updates'

let document: ReturnType<typeof buildOpenApiDocument> | undefined
const getOpenApiDocumentCase: UseCase<typeof getOpenApiDocument> = () => (document ??= buildOpenApiDocument())

/** The use case of every endpoint in the route table (src/contract/all.ts). */
export const useCases: UseCases = {
  listUsers: listUsersCase,
  signIn: signInCase,
  getSession: getSessionCase,
  signOut: signOutCase,
  getCampaign: getCampaignCase,
  listUnits: listUnitsCase,
  patchCampaignList: patchCampaignListCase,
  listItems: listItemsCase,
  createItem: createItemCase,
  createItems: createItemsCase,
  getItem: getItemCase,
  patchItem: patchItemCase,
  listItemUpdates: listItemUpdatesCase,
  postItemUpdate: postItemUpdateCase,
  getSummary: getSummaryCase,
  getUnitStats: getUnitStatsCase,
  getTrend: getTrendCase,
  getCategoryStats: getCategoryStatsCase,
  getBoard: getBoardCase,
  getStruckOff: getStruckOffCase,
  getSupervisionQueue: getSupervisionQueueCase,
  listDemands: listDemandsCase,
  createDemand: createDemandCase,
  patchDemand: patchDemandCase,
  getDemandStats: getDemandStatsCase,
  submitPublicDemand: submitPublicDemandCase,
  getReceipt: getReceiptCase,
  getPublicBoard: getPublicBoardCase,
  listAccounts: listAccountsCase,
  createAccount: createAccountCase,
  patchAccount: patchAccountCase,
  resetPassword: resetPasswordCase,
  revokeSessions: revokeSessionsCase,
  listAudit: listAuditCase,
  changePassword: changePasswordCase,
  createUnit: createUnitCase,
  patchUnit: patchUnitCase,
  getOpenApiDocument: getOpenApiDocumentCase,
  resetMock: resetMockCase,
  getMockSettings: getMockSettingsCase,
  putMockSettings: putMockSettingsCase,
}
