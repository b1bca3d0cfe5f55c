import { z } from 'zod/mini'

export const errorCodes = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'validation',
  'too_large',
  'unsupported_media_type',
  'rate_limited',
  'server_error',
  'not_initialised',
  'unavailable',
] as const
export const ErrorCodeSchema = z.enum(errorCodes)
export type ErrorCode = z.infer<typeof ErrorCodeSchema>

export const errorStatus: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  server_error: 500,
  not_initialised: 503,
  /** The database cannot be reached for now (restarting): nothing was written, ask again shortly. */
  unavailable: 503,
}

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string().register(z.globalRegistry, { description: 'Chinese, for a person.' }),
      fields: z.optional(z.record(z.string(), z.string())),
    }),
    current: z
      .optional(z.unknown())
      .register(z.globalRegistry, { description: 'With 409: the resource as it is now.' }),
  })
  .register(z.globalRegistry, { id: 'Error' })
export type ErrorBody = z.infer<typeof ErrorBodySchema>
