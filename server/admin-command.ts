import { parseArgs } from 'node:util'
import { newId } from '@/core/store'
import { auditEntry } from '@/core/use-cases/accounts'
import { UsernameSchema, type Account } from '@/domain/model/account'
import { passwordProblem } from '@/domain/user-admin'
import { configFromEnv } from './config'
import { openDatabase } from './db/database'
import { migrate } from './db/migrate'
import { isEmpty } from './db/seed'
import { writeSkeleton } from './start'
import { writeAccount } from './store/pg-accounts'

// `npm run admin -- create-admin --username NAME [--name 姓名]`: the first administrator of a real deployment
// (issue 23). The password is read from the terminal without echo, twice, or from the first line of stdin
// when it is not a terminal. The database is migrated (and given the campaign skeleton) if it is new.
// With the embedded database, stop the server first (PGlite allows one process per folder); on PostgreSQL a
// running server signs the new administrator in at once.

const usage = 'usage: npm run admin -- create-admin --username NAME [--name 姓名]'
function fail(message: string): never {
  console.error(`[admin] ${message}`)
  process.exit(1)
}

/** One line from the terminal with echo off (raw mode), or the next line of piped stdin. */
async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin
  if (!stdin.isTTY) return (await pipedLines()).shift() ?? ''
  process.stdout.write(prompt)
  stdin.setRawMode(true)
  stdin.resume()
  stdin.setEncoding('utf8')
  return new Promise((resolve) => {
    let value = ''
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.off('data', onData)
          stdin.setRawMode(false)
          stdin.pause()
          process.stdout.write('\n')
          return resolve(value)
        }
        if (char === '\u0003') {
          stdin.setRawMode(false)
          process.stdout.write('\n')
          process.exit(130)
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1)
        else value += char
      }
    }
    stdin.on('data', onData)
  })
}

let piped: Promise<string[]> | undefined
function pipedLines(): Promise<string[]> {
  return (piped ??= new Promise((resolve) => {
    let text = ''
    process.stdin.setEncoding('utf8')
    process.stdin.on('data', (chunk: string) => (text += chunk))
    process.stdin.on('end', () => resolve(text.split(/\r?\n/)))
  }))
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { username: { type: 'string' }, name: { type: 'string' } },
})
if (positionals[0] !== 'create-admin') fail(usage)
const username = UsernameSchema.safeParse(values.username ?? '')
if (!username.success)
  fail(`${values.username ? username.error.issues[0]?.message : '请用 --username 给出用户名'}\n${usage}`)
const name = (values.name ?? '系统管理员').trim()
if (name.length === 0 || name.length > 20) fail('姓名为 1–20 字')

const options = configFromEnv()
const db = await openDatabase(options)
try {
  const applied = await migrate(db)
  if (applied.length > 0) console.log(`[admin] migrations applied: ${applied.join(', ')}`)
  if (await isEmpty(db)) {
    await writeSkeleton(db)
    console.log('[admin] empty database: wrote the campaign, its lists and the units')
  }
  const taken = await db.query('SELECT 1 FROM users WHERE username = $1', [username.data])
  if (taken.rows.length > 0) fail(`用户名 ${username.data} 已被使用`)

  const password = await readSecret(`为 ${username.data} 设置密码（不回显）：`)
  const problem = passwordProblem(password, username.data)
  if (problem) fail(problem)
  if (process.stdin.isTTY && (await readSecret('再输入一次：')) !== password) fail('两次输入的密码不一致')

  const account: Account = {
    id: newId('user'),
    name,
    role: 'admin',
    unitId: null,
    username: username.data,
    phone: null,
    disabled: false,
    mustChangePassword: false,
  }
  await db.transaction((sql) =>
    writeAccount(sql, account, {
      password,
      audit: auditEntry(null, 'create_admin', account, new Date(), `创建管理员 ${account.username}`),
    }),
  )
  console.log(`[admin] created administrator ${name} (username ${username.data}); sign in with it in the app`)
} finally {
  await db.close()
}
