import type { SeedSize } from '@/core/seed/create-seed'
import type { StartOptions } from './start'

const devOrigins = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173']

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === '' ? fallback : /^(1|true|yes|on)$/i.test(value)

/** TRUST_PROXY: how many reverse proxies append to X-Forwarded-For (0 default; the old `true` means 1). */
function proxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  if (/^(true|yes|on)$/i.test(value)) return 1
  if (/^(false|no|off)$/i.test(value)) return 0
  throw new Error(`TRUST_PROXY must be a number of proxies (0, 1, 2…), not ${JSON.stringify(value)}`)
}

/** The server's settings from the environment (README, "The server"). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): StartOptions {
  const production = env.NODE_ENV === 'production'
  const testHooks = flag(env.SERVER_TEST_HOOKS, false)
  if (production && testHooks) throw new Error('SERVER_TEST_HOOKS is refused when NODE_ENV=production')
  // The demo (its users, its seeded campaign, the password-less `{userId}` sign-in) only when asked for:
  // never because NODE_ENV happens to be unset (issue 23).
  const demo = flag(env.DEMO, false)
  if (production && demo) throw new Error('DEMO is refused when NODE_ENV=production')
  return {
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    appDir: env.APP_DIR || undefined,
    dataDir: `${(env.DATA_DIR ?? '.data').replace(/\/+$/, '')}/pglite`,
    seedWhenEmpty: demo,
    seedSize: (env.SEED_SIZE === 'large' ? 'large' : 'demo') satisfies SeedSize,
    demoSignIn: demo,
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : devOrigins,
    secureCookies: flag(env.SECURE_COOKIES, production),
    testHooks,
    sessionDays: Number(env.SESSION_DAYS ?? 7),
    trustProxy: proxyHops(env.TRUST_PROXY),
  }
}
