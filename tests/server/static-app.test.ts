import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withStaticApp } from '../../server/static-app'

// The built app served beside the API (APP_DIR): its pages carry HSTS only behind HTTPS.
describe('the app beside the API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-app-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>作战图</title>')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const api = () => new Response('{}', { headers: { 'content-type': 'application/json' } })

  it.each([
    [true, 'max-age=31536000; includeSubDomains'],
    [false, null],
  ])('with hsts %s sends Strict-Transport-Security %s on a page', async (hsts, expected) => {
    const fetch = withStaticApp(api, dir, { hsts })
    const page = await fetch(new Request('http://app.test/items/abc'))
    expect(page.status).toBe(200)
    expect(page.headers.get('strict-transport-security')).toBe(expected)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
