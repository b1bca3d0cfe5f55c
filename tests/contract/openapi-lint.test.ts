// @vitest-environment node
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

// docs/openapi.json through an independent linter: Redocly CLI with the project's redocly.yaml (its
// recommended ruleset, strict), exactly as `npm run openapi:lint` runs it. tests/contract/openapi.test.ts keeps
// the file equal to what the code builds, so this lints the code's document.

const root = fileURLToPath(new URL('../..', import.meta.url))
const cli = join(root, 'node_modules/@redocly/cli/bin/cli.js')
const documentPath = join(root, 'docs/openapi.json')

type Problem = { ruleId: string; severity: string; message: string; location?: { pointer?: string }[] }
type Report = { totals: { errors: number; warnings: number }; problems: Problem[] }

async function lint(file: string): Promise<{ exitCode: number; report: Report }> {
  const run = promisify(execFile)
  const args = [cli, 'lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json']
  const options = { cwd: root, env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, maxBuffer: 1 << 24 }
  try {
    const { stdout } = await run(process.execPath, args, options)
    return { exitCode: 0, report: JSON.parse(stdout) as Report }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    if (!failed.stdout) throw new Error(`redocly did not run: ${failed.stderr ?? String(error)}`)
    return { exitCode: failed.code ?? 1, report: JSON.parse(failed.stdout) as Report }
  }
}

const listed = (report: Report) =>
  report.problems.map((problem) => `${problem.ruleId} at ${problem.location?.[0]?.pointer ?? '?'}: ${problem.message}`)

describe('Redocly’s linter (redocly.yaml)', () => {
  it('finds nothing in docs/openapi.json', async () => {
    const { exitCode, report } = await lint(documentPath)
    expect(listed(report)).toEqual([])
    expect(exitCode).toBe(0)
  })

  it('fails a document that breaks one of its rules, even one the plain ruleset only warns about', async () => {
    const broken = JSON.parse(readFileSync(documentPath, 'utf8')) as {
      components: { schemas: Record<string, { required?: string[] }> }
    }
    const user = broken.components.schemas.User
    if (!user?.required) throw new Error('no User schema with required properties')
    // A required property that is not defined: `recommended` warns, the strict form in redocly.yaml fails.
    user.required.push('nickname')
    const folder = mkdtempSync(join(tmpdir(), 'openapi-lint-'))
    try {
      const file = join(folder, 'openapi.json')
      writeFileSync(file, JSON.stringify(broken))
      const { exitCode, report } = await lint(file)
      expect(exitCode).not.toBe(0)
      expect(report.problems.map((problem) => `${problem.ruleId} ${problem.severity}`)).toEqual([
        'no-required-schema-properties-undefined error',
      ])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
