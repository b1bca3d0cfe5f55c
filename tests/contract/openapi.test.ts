// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod/mini'
import { endpoints } from '@/contract/all'
import type { Endpoint } from '@/contract/endpoint'
import {
  buildOpenApiDocument,
  componentSchemas,
  httpMethods,
  operations as operationDocs,
  type ComponentSchema,
  type JsonObject,
  type JsonValue,
  type OperationObject,
} from '@/core/openapi/document'
import { lightRule } from '@/domain/light'
import { demandChannels, demandStatuses } from '@/domain/model/demand'
import { ItemQuerySchema, itemSortFields } from '@/domain/model/item-query'

// The OpenAPI document against the code it is built from (the route table, src/contract/all.ts, and the
// domain's schemas), CONTRACT.md's endpoint table, and itself.

const documentPath = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url))
const document = buildOpenApiDocument()
const tree = asObject(JSON.parse(JSON.stringify(document)), 'document')
const schemas = document.components.schemas

function asObject(value: unknown, what: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${what} is not a JSON object`)
  return value as JsonObject
}

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

function operations(): { key: string; operation: OperationObject }[] {
  const base = document.servers[0]?.url ?? ''
  return Object.entries(document.paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = item[method]
      return operation ? [{ key: `${method.toUpperCase()} ${base}${path}`, operation }] : []
    }),
  )
}

function operation(key: string): OperationObject {
  const found = operations().find((entry) => entry.key === key)
  if (!found) throw new Error(`no operation ${key}`)
  return found.operation
}

// ---------------------------------------------------------------------------------------------------
// A small JSON Schema 2020-12 checker: the keywords z.toJSONSchema emits, and nothing silently skipped.

const annotations = new Set(['description', 'default', 'format', 'title', 'examples'])

function resolvePointer(ref: string): JsonValue {
  if (!ref.startsWith('#/')) throw new Error(`not a local reference: ${ref}`)
  let node: JsonValue = tree
  for (const raw of ref.slice(2).split('/')) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node)) node = node[Number(segment)] ?? null
    else if (isObject(node) && segment in node) node = node[segment] ?? null
    else throw new Error(`unresolved reference: ${ref}`)
  }
  return node
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value)
    case 'array':
      return Array.isArray(value)
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'null':
      return value === null
    default:
      return typeof value === type
  }
}

function check(schema: JsonValue, value: unknown, at = '$'): string[] {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return []
  if (!isObject(schema)) throw new Error(`not a schema at ${at}`)
  const problems: string[] = []
  const numberAt = (keyword: string) => {
    const bound = schema[keyword]
    if (typeof bound !== 'number') throw new Error(`${keyword} is not a number at ${at}`)
    return bound
  }
  for (const [keyword, argument] of Object.entries(schema)) {
    if (annotations.has(keyword)) continue
    switch (keyword) {
      case '$ref':
        problems.push(...check(resolvePointer(String(argument)), value, at))
        break
      case 'allOf':
        for (const part of argument as JsonValue[]) problems.push(...check(part, value, at))
        break
      case 'anyOf':
        if (!(argument as JsonValue[]).some((part) => check(part, value, at).length === 0))
          problems.push(`${at}: matches no anyOf branch`)
        break
      case 'oneOf': {
        const matching = (argument as JsonValue[]).filter((part) => check(part, value, at).length === 0).length
        if (matching !== 1) problems.push(`${at}: matches ${matching} oneOf branches`)
        break
      }
      case 'type': {
        const types = Array.isArray(argument) ? argument.map(String) : [String(argument)]
        if (!types.some((type) => typeMatches(type, value))) problems.push(`${at}: not of type ${types.join('|')}`)
        break
      }
      case 'enum':
        if (!(argument as JsonValue[]).some((allowed) => allowed === value))
          problems.push(`${at}: ${JSON.stringify(value)} not in enum`)
        break
      case 'const':
        if (argument !== value) problems.push(`${at}: not ${JSON.stringify(argument)}`)
        break
      case 'required':
        if (isObject(value))
          for (const name of argument as string[]) if (!(name in value)) problems.push(`${at}: missing ${name}`)
        break
      case 'properties':
        if (isObject(value)) {
          for (const [name, property] of Object.entries(asObject(argument, 'properties'))) {
            if (name in value) problems.push(...check(property, value[name], `${at}.${name}`))
          }
        }
        break
      case 'additionalProperties':
        if (isObject(value)) {
          const declared = isObject(schema.properties) ? Object.keys(schema.properties) : []
          for (const [name, entry] of Object.entries(value)) {
            if (declared.includes(name)) continue
            if (argument === false) problems.push(`${at}: unexpected property ${name}`)
            else problems.push(...check(argument, entry, `${at}.${name}`))
          }
        }
        break
      case 'propertyNames':
        if (isObject(value))
          for (const name of Object.keys(value)) problems.push(...check(argument, name, `${at}[key ${name}]`))
        break
      case 'items':
        if (Array.isArray(value))
          value.forEach((entry, index) => problems.push(...check(argument, entry, `${at}[${index}]`)))
        break
      case 'minItems':
        if (Array.isArray(value) && value.length < numberAt(keyword))
          problems.push(`${at}: fewer than ${numberAt(keyword)} items`)
        break
      case 'maxItems':
        if (Array.isArray(value) && value.length > numberAt(keyword))
          problems.push(`${at}: more than ${numberAt(keyword)} items`)
        break
      case 'minimum':
        if (typeof value === 'number' && value < numberAt(keyword)) problems.push(`${at}: below ${numberAt(keyword)}`)
        break
      case 'maximum':
        if (typeof value === 'number' && value > numberAt(keyword)) problems.push(`${at}: above ${numberAt(keyword)}`)
        break
      case 'minLength':
        if (typeof value === 'string' && [...value].length < numberAt(keyword))
          problems.push(`${at}: shorter than ${numberAt(keyword)}`)
        break
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > numberAt(keyword))
          problems.push(`${at}: longer than ${numberAt(keyword)}`)
        break
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(argument), 'u').test(value))
          problems.push(`${at}: does not match ${String(argument)}`)
        break
      default:
        throw new Error(
          `the checker does not know the keyword ${keyword} (at ${at}); teach it before trusting the test`,
        )
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------------------
// Realistic samples, one per component (a new component needs one: a test below says so).

const at = '2025-03-10T09:30:00+08:00'
const user = { id: 'secretary-zhuzhuang', name: '王芳', role: 'secretary', unitId: 'zhuzhuang', title: '党委副书记' }
const unit = { id: 'zhuzhuang', name: '朱庄矿', kind: 'grassroots', parentId: 'group', itemTarget: 4 }
const campaignList = {
  id: 'double-hundred',
  name: '双百实事',
  shortName: '双百',
  codePrefix: 'SB',
  level: 'grassroots',
  target: 200,
  keyTarget: 100,
  satisfactionBar: { minPercent: 80, minSurveyed: 10 },
}
const category = { id: 'living', name: '生活保障' }
const urge = { count: 2, open: 1, replyBy: '2025-03-20', missed: 0, redList: false }
const extension = {
  approved: 1,
  pending: {
    deadline: '2025-07-31',
    reason: '锅炉厂家交货推迟两周',
    requestedBy: '王芳',
    requestedById: 'secretary-zhuzhuang',
    at: '2025-03-12T16:05:00+08:00',
  },
}
const fieldChange = { field: 'deadline', before: '2025-06-15', after: '2025-06-30' }
const item = {
  id: 'item-001',
  code: 'SB-001',
  listId: 'double-hundred',
  title: '井口澡堂热水改造',
  content: '更换井口澡堂热水锅炉，供水时间延长到夜班结束。',
  beneficiaries: '朱庄矿井下职工约 1200 人',
  category: 'living',
  unitId: 'zhuzhuang',
  leadLeader: '张建国',
  owner: '李明',
  ownerPhone: '0561-3123456',
  deadline: '2025-06-30',
  status: 'in_progress',
  progress: 40,
  key: true,
  light: 'yellow',
  demandIds: ['dem-001'],
  completionNote: null,
  createdAt: '2025-02-01T10:00:00+08:00',
  updatedAt: at,
  version: 3,
  lastUpdate: { at, kind: 'progress', note: '锅炉已到货，开始安装' },
  urge,
  extension,
}
const update = {
  id: 'upd-001',
  itemId: 'item-001',
  kind: 'progress',
  at,
  authorId: 'secretary-zhuzhuang',
  authorName: '王芳',
  authorRole: 'secretary',
  note: '锅炉已到货，开始安装',
  progress: 40,
}
const demandItem = { id: 'item-001', code: 'SB-001', title: '井口澡堂热水改造', status: 'in_progress', progress: 40 }
const demand = {
  id: 'dem-001',
  receipt: 'BS-004211',
  channel: 'qr_form',
  unitId: 'zhuzhuang',
  text: '井口澡堂夜班没有热水，希望延长供水时间。',
  submittedAt: '2025-01-20T21:15:00+08:00',
  status: 'adopted',
  itemId: 'item-001',
  reply: null,
  mergedInto: null,
  anonymous: false,
  submitterName: '赵强',
  submitterPhone: '138 0000 0000',
  updatedAt: at,
  item: demandItem,
}
const counts = {
  total: 8,
  planned: 1,
  inProgress: 4,
  done: 3,
  closed: 1,
  keyTotal: 2,
  keyDone: 1,
  overdue: 1,
  redListed: 0,
  extended: 1,
  lights: { red: 1, yellow: 2, green: 2 },
  surveyed: 120,
  satisfied: 111,
}
/** The briefing's demand figures: 12 filed, 8 of them since the last briefing, every channel listed. */
const briefingDemands = {
  collected: 12,
  collectedSince: 8,
  adopted: 7,
  adoptedDone: 3,
  answered: 2,
  rejected: 1,
  rejectedWithReason: 1,
  merged: 0,
  pending: 3,
  channels: [
    { channel: 'symposium', collected: 2, adopted: 2, answered: 1, rejected: 0 },
    { channel: 'reception_day', collected: 1, adopted: 1, answered: 0, rejected: 0 },
    { channel: 'echo_wall', collected: 1, adopted: 0, answered: 0, rejected: 1 },
    { channel: 'complaint_board', collected: 0, adopted: 0, answered: 0, rejected: 0 },
    { channel: 'talk_room', collected: 1, adopted: 1, answered: 0, rejected: 0 },
    { channel: 'qr_form', collected: 5, adopted: 2, answered: 1, rejected: 0 },
    { channel: 'questionnaire', collected: 1, adopted: 1, answered: 0, rejected: 0 },
    { channel: 'diary', collected: 1, adopted: 0, answered: 0, rejected: 0 },
  ],
}
const demandStats = {
  total: 12,
  byStatus: { new: 3, adopted: 6, answered: 2, rejected: 1, merged: 0 },
  byChannel: {
    symposium: 2,
    reception_day: 1,
    echo_wall: 1,
    complaint_board: 0,
    talk_room: 1,
    qr_form: 5,
    questionnaire: 1,
    diary: 1,
  },
  linked: 7,
  linkedDone: 3,
  linkedClosed: 1,
}
const publicItem = {
  id: 'item-001',
  code: 'SB-001',
  listId: 'double-hundred',
  title: '井口澡堂热水改造',
  beneficiaries: '朱庄矿井下职工约 1200 人',
  category: 'living',
  unitId: 'zhuzhuang',
  deadline: '2025-06-30',
  status: 'in_progress',
  progress: 40,
  light: 'yellow',
  key: true,
}
const page = <T>(entry: T) => ({ items: [entry], total: 1, page: 1, pageSize: 50 })

const account = {
  ...user,
  username: 'sun.xiaomei',
  phone: '0561-3120001',
  disabled: false,
  mustChangePassword: true,
}
const auditEntry = {
  id: 'audit-3f2a9c1b7d4e',
  at: '2025-06-30T08:15:00+08:00',
  actorId: 'admin-1',
  actorName: '汪晓雯',
  action: 'create_user',
  targetId: 'user-9a8b7c6d5e4f',
  targetName: '孙晓梅',
  detail: '新建账号 sun.xiaomei（支部书记，朱庄矿）',
}

const samples: Record<string, unknown> = {
  Account: account,
  AccountPage: page(account),
  NewAccount: {
    name: '孙晓梅',
    username: 'sun.xiaomei',
    role: 'secretary',
    unitId: 'zhuzhuang',
    phone: '0561-3120001',
    title: '朱庄矿工会副主席',
  },
  AccountCreated: { account, initialPassword: 'Xk7pQ2mN9rTb' },
  AccountPatch: { disabled: true },
  NewUnit: { name: '煤电公司', kind: 'company', parentId: 'group' },
  UnitPatch: { name: '朱庄煤矿', parentId: 'group', itemTarget: 30 },
  PasswordReset: { account, code: 'Hq4wE8rT2yUp' },
  PasswordChange: { currentPassword: 'Xk7pQ2mN9rTb', newPassword: 'Zhuzhuang2026ok' },
  AuditEntry: auditEntry,
  AuditPage: page(auditEntry),
  User: user,
  Session: { user, token: '6f1c2e7a-3b9d-4c58-9a0e-2d4f7b1c8e90' },
  SignIn: { userId: 'supervisor-1' },
  Campaign: {
    id: 'c2025',
    name: '2025年“我为职工办实事”',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    lists: [campaignList],
    categories: [category],
  },
  CampaignList: campaignList,
  Category: category,
  Unit: unit,
  Item: item,
  UrgeState: urge,
  ExtensionState: extension,
  FieldChange: fieldChange,
  SatisfactionBar: { minPercent: 85, minSurveyed: 20 },
  CampaignListPatch: { satisfactionBar: { minPercent: 85, minSurveyed: 20 } },
  ItemDraft: {
    listId: 'double-hundred',
    title: '井口澡堂热水改造',
    content: '更换热水锅炉。',
    beneficiaries: '井下职工',
    category: 'living',
    unitId: 'zhuzhuang',
    owner: '李明',
    deadline: '2025-06-30',
  },
  ItemBatch: {
    items: [
      {
        listId: 'double-hundred',
        title: '井口澡堂热水改造',
        content: '更换热水锅炉。',
        beneficiaries: '井下职工',
        category: 'living',
        unitId: 'zhuzhuang',
        owner: '李明',
        deadline: '2025-06-30',
      },
      {
        listId: 'double-hundred',
        title: '职工书屋扩建',
        content: '扩建职工书屋。',
        beneficiaries: '全矿职工',
        category: 'living',
        unitId: 'luling',
        owner: '李明',
        deadline: '2025-06-30',
      },
    ],
  },
  ItemBatchResult: {
    results: [
      { index: 0, item },
      { index: 1, error: { code: 'forbidden', message: '只能为本单位新建项目' } },
      {
        index: 2,
        error: {
          code: 'validation',
          message: '提交的内容有误，请按提示修改',
          fields: { deadline: '完成时限不能早于今天' },
        },
      },
    ],
  },
  ItemPatch: {
    version: 3,
    title: '井口澡堂热水系统改造',
    deadline: '2025-06-30',
    leadLeader: null,
    reason: '改造范围扩大到整个热水系统',
  },
  Update: update,
  // The note of a satisfaction result defaults to '': the input form must let it out.
  UpdateDraft: { kind: 'satisfaction', surveyed: 50, satisfied: 47, method: 'survey', version: 3 },
  Demand: demand,
  DemandDraft: {
    channel: 'qr_form',
    unitId: 'zhuzhuang',
    text: '井口澡堂夜班没有热水，希望延长供水时间。',
    anonymous: true,
  },
  DemandPatch: { status: 'adopted', itemId: 'item-001' },
  DemandItem: demandItem,
  PublicDemandDraft: {
    unitId: 'zhuzhuang',
    text: '井口澡堂夜班没有热水，希望延长供水时间。',
    anonymous: false,
    submitterName: '赵强',
    submitterPhone: '138 0000 0000',
  },
  Receipt: {
    receipt: 'BS-004211',
    unitId: 'zhuzhuang',
    submittedAt: '2025-01-20T21:15:00+08:00',
    status: 'answered',
    merged: false,
    reply: '新锅炉已投用，夜班热水供应到次日 8 点。',
    updatedAt: at,
    item: { code: 'SB-001', title: '井口澡堂热水改造', status: 'closed', progress: 100 },
  },
  Error: { error: { code: 'conflict', message: '该项目已被他人修改，请查看最新内容后再提交' }, current: item },
  Summary: { asOf: '2025-03-10', lists: [{ listId: 'eight', ...counts }], demands: demandStats },
  ListStats: { listId: 'eight', ...counts },
  DemandStats: demandStats,
  UnitStatsResponse: { asOf: '2025-03-10', listId: 'double-hundred', units: [{ unitId: 'zhuzhuang', ...counts }] },
  UnitStats: { unitId: 'zhuzhuang', ...counts },
  CategoryStats: { categoryId: 'housing', ...counts },
  CategoryStatsResponse: { asOf: '2025-05-31', listId: 'hundreds', categories: [{ categoryId: 'housing', ...counts }] },
  Board: {
    asOf: '2025-05-31',
    listId: 'hundreds',
    units: ['zhuzhuang', 'luling'],
    id: ['item-1', 'item-2'],
    code: ['SB-001', 'SB-002'],
    title: ['职工食堂改造', '澡堂热水改造'],
    unit: [0, 1],
    light: ['green', 'red'],
    key: [true, false],
    status: ['in_progress', 'done'],
  },
  Trend: { listId: null, asOf: '2025-03-10', weeks: [{ weekStart: '2025-03-03', done: 2, closed: 1, planned: 3 }] },
  PublicBoard: {
    asOf: '2025-03-10',
    campaign: { name: '2025年“我为职工办实事”', lists: [campaignList] },
    units: [{ id: 'zhuzhuang', name: '朱庄矿', kind: 'grassroots' }],
    unitId: 'zhuzhuang',
    listId: null,
    lists: [{ listId: campaignList.id, total: 26, done: 13, closed: 8, keyTotal: 5, keyDone: 2 }],
    unitCounts: [{ unitId: 'zhuzhuang', total: 26, done: 13, closed: 8, keyTotal: 5, keyDone: 2 }],
    items: [publicItem],
    total: 26,
    page: 1,
    pageSize: 50,
  },
  StruckOffResponse: {
    since: '2025-04-30',
    asOf: '2025-05-31',
    unitId: null,
    listId: null,
    items: [
      {
        id: 'item-sb-001',
        code: 'SB-001',
        title: '职工食堂增设夜班窗口',
        listId: 'double-hundred',
        unitId: 'zhuzhuang',
        key: true,
        closedOn: '2025-05-20',
        surveyed: 50,
        satisfied: 47,
      },
    ],
    demands: briefingDemands,
  },
  BriefingDemands: briefingDemands,
  StruckOffItem: {
    id: 'item-sb-001',
    code: 'SB-001',
    title: '职工食堂增设夜班窗口',
    listId: 'double-hundred',
    unitId: 'zhuzhuang',
    key: false,
    closedOn: '2025-05-20',
    surveyed: 0,
    satisfied: 0,
  },
  PublicItem: publicItem,
  UserPage: page(user),
  UnitPage: page(unit),
  ItemPage: page(item),
  UpdatePage: page(update),
  DemandPage: page(demand),
  CurrentUser: { user },
  UpdatePosted: { update, item },
  MockSettings: { latencyMs: 300, failureRate: 0.1, seedSize: 'large' },
  MockReset: { ok: true },
  OpenApiDocument: { openapi: '3.1.0', info: { title: '办实事作战图 API', version: '1.0.0' }, paths: {} },
  QueueEntry: { item, reasons: ['reply_overdue', 'yellow'] },
  SupervisionQueue: {
    ...page({ item, reasons: ['reply_overdue', 'yellow'] }),
    queued: 1,
    counts: { red_list: 0, reply_overdue: 1, overdue: 0, red: 0, yellow: 1, awaiting_strike_off: 0 },
  },
}

/** The zod schema and form behind a component; `<Id>Input` is the input form of `<Id>`. */
function zodOf(name: string): { schema: ComponentSchema['schema']; io: 'input' | 'output'; sample: unknown } {
  const components = componentSchemas()
  const direct = components[name]
  const base = name.replace(/Input$/, '')
  const component = direct ?? (name !== base ? components[base] : undefined)
  if (!component) throw new Error(`component ${name} has no zod schema`)
  return { schema: component.schema, io: direct ? component.io : 'input', sample: samples[direct ? name : base] }
}

// ---------------------------------------------------------------------------------------------------

describe('the OpenAPI document', () => {
  it('declares OpenAPI 3.1.0 and the /api server', () => {
    expect(document.openapi).toBe('3.1.0')
    expect(document.servers).toEqual([{ url: '/api', description: expect.any(String) }])
    expect(document.info.title).toBe('办实事作战图 API')
  })

  it('is what docs/openapi.json holds', () => {
    const hint = 'docs/openapi.json is out of date: run `npm run openapi` and commit the result'
    expect(existsSync(documentPath), hint).toBe(true)
    expect(readFileSync(documentPath, 'utf8'), hint).toBe(`${JSON.stringify(document, null, 2)}\n`)
  })

  it('resolves every $ref inside itself', () => {
    const refs: string[] = []
    const walk = (node: JsonValue) => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (isObject(node)) {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') refs.push(value)
          else walk(value)
        }
      }
    }
    walk(tree)
    expect(refs.length).toBeGreaterThan(50)
    for (const ref of new Set(refs)) expect(() => resolvePointer(ref), ref).not.toThrow()
    expect(refs.filter((ref) => ref.includes('__shared'))).toEqual([])
  })
})

describe('endpoints', () => {
  // CONTRACT.md's endpoint table, one entry per method.
  const contract = [
    'GET /api/users',
    'POST /api/session',
    'GET /api/session',
    'DELETE /api/session',
    'GET /api/campaign',
    'GET /api/units',
    'GET /api/items',
    'POST /api/items',
    'GET /api/items/{id}',
    'PATCH /api/items/{id}',
    'GET /api/items/{id}/updates',
    'POST /api/items/{id}/updates',
    'GET /api/stats/summary',
    'GET /api/stats/units',
    'GET /api/stats/trend',
    'GET /api/demands',
    'POST /api/demands',
    'PATCH /api/demands/{id}',
    'GET /api/public/board',
  ]
  const beyondContract = [
    'POST /api/items/batch',
    'GET /api/stats/demands',
    'POST /api/public/demands',
    'GET /api/public/receipts/{receipt}',
    'GET /api/stats/categories',
    'GET /api/stats/board',
    'GET /api/stats/struck-off',
    'GET /api/supervision/queue',
    'PATCH /api/campaign/lists/{id}',
    'GET /api/openapi.json',
    'POST /api/__mock/reset',
    'GET /api/__mock/settings',
    'PUT /api/__mock/settings',
    // Issue 23: people administration and the own password.
    'GET /api/admin/users',
    'POST /api/admin/users',
    'PATCH /api/admin/users/{id}',
    'POST /api/admin/users/{id}/password-reset',
    'DELETE /api/admin/users/{id}/sessions',
    'GET /api/admin/audit',
    'PUT /api/session/password',
    // Issue 23: the org tree.
    'POST /api/admin/units',
    'PATCH /api/admin/units/{id}',
  ]
  const publicOnes = [
    'POST /api/public/demands',
    'GET /api/public/receipts/{receipt}',
    'GET /api/users',
    'GET /api/units',
    'POST /api/session',
    'GET /api/public/board',
    'GET /api/openapi.json',
  ]

  it('covers CONTRACT.md exactly, with the right methods, plus this document and the mock-only endpoints', () => {
    expect(
      operations()
        .map((entry) => entry.key)
        .sort(),
    ).toEqual([...contract, ...beyondContract].sort())
  })

  it('has an operation for every endpoint of the route table, and no other', () => {
    const table = Object.values<Endpoint>(endpoints).map(
      (endpoint) => `${endpoint.method.toUpperCase()} /api${endpoint.path} ${endpoint.id}`,
    )
    const documented = operations().map(({ key, operation }) => `${key} ${operation.operationId}`)
    expect(documented.sort()).toEqual(table.sort())
    expect(Object.keys(operationDocs).sort()).toEqual(Object.keys(endpoints).sort())
  })

  it('puts the mock-only endpoints under the tag "mock only", without the default (never faulted) answer', () => {
    for (const { key, operation } of operations()) {
      expect(operation.tags.includes('mock only'), key).toBe(key.includes('/__mock/'))
      expect(operation.responses.default === undefined, key).toBe(key.includes('/__mock/'))
    }
  })

  it('asks for a session everywhere but on the public endpoints; a qr_form demand may come without one', () => {
    expect(document.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }])
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearerAuth', 'sessionCookie'])
    for (const { key, operation } of operations()) {
      if (publicOnes.includes(key) || key.includes('/__mock/')) expect(operation.security, key).toEqual([])
      else if (key === 'POST /api/demands')
        expect(operation.security).toEqual([{}, { bearerAuth: [] }, { sessionCookie: [] }])
      else {
        expect(operation.security, key).toBeUndefined()
        expect(operation.responses['401'], `${key} answers 401`).toBeDefined()
      }
    }
    expect(operation('POST /api/demands').description).toContain('qr_form')
  })

  it('gives every operation a unique operationId', () => {
    const ids = operations().map((entry) => entry.operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('names the request body of each write', () => {
    const bodies: Record<string, string> = {
      'POST /api/session': 'SignIn',
      'POST /api/items': 'ItemDraft',
      'POST /api/items/batch': 'ItemBatch',
      'PATCH /api/items/{id}': 'ItemPatch',
      'POST /api/items/{id}/updates': 'UpdateDraft',
      'POST /api/demands': 'DemandDraft',
      'PATCH /api/demands/{id}': 'DemandPatch',
      'PATCH /api/campaign/lists/{id}': 'CampaignListPatch',
      'POST /api/public/demands': 'PublicDemandDraft',
      'PUT /api/__mock/settings': 'MockSettingsInput',
      'POST /api/admin/users': 'NewAccount',
      'PATCH /api/admin/users/{id}': 'AccountPatch',
      'PUT /api/session/password': 'PasswordChange',
      'POST /api/admin/units': 'NewUnit',
      'PATCH /api/admin/units/{id}': 'UnitPatch',
    }
    for (const { key, operation } of operations()) {
      const expected = bodies[key]
      expect(operation.requestBody?.content['application/json'].schema, key).toEqual(
        expected ? { $ref: `#/components/schemas/${expected}` } : undefined,
      )
    }
  })

  it('answers each with its resource, list endpoints in the envelope', () => {
    const answers: Record<string, [string, string | null]> = {
      'GET /api/users': ['200', 'UserPage'],
      'POST /api/session': ['201', 'Session'],
      'GET /api/session': ['200', 'CurrentUser'],
      'DELETE /api/session': ['204', null],
      'GET /api/campaign': ['200', 'Campaign'],
      'PATCH /api/campaign/lists/{id}': ['200', 'CampaignList'],
      'GET /api/units': ['200', 'UnitPage'],
      'GET /api/items': ['200', 'ItemPage'],
      'POST /api/items': ['201', 'Item'],
      'POST /api/items/batch': ['200', 'ItemBatchResult'],
      'GET /api/items/{id}': ['200', 'Item'],
      'PATCH /api/items/{id}': ['200', 'Item'],
      'GET /api/items/{id}/updates': ['200', 'UpdatePage'],
      'POST /api/items/{id}/updates': ['201', 'UpdatePosted'],
      'GET /api/stats/summary': ['200', 'Summary'],
      'GET /api/stats/units': ['200', 'UnitStatsResponse'],
      'GET /api/stats/trend': ['200', 'Trend'],
      'GET /api/stats/categories': ['200', 'CategoryStatsResponse'],
      'GET /api/stats/board': ['200', 'Board'],
      'GET /api/stats/struck-off': ['200', 'StruckOffResponse'],
      'GET /api/supervision/queue': ['200', 'SupervisionQueue'],
      'GET /api/demands': ['200', 'DemandPage'],
      'POST /api/demands': ['201', 'Demand'],
      'PATCH /api/demands/{id}': ['200', 'Demand'],
      'GET /api/stats/demands': ['200', 'DemandStats'],
      'POST /api/public/demands': ['201', 'Receipt'],
      'GET /api/public/receipts/{receipt}': ['200', 'Receipt'],
      'GET /api/public/board': ['200', 'PublicBoard'],
      'GET /api/openapi.json': ['200', 'OpenApiDocument'],
      'POST /api/__mock/reset': ['201', 'MockReset'],
      'GET /api/__mock/settings': ['200', 'MockSettings'],
      'PUT /api/__mock/settings': ['200', 'MockSettings'],
      'GET /api/admin/users': ['200', 'AccountPage'],
      'POST /api/admin/users': ['201', 'AccountCreated'],
      'PATCH /api/admin/users/{id}': ['200', 'Account'],
      'POST /api/admin/users/{id}/password-reset': ['200', 'PasswordReset'],
      'DELETE /api/admin/users/{id}/sessions': ['204', null],
      'GET /api/admin/audit': ['200', 'AuditPage'],
      'PUT /api/session/password': ['204', null],
      'POST /api/admin/units': ['201', 'Unit'],
      'PATCH /api/admin/units/{id}': ['200', 'Unit'],
    }
    for (const { key, operation } of operations()) {
      const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'))
      const [status, component] = answers[key] ?? ['?', null]
      expect(success, key).toEqual([status])
      const response = operation.responses[status]
      const schema = response && 'content' in response ? response.content?.['application/json'].schema : undefined
      expect(schema, key).toEqual(component ? { $ref: `#/components/schemas/${component}` } : undefined)
    }
    for (const page of ['UserPage', 'UnitPage', 'ItemPage', 'UpdatePage', 'DemandPage', 'AccountPage', 'AuditPage']) {
      expect(schemas[page]?.required, page).toEqual(['items', 'total', 'page', 'pageSize'])
    }
  })

  it('documents the errors each can give, in the Error shape; a 409 carries the current item', () => {
    const expected: Record<string, string[]> = {
      'POST /api/session': ['400', '401', '403', '422', '429'],
      'GET /api/items': ['400', '401'],
      'POST /api/items': ['400', '401', '403', '422'],
      'POST /api/items/batch': ['400', '401', '403', '413', '422'],
      'GET /api/items/{id}': ['401', '404'],
      'PATCH /api/items/{id}': ['400', '401', '403', '404', '409', '422'],
      'POST /api/items/{id}/updates': ['400', '401', '403', '404', '409', '422'],
      'GET /api/stats/summary': ['400', '401'],
      // The QR form's demand may come without a session: the public intake's body cap and rate limit apply.
      'POST /api/demands': ['400', '401', '403', '413', '422', '429'],
      'PATCH /api/demands/{id}': ['400', '401', '403', '404', '422'],
      'POST /api/public/demands': ['400', '413', '422', '429'],
      'GET /api/public/receipts/{receipt}': ['404', '429'],
      'GET /api/users': [],
      'GET /api/openapi.json': [],
      'PUT /api/__mock/settings': ['400', '422'],
    }
    for (const [key, statuses] of Object.entries(expected)) {
      const errors = Object.keys(operation(key).responses).filter((status) => /^[45]/.test(status))
      expect(errors, key).toEqual(statuses)
    }
    for (const { key, operation: op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (status.startsWith('2')) continue
        const resolved = '$ref' in response ? resolvePointer(response.$ref) : response
        const schema =
          isObject(resolved) && isObject(resolved.content) && isObject(resolved.content['application/json'])
            ? resolved.content['application/json'].schema
            : undefined
        expect(JSON.stringify(schema), `${key} ${status}`).toContain('#/components/schemas/Error')
      }
    }
    const conflict = document.components.responses.Conflict?.content?.['application/json'].schema
    expect(conflict).toEqual({
      allOf: [
        { $ref: '#/components/schemas/Error' },
        { type: 'object', required: ['current'], properties: { current: { $ref: '#/components/schemas/Item' } } },
      ],
    })
  })

  it('derives from the route table the answers its data implies', () => {
    for (const endpoint of Object.values<Endpoint>(endpoints)) {
      const op = operation(`${endpoint.method.toUpperCase()} /api${endpoint.path}`)
      const has = (status: string) => op.responses[status] !== undefined
      const key = endpoint.id
      if (endpoint.access !== 'public') expect(has('401'), `${key} 401`).toBe(true)
      if (typeof endpoint.access === 'object') expect(has('403'), `${key} 403`).toBe(true)
      expect(op['x-roles'] !== undefined, `${key} x-roles`).toBe(typeof endpoint.access === 'object')
      expect(has('404'), `${key} 404`).toBe(endpoint.params !== undefined)
      if (endpoint.query || endpoint.body) expect(has('400'), `${key} 400`).toBe(true)
      expect(has('422'), `${key} 422`).toBe(endpoint.body !== undefined)
      expect(has('413'), `${key} 413`).toBe(endpoint.bodyLimit?.code === 'too_large')
      // An intake guard's, and sign-in's (a real server throttles failed passwords, in the docs' own words).
      expect(has('429'), `${key} 429`).toBe(endpoint.guard !== undefined || key === 'signIn')
      const tooMany = op.responses['429']
      if (tooMany) expect(tooMany, key).toMatchObject({ headers: { 'Retry-After': { schema: { type: 'integer' } } } })
      const success = op.responses[String(endpoint.status)]
      const cookie = success && 'headers' in success ? success.headers?.['Set-Cookie'] : undefined
      expect(cookie !== undefined, `${key} Set-Cookie`).toBe(endpoint.session !== undefined)
      expect(op.requestBody !== undefined, `${key} body`).toBe(endpoint.body !== undefined)
      if (endpoint.access === 'public') expect(op.security, key).toBeDefined()
    }
  })

  it('lists the roles a route admits', () => {
    // The role table: a leader creates no items.
    expect(operation('POST /api/items')['x-roles']).toEqual(['supervisor', 'secretary', 'admin'])
    expect(operation('POST /api/items/batch')['x-roles']).toEqual(['supervisor', 'secretary', 'admin'])
  })

  it('gives every error example the Error shape', () => {
    for (const [name, response] of Object.entries(document.components.responses)) {
      const media = response.content?.['application/json']
      if (media?.example !== undefined) expect(check(media.schema, media.example), name).toEqual([])
    }
  })
})

describe('query parameters', () => {
  const names = (key: string) => (operation(key).parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)

  it('of GET /api/items are ItemQuerySchema’s, with its enums', () => {
    expect(names('GET /api/items')).toEqual(Object.keys(ItemQuerySchema.shape))
    expect(names('GET /api/items')).toEqual([
      'list',
      'unit',
      'status',
      'light',
      'category',
      'key',
      'overdue',
      'redList',
      'extended',
      'q',
      'asOf',
      'sort',
      'page',
      'pageSize',
    ])
    const parameters = operation('GET /api/items').parameters ?? []
    const byName = (name: string) => parameters.find((p) => p.name === name)!
    for (const name of ['list', 'unit', 'status', 'light', 'category']) {
      expect(byName(name), name).toMatchObject({ style: 'form', explode: false, schema: { type: 'array' } })
    }
    // Every documented value is accepted, comma-joined as the style says; an undocumented one is refused.
    for (const name of ['status', 'light']) {
      const schema = byName(name).schema
      const values = isObject(schema.items) && Array.isArray(schema.items.enum) ? schema.items.enum.map(String) : []
      expect(values.length, name).toBeGreaterThan(2)
      expect(ItemQuerySchema.safeParse({ [name]: values.join(',') }).success, name).toBe(true)
      expect(ItemQuerySchema.safeParse({ [name]: 'nope' }).success, name).toBe(false)
    }
    for (const name of ['key', 'overdue', 'redList', 'extended']) {
      expect(byName(name).schema).toEqual({ type: 'string', enum: ['true', 'false'] })
      expect(ItemQuerySchema.safeParse({ [name]: 'yes' }).success).toBe(false)
    }
    for (const field of itemSortFields) {
      for (const sort of [field, `-${field}`]) expect(check(byName('sort').schema, sort), sort).toEqual([])
      expect(byName('sort').description).toContain(`\`${field}\``)
    }
    expect(check(byName('sort').schema, 'colour')).not.toEqual([])
    expect(byName('page').schema).toMatchObject({ type: 'integer', minimum: 1, default: 1 })
    expect(byName('pageSize').schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 50 })
    expect(parameters.every((p) => !p.required)).toBe(true)
  })

  it('of the stats and demands', () => {
    // The server always read (and checked) `list` on the summary too; the document now says so.
    expect(names('GET /api/stats/summary')).toEqual(['asOf', 'list'])
    expect(names('GET /api/stats/units')).toEqual(['asOf', 'list'])
    expect(names('GET /api/stats/trend')).toEqual(['asOf', 'list'])
    expect(names('GET /api/stats/categories')).toEqual(['asOf', 'list'])
    expect(names('GET /api/stats/board')).toEqual(['asOf', 'list'])
    expect(names('GET /api/stats/struck-off')).toEqual(['since', 'asOf', 'unit', 'list'])
    expect(names('GET /api/public/board')).toEqual(['unit', 'list', 'page', 'pageSize'])
    expect(names('GET /api/demands')).toEqual(
      expect.arrayContaining(['channel', 'unit', 'status', 'q', 'page', 'pageSize']),
    )
  })

  it('names each path parameter of the path, and no other', () => {
    for (const { key, operation: op } of operations()) {
      const path = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
      expect(path, key).toEqual([...key.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))
      for (const parameter of op.parameters ?? [])
        expect(parameter.description, `${key} ${parameter.name}`).not.toBe('')
    }
  })
})

describe('rules', () => {
  it('writes out the light rule with the numbers of src/domain/light.ts, in x-rules and in Item.light', () => {
    const light = schemas.Item?.properties
    const itemLight = isObject(light) && isObject(light.light) ? String(light.light.description) : ''
    for (const text of [document['x-rules'].light, itemLight]) {
      expect(text).toContain(`more than ${lightRule.redGap} points`)
      expect(text).toContain(`more than ${lightRule.yellowGap} points`)
      expect(text).toContain(`more than ${lightRule.redStaleDays} days`)
      expect(text).toContain(`more than ${lightRule.yellowStaleDays} days`)
      expect(text).toContain(
        `${lightRule.dueSoonDays} days away or less with progress under ${lightRule.dueSoonProgress}`,
      )
    }
  })

  it('writes out the strike-off, append-only, version and item-patch rules and the role table', () => {
    const rules = document['x-rules']
    expect(rules.strikeOff).toMatch(
      /`done`.*progress 100.*completion note.*satisfaction survey reaching the list’s bar/s,
    )
    // Issue 22: a second person confirms, and a survey below the bar sends done work back.
    expect(rules.strikeOff).toMatch(/never the person who reported the work done.*403/s)
    expect(rules.strikeOff).toContain('below the bar sends the item back to `in_progress`')
    expect(rules.itemPatch).toMatch(/a different `deadline` → 422 on `deadline`/)
    expect(rules.itemPatch).toMatch(/needs `reason` \(422 on `reason`\)/)
    expect(rules.appendOnlyUpdates).toContain('append-only')
    expect(rules.versions).toContain('409')
    expect(rules.versions).toContain('`current`')
    expect(rules.itemPatch).toMatch(/never changes `progress` or `status`/)
    expect(operation('PATCH /api/items/{id}')['x-rules']).toEqual(expect.arrayContaining(['itemPatch', 'versions']))
    expect(operation('POST /api/items/{id}/updates')['x-rules']).toEqual(
      expect.arrayContaining(['strikeOff', 'appendOnlyUpdates', 'versions']),
    )
    expect(document.info.description).toContain('| action | `leader` | `supervisor` | `secretary` | `admin` |')
    // Only a leader posts a 批示 (instruction); a leader's `status` is the strike-off (issue 22).
    expect(document.info.description).toContain(
      '| post update kinds | `instruction`, `status` | all but `reply`, `instruction` | `progress`, `status`, `reply`, `extension` on own unit | all but `instruction` |',
    )
    expect(document.info.description).toContain(
      '| strike off (`done` → `closed`) | yes, x-rules.strikeOff | yes, x-rules.strikeOff | no | yes, x-rules.strikeOff |',
    )
    expect(document.info.description).toContain('| set a list’s satisfaction bar for strike-off | no | no | no | yes |')
    for (const { operation: op } of operations())
      for (const rule of op['x-rules'] ?? []) expect(rules[rule]).toBeTruthy()
  })
})

describe('component schemas', () => {
  const names = Object.keys(schemas)

  it('include every schema of src/domain/model with a meta id, and the route table’s envelopes', () => {
    const modules = import.meta.glob<Record<string, unknown>>(['/src/domain/model/*.ts'], {
      eager: true,
    })
    const ids = Object.values(modules).flatMap((exports) =>
      Object.values(exports).flatMap((value) => {
        const id = value instanceof z.core.$ZodType ? z.globalRegistry.get(value)?.id : undefined
        return typeof id === 'string' ? [id] : []
      }),
    )
    expect(ids.length).toBeGreaterThanOrEqual(25)
    expect(names).toEqual(expect.arrayContaining(ids))
    expect(names).toEqual(expect.arrayContaining(['UserPage', 'UnitPage', 'ItemPage', 'UpdatePage', 'DemandPage']))
  })

  it('write a record keyed by an enum as an object with every key, as zod requires it', () => {
    const walk = (node: JsonValue, at: string): string[] => {
      if (Array.isArray(node)) return node.flatMap((entry, index) => walk(entry, `${at}/${index}`))
      if (!isObject(node)) return []
      const here = isObject(node.propertyNames) && 'enum' in node.propertyNames ? [at] : []
      return [...here, ...Object.entries(node).flatMap(([key, entry]) => walk(entry, `${at}/${key}`))]
    }
    expect(walk(tree, '#')).toEqual([])
    const stats = schemas.DemandStats?.properties
    const count = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }
    for (const [name, keys] of [
      ['byStatus', demandStatuses],
      ['byChannel', demandChannels],
    ] as const) {
      expect(isObject(stats) && stats[name], name).toEqual({
        type: 'object',
        properties: Object.fromEntries(keys.map((key) => [key, count])),
        required: [...keys],
        additionalProperties: false,
      })
    }
    const sample = samples.DemandStats as { byChannel: Record<string, number> }
    const { qr_form: _dropped, ...withoutOne } = sample.byChannel
    expect(check({ $ref: '#/components/schemas/DemandStats' }, { ...sample, byChannel: withoutOne })).toEqual([
      '$.byChannel: missing qr_form',
    ])
  })

  it('each have a sample here', () => {
    expect(names.filter((name) => zodOf(name).sample === undefined)).toEqual([])
  })

  it.each(names)('%s accepts a realistic sample that its zod schema accepts', (name) => {
    const { schema, io, sample } = zodOf(name)
    const parsed = schema.safeParse(sample)
    expect(parsed.error, name).toBeUndefined()
    // A request body is what the client sends (the input); a response what the backend produces (the output).
    expect(check({ $ref: `#/components/schemas/${name}` }, io === 'input' ? sample : parsed.data)).toEqual([])
  })

  it.each(names)('%s refuses the sample without a required field, as zod does', (name) => {
    const { schema, sample } = zodOf(name)
    const required = schemas[name]?.required
    if (!Array.isArray(required) || required.length === 0 || !isObject(sample)) return
    for (const field of required.map(String)) {
      const { [field]: _dropped, ...rest } = sample
      expect(check({ $ref: `#/components/schemas/${name}` }, rest).length, `${name} without ${field}`).toBeGreaterThan(
        0,
      )
      expect(schema.safeParse(rest).success, `${name} without ${field}`).toBe(false)
    }
  })

  it('refuse values outside an enum, of the wrong type, or beyond a bound', () => {
    const item = (change: Record<string, unknown>) =>
      check({ $ref: '#/components/schemas/Item' }, { ...(samples.Item as object), ...change })
    expect(item({ light: 'blue' })).toEqual(['$.light: "blue" not in enum'])
    expect(item({ progress: 101 })).toEqual(['$.progress: above 100'])
    expect(item({ version: '3' })).toEqual(['$.version: not of type integer'])
    expect(item({ extra: true })).toEqual(['$: unexpected property extra'])
    expect(check({ $ref: '#/components/schemas/UpdateDraft' }, { kind: 'urge', note: '请尽快回复' })).toEqual([
      '$: matches 0 oneOf branches',
    ])
  })
})
