import { HttpFailure } from './failure'

// Password sign-in against guessing (issue 23): failures are counted per account and per client address;
// after a few failures each further try must wait longer (growing delays), then the account (or the address)
// is locked for a while. The server keeps the counts in its database (server/auth/sign-in-throttle.ts), so
// they survive a restart and hold across server instances; the mock has none (it is not a real server).

export type SignInPolicy = {
  /** Failures of an account before each further try must wait. */
  freeFailures: number
  /** The wait after the first failure past the free ones; doubled after each further failure. */
  firstDelaySeconds: number
  maxDelaySeconds: number
  /** Failures of an account (within `windowSeconds` of the first) that lock it for `lockSeconds`. */
  lockAfter: number
  windowSeconds: number
  lockSeconds: number
  /** Failures from one client address (any accounts, within `windowSeconds`) that lock the address. */
  clientLockAfter: number
}

export const signInPolicy: SignInPolicy = {
  freeFailures: 3,
  firstDelaySeconds: 1,
  maxDelaySeconds: 60,
  lockAfter: 10,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
  clientLockAfter: 30,
}

/** The wait after an account's `failures`-th failure (0 while they are free, or once locked). */
export function delayAfter(failures: number, policy: SignInPolicy): number {
  if (failures < policy.freeFailures || failures >= policy.lockAfter) return 0
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** (failures - policy.freeFailures))
}

export interface SignInThrottle {
  /** Throws 429 with Retry-After while the account or the client address must wait or is locked. */
  admit(account: string, client: string): Promise<void>
  /** Counts a failed password sign-in (unknown accounts too: the answer must not tell them apart). */
  failed(account: string, client: string): Promise<void>
  /** A successful sign-in forgets the account's failures. */
  succeeded(account: string): Promise<void>
}

/** 429: “登录尝试过于频繁，请 N 分钟后再试” (seconds under a minute). */
export function signInRefused(retryAfterSeconds: number): HttpFailure {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
  const wait = seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
  return new HttpFailure('rate_limited', `登录尝试过于频繁，请 ${wait}后再试`, undefined, undefined, {
    'Retry-After': String(seconds),
  })
}
