import type { SeedSize } from '@/core/seed/create-seed'
import type { StartOptions } from './start'

const devOrigins = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173']

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === '' ? fallback : /^(1|true|yes|on)$/i.test(value)

/** The server's settings from the environment (README, "The server"). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): StartOptions {
  const production = env.NODE_ENV === 'production'
  const testHooks = flag(env.SERVER_TEST_HOOKS, false)
  if (production && testHooks) throw new Error('SERVER_TEST_HOOKS is refused when NODE_ENV=production')
  const demoSignIn = flag(env.DEMO_SIGN_IN, !production)
  if (production && demoSignIn) throw new Error('DEMO_SIGN_IN is refused when NODE_ENV=production')
  return {
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: `${(env.DATA_DIR ?? '.data').replace(/\/+$/, '')}/pglite`,
    seedWhenEmpty: flag(env.SEED_WHEN_EMPTY, !production),
    seedSize: (env.SEED_SIZE === 'large' ? 'large' : 'demo') satisfies SeedSize,
    demoSignIn,
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : devOrigins,
    secureCookies: flag(env.SECURE_COOKIES, production),
    testHooks,
    sessionDays: Number(env.SESSION_DAYS ?? 7),
    trustProxy: flag(env.TRUST_PROXY, false),
  }
}
