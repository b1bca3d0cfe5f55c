import { z } from 'zod/mini'
import { IdSchema, TextSchema } from './common'

export const roles = ['leader', 'supervisor', 'secretary', 'admin'] as const
export const RoleSchema = z.enum(roles)
export type Role = z.infer<typeof RoleSchema>

export const UserSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    role: RoleSchema,
    /** Set for secretaries (their grassroots unit); may be set for others as their home unit. */
    unitId: z.nullable(IdSchema),
    title: z
      .optional(z.string())
      .register(z.globalRegistry, { description: 'Job title shown next to the name, e.g. 党委副书记.' }),
    mustChangePassword: z.optional(z.boolean()).register(z.globalRegistry, {
      description:
        'Present (true) after a new account or a password reset: only the password change is open until then.',
    }),
  })
  .register(z.globalRegistry, { id: 'User' })
export type User = z.infer<typeof UserSchema>

export const SessionSchema = z
  .object({ user: UserSchema, token: z.string() })
  .register(z.globalRegistry, { id: 'Session' })
export type Session = z.infer<typeof SessionSchema>

export const SignInSchema = z
  .union([
    z.object({ userId: IdSchema }),
    z.object({
      username: TextSchema.check(z.minLength(1, '请输入用户名')),
      password: TextSchema.check(z.minLength(1, '请输入密码')),
    }),
  ])
  .register(z.globalRegistry, {
    id: 'SignIn',
    description: '`{userId}` on the mock; `{username, password}` on a real server.',
  })
export type SignIn = z.infer<typeof SignInSchema>
