// `{name}` placeholders, filled from one or two sets of values. Templates are split once and cached:
// the large seed fills a few hundred thousand of them.

type Vars = Readonly<Record<string, string | number>>

const compiled = new Map<string, readonly string[]>()

/** Literal text at even indexes, placeholder names at odd ones. */
function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template)
  if (parts === undefined) compiled.set(template, (parts = template.split(/\{(\w+)\}/)))
  return parts
}

/** Replaces `{name}` from `more`, then `vars`; an unknown name stays as it is, so a gap shows (the tests look for braces). */
export function fill(template: string, vars: Vars, more?: Vars): string {
  const parts = partsOf(template)
  if (parts.length === 1) return template
  let out = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!
    const value = more?.[name] ?? vars[name]
    out += (value === undefined ? `{${name}}` : String(value)) + parts[i + 1]!
  }
  return out
}
