// What the server may write about a failure (issue 23): the error's kind, its code and message and where it
// was thrown. Never the error object itself: a logged object prints every property, and libraries attach
// what they were given (PGlite its SQL parameters, an HTTP client its request). Database errors reach here
// already without their values (server/db/database.ts).

export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`
  const code = (error as { code?: unknown }).code
  const head = `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${error.message}`
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
  return [head, ...frames.slice(0, 12)].join('\n')
}
