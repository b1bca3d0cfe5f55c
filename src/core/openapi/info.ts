import { sessionCookieName } from '@/contract/session-cookie'
import { roles, type Role } from '@/domain/model/user'
import { postedKinds } from '@/domain/model/item'
import { updateKindsFor } from '@/domain/permissions'
import type { SecuritySchemeObject, TagObject } from './types'

// The document's front matter: info.description (with the role table), the tags and the security schemes.

export const tags = [
  { name: 'session', description: 'Signing in and out; the demo users.' },
  { name: 'campaign', description: 'The campaign, its lists and categories, and the units.' },
  { name: 'items', description: 'The items (实事项目) of every list.' },
  { name: 'updates', description: 'The dated, append-only history of an item.' },
  { name: 'supervision', description: 'The supervision queue (督办): what needs a supervisor now.' },
  { name: 'stats', description: 'Counts for the board, replayed to any past date.' },
  { name: 'demands', description: 'Workers’ demands (诉求) from every channel, and their triage.' },
  { name: 'public', description: 'What workers may see without signing in (公示).' },
  { name: 'accounts', description: 'People administration (admins) and the audit log; everyone’s own password.' },
  { name: 'document', description: 'This document.' },
  {
    name: 'mock only',
    description:
      'Served only by the in-browser mock (msw), behind the UI’s 演示数据 menu. A real server does not serve these.',
  },
] as const satisfies readonly TagObject[]

export type Tag = (typeof tags)[number]['name']
/** The tag of every endpoint the route table marks `mockOnly`, and of no other. */
export const mockOnlyTag: Tag = 'mock only'

export const securitySchemes = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description: 'The `token` of POST /session, as `Authorization: Bearer <token>`.',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookieName,
    description: 'A real server’s HttpOnly session cookie, set by POST /session (clients never read it).',
  },
} satisfies Record<string, SecuritySchemeObject>

function updateKindsCell(role: Role): string {
  const kinds = updateKindsFor({ id: role, name: role, role, unitId: null })
  const missing = postedKinds.filter((kind) => !kinds.includes(kind))
  const quoted = (list: readonly string[]) => list.map((kind) => `\`${kind}\``).join(', ')
  const cell =
    missing.length === 0 ? 'all' : missing.length < kinds.length ? `all but ${quoted(missing)}` : quoted(kinds)
  return role === 'secretary' ? `${cell} on own unit` : cell
}

const roleRows: readonly (readonly [string, Record<Role, string>])[] = [
  [
    'read everything except the public board’s hidden fields',
    { leader: 'yes', supervisor: 'yes', secretary: 'yes', admin: 'yes' },
  ],
  [
    'create an item',
    {
      leader: 'no',
      supervisor: 'any list',
      secretary: 'lists of level `grassroots` (双百), own unit only',
      admin: 'yes',
    },
  ],
  [
    'edit content fields (with a reason), demand links; never a closed item',
    { leader: 'no', supervisor: 'yes', secretary: 'own unit', admin: 'yes' },
  ],
  ['set progress, status up to `done`', { leader: 'no', supervisor: 'yes', secretary: 'own unit', admin: 'yes' }],
  [
    'move an item back from `done` or `closed` (with a reason)',
    { leader: 'no', supervisor: 'yes', secretary: 'no', admin: 'yes' },
  ],
  [
    'request an extension (申请延期): the only way a deadline moves',
    { leader: 'no', supervisor: 'yes', secretary: 'own unit', admin: 'yes' },
  ],
  [
    'approve or refuse an extension request',
    { leader: 'no', supervisor: 'yes, not their own', secretary: 'no', admin: 'yes, not their own' },
  ],
  [
    'set `key` (select the key items, up to the list’s `keyTarget`)',
    { leader: 'no', supervisor: 'yes', secretary: 'no', admin: 'yes' },
  ],
  [
    'strike off (`done` → `closed`)',
    {
      leader: 'yes, x-rules.strikeOff',
      supervisor: 'yes, x-rules.strikeOff',
      secretary: 'no',
      admin: 'yes, x-rules.strikeOff',
    },
  ],
  ['set a list’s satisfaction bar for strike-off', { leader: 'no', supervisor: 'no', secretary: 'no', admin: 'yes' }],
  [
    'post update kinds',
    {
      leader: updateKindsCell('leader'),
      supervisor: updateKindsCell('supervisor'),
      secretary: updateKindsCell('secretary'),
      admin: updateKindsCell('admin'),
    },
  ],
  ['record or triage demands', { leader: 'no', supervisor: 'yes', secretary: 'own unit', admin: 'yes' }],
]

const roleNames: Record<Role, string> = {
  leader: '集团领导',
  supervisor: '督办 / 巡回指导组',
  secretary: '支部书记, bound to one grassroots unit',
  admin: '系统管理员',
}

const roleTable = [
  `| action | ${roles.map((role) => `\`${role}\``).join(' | ')} |`,
  `|---|${roles.map(() => '---|').join('')}`,
  ...roleRows.map(([action, cells]) => `| ${action} | ${roles.map((role) => cells[role]).join(' | ')} |`),
].join('\n')

export const infoDescription = `REST contract of 办实事作战图, the board of the “我为职工办实事” campaign (shared/CONTRACT.md, in full).
Rendered from the route table (src/contract/) and the domain's zod schemas (src/domain/model/) by src/core/openapi/; docs/openapi.json
is its committed copy, and a test fails when the two differ (\`npm run openapi\` rewrites it). The in-browser mock (msw) and every real
backend serve it.

JSON bodies in UTF-8. Dates \`YYYY-MM-DD\` (China time), instants ISO 8601 with an offset. Every non-2xx answer has the body
\`Error\`: \`{"error": {"code", "message" (Chinese, for a person), "fields" (validation only: field → why)}}\`;
a 409 also carries \`current\`. Request bodies are checked by the schema named in each operation: malformed JSON → 400,
well-formed but invalid → 422 naming each bad field. No text accepts a control character other than tab, newline and carriage
return (422 naming the field).

## Sessions
\`POST /session\` answers \`{user, token}\`. Send \`Authorization: Bearer <token>\` (scheme \`bearerAuth\`); a real server also sets
an HttpOnly session cookie (scheme \`sessionCookie\`) that works instead. No or an expired session → 401.

## Roles
\`leader\` (${roleNames.leader}), \`supervisor\` (${roleNames.supervisor}), \`secretary\` (${roleNames.secretary}), \`admin\` (${roleNames.admin}).
Every rule is enforced by the backend; the UI only mirrors it (x-rules.roles).

${roleTable}

## Rules
Written out in \`x-rules\` (light, strikeOff, statusTransitions, appendOnlyUpdates, versions, itemPatch, roles); each operation's
\`x-rules\` names those that apply to it.

## Additions to CONTRACT.md, and why
CONTRACT.md names the minimum; nothing of it is renamed here. Added:
- Fields beyond the minimum (e.g. \`Item.completionNote\` for the strike-off, \`Item.urge\` for the urge ladder and red list,
  \`Item.lastUpdate\` for ledgers, \`Demand.receipt\` for workers to look their demand up): each is described in its schema.
- Filters \`category\`, \`redList\` and \`asOf\` on GET /items and \`item\`, \`stage\` on GET /demands: see each parameter.
- The public intake: POST /public/demands and GET /public/receipts/{receipt} (\`Receipt\`), GET /stats/demands, \`Demand.item\`, and the
  error code \`too_large\` (413) for a body over the intake's cap.
- GET /stats/struck-off (the briefing's items struck off in a period); filters, paging and counts on GET /public/board.
- Named envelopes (\`UserPage\`, \`ItemPage\`, …), \`CurrentUser\`, \`UpdatePosted\`: so that client generators get named types.
- Status codes: creating answers 201; a \`default\` response documents the codes CONTRACT.md does not list but \`Error.code\` has
  (\`rate_limited\` 429, \`server_error\` 500, which the mock also injects on demand), same body.
- The session cookie's name \`session\`: OpenAPI needs one; clients never read it.
- \`x-rules\`: \`statusTransitions\` (the one-step status rule, which strike-off and reopening build on) and \`roles\` (how a
  refusal is answered) join the rules asked for.
- \`x-roles\` on an operation whose route admits only some roles (src/domain/permissions.ts): those roles; any other gets 403.
- The mock-only endpoints (tag “mock only”), which a real server does not serve.`
