import { z } from 'zod/mini'
import { IdSchema, InstantSchema, PhoneSchema, TextSchema } from './common'
import { RoleSchema, UserSchema } from './user'

// People administration (issue 23): the accounts an admin keeps, what they send to create one, the one-time
// passwords they are shown, and the audit log of their actions.

/** A user as an admin sees them: with the sign-in name, the phone and the account's state. */
export const AccountSchema = z
  .extend(UserSchema, {
    username: z.string(),
    phone: z.nullable(z.string()),
    disabled: z.boolean(),
    mustChangePassword: z
      .boolean()
      .register(z.globalRegistry, { description: 'Set by a new account or a reset: the next sign-in must change it.' }),
  })
  .register(z.globalRegistry, { id: 'Account' })
export type Account = z.infer<typeof AccountSchema>

export const UsernameSchema = TextSchema.check(
  z.trim(),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/, '用户名为 3–32 位字母、数字或 . _ -，以字母或数字开头'),
)

const PersonNameSchema = TextSchema.check(z.trim(), z.minLength(1, '请填写姓名'), z.maxLength(20, '姓名不超过 20 字'))
const TitleSchema = TextSchema.check(z.trim(), z.maxLength(40, '职务不超过 40 字'))

export const NewAccountSchema = z
  .object({
    name: PersonNameSchema,
    username: UsernameSchema,
    role: RoleSchema,
    unitId: z.nullable(IdSchema),
    phone: z.optional(PhoneSchema),
    title: z.optional(TitleSchema),
  })
  .register(z.globalRegistry, { id: 'NewAccount' })
export type NewAccount = z.infer<typeof NewAccountSchema>

export const AccountCreatedSchema = z
  .object({
    account: AccountSchema,
    initialPassword: z
      .string()
      .register(z.globalRegistry, { description: 'Shown once to the admin; never stored or logged in clear.' }),
  })
  .register(z.globalRegistry, { id: 'AccountCreated' })

/** Disable or enable, and/or change the person's details (a move to another unit, a new phone, a new role). */
export const AccountPatchSchema = z
  .object({
    disabled: z.optional(z.boolean()),
    name: z.optional(PersonNameSchema),
    role: z.optional(RoleSchema),
    unitId: z.optional(z.nullable(IdSchema)),
    phone: z.optional(z.nullable(PhoneSchema)),
    title: z.optional(z.nullable(TitleSchema)),
  })
  .register(z.globalRegistry, { id: 'AccountPatch' })
export type AccountPatch = z.infer<typeof AccountPatchSchema>

export const PasswordResetSchema = z
  .object({
    account: AccountSchema,
    code: z
      .string()
      .register(z.globalRegistry, { description: 'A one-time password, shown once; the user changes it at sign-in.' }),
  })
  .register(z.globalRegistry, { id: 'PasswordReset' })

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, '请输入当前密码'), z.maxLength(200)),
    newPassword: z.string().check(z.minLength(1, '请输入新密码'), z.maxLength(200, '密码不超过 200 个字符')),
  })
  .register(z.globalRegistry, { id: 'PasswordChange' })

export const auditActions = [
  'create_admin',
  'create_user',
  'disable_user',
  'enable_user',
  'reset_password',
  'revoke_sessions',
  'change_password',
  'edit_user',
  'create_unit',
  'change_unit',
] as const
export const AuditActionSchema = z.enum(auditActions)
export type AuditAction = z.infer<typeof AuditActionSchema>

/** One line of the audit log: who did what to whom, when. Never a password or a code. */
export const AuditEntrySchema = z
  .object({
    id: IdSchema,
    at: InstantSchema,
    actorId: z.nullable(z.string()).register(z.globalRegistry, { description: 'null: the server command.' }),
    actorName: z.string(),
    action: AuditActionSchema,
    targetId: z.nullable(z.string()),
    targetName: z.nullable(z.string()),
    detail: z.string(),
  })
  .register(z.globalRegistry, { id: 'AuditEntry' })
export type AuditEntry = z.infer<typeof AuditEntrySchema>
