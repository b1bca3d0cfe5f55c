import type { FieldErrors } from './item-checks'

type Issue = { path: readonly PropertyKey[]; message: string }

/** Schema issues → the contract's `fields`: the first message per dotted path (`_` for the whole body). */
export function issueFields(issues: readonly Issue[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of issues) {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '_'
    fields[path] ??= issue.message
  }
  return fields
}

/**
 * Schema issues → a form's field errors: the first message per top-level field (`_` for the whole
 * body), to show next to the field a person typed in; issueFields keeps the whole path instead.
 */
export function fieldIssues(issues: readonly Issue[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of issues) fields[issue.path.length > 0 ? String(issue.path[0]) : '_'] ??= issue.message
  return fields
}

/** The 400 message for a query string its schema refused: names the first parameter at fault. */
export function queryProblem(issues: readonly Issue[]): string {
  const [first] = issues
  const name = first?.path.map(String).join('.') || first?.message || ''
  return `查询参数有误：${name}`
}
