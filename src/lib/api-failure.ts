import { ApiError, errorMessage } from '@/api/errors'

/** Each refused field's own message where there are any, else the message. */
export const fieldsText = (fields: Readonly<Record<string, string>> | undefined, message: string) => {
  const messages = Object.values(fields ?? {})
  return messages.length > 0 ? messages.join('；') : message
}

/** The server's reason for a refused request, as a person reads it (a 422's field messages first). */
export function failureText(error: unknown): string {
  return error instanceof ApiError ? fieldsText(error.fields, error.message) : errorMessage(error)
}
