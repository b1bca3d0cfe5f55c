import { appendFileSync } from 'node:fs'
import { inject } from 'vitest'

// HTTP to the server of global-setup.ts, as one client or another (X-Forwarded-For: the server trusts one
// proxy), and the record of what the run sent that must never reach the server's log.

export const baseUrl = inject('securityBaseUrl')

export type Reply = { status: number; body: unknown; headers: Headers }

export async function call(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; rawBody?: string; client?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.client) headers['x-forwarded-for'] = options.client
  let body: string | undefined
  if (options.rawBody !== undefined) body = options.rawBody
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

/** The error envelope's fields, when there are any. */
export const fieldsOf = (reply: Reply) =>
  (reply.body as { error?: { fields?: Record<string, string> } } | null)?.error?.fields ?? {}

/** Records a secret the run sent: log-scan.test.ts fails if the server wrote it anywhere. */
export function remember(...secrets: string[]): void {
  for (const secret of secrets) appendFileSync(inject('securitySecrets'), `${JSON.stringify(secret)}\n`)
}

const octet = () => Math.floor(Math.random() * 254) + 1
/** A client address no other test of the run uses in practice (each starts with a fresh intake limit). */
export const freshClient = () => `10.${octet()}.${octet()}.${octet()}`

/** Signs in as a demo user (the development server's password-less form); the token is remembered. */
export async function signIn(userId: string): Promise<string> {
  const reply = await call('POST', '/session', { body: { userId } })
  if (reply.status !== 201)
    throw new Error(`sign-in as ${userId} failed: ${reply.status} ${JSON.stringify(reply.body)}`)
  const token = (reply.body as { token: string }).token
  remember(token)
  return token
}
