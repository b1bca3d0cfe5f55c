import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { onServer } from './backend'
import { openBrowser, type Session } from './browser'

// The foundation in a real browser: the production demo build, the msw service worker answering,
// the seeded campaign on the wall, roles in the navigation, demo data kept across a reload.

let session: Session
beforeEach(async () => {
  session = await openBrowser()
})
afterEach(async () => {
  await session.close()
})

/** The mock's sign-in page lists the demo users; a real server's asks for username and password ("demo"). */
async function signInAs(name: RegExp, username: string) {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1, name: '登录作战图' }).waitFor()
  if (onServer) {
    await page.getByLabel('用户名').fill(username)
    await page.getByLabel('密码').fill('demo')
    await page.getByRole('button', { name: '登录', exact: true }).click()
  } else {
    await page.getByRole('button', { name }).click()
  }
  // Signed in once the app has left the sign-in page for `next`.
  await page.waitForURL((url) => url.pathname !== '/sign-in')
}

describe('the demo campaign in Chromium', () => {
  it('sends a signed-out visitor to sign-in, and shows the leader the seeded figures on the wall', async () => {
    await signInAs(/方国栋/, 'leader-1')
    const { page } = session
    const doubleHundred = page.getByRole('region', { name: '“双百”行动', exact: true })
    const done = doubleHundred.getByRole('progressbar').first()
    await expect.poll(() => done.getAttribute('aria-valuenow')).toBe('231')
    expect(await done.getAttribute('aria-valuemax')).toBe('471')
    const key = doubleHundred.getByRole('progressbar').nth(1)
    expect(await key.getAttribute('aria-valuenow')).toBe('34')
    expect(await key.getAttribute('aria-valuemax')).toBe('100')
    await expect.poll(() => page.getByRole('region', { name: '职工诉求' }).textContent()).toContain('467')
    const nav = page.getByRole('navigation', { name: '主导航' })
    expect(await nav.getByRole('link', { name: '督办' }).count()).toBe(1)
    expect(await nav.getByRole('link', { name: '本单位' }).count()).toBe(0)
    expect(session.errors).toEqual([])
  })

  it('keeps the session where page scripts cannot read it on the server, and sends the HTML with a CSP', async () => {
    await signInAs(/方国栋/, 'leader-1')
    const { page, baseUrl } = session
    const stored = await page.evaluate(() => localStorage.getItem('bsstzz.session'))
    // The server's session is the httpOnly cookie only; the mock (no server, no cookie) keeps its token.
    if (onServer) expect(stored).toBe('cookie')
    else expect(stored).toMatch(/.{16,}/)
    const html = await page.request.get(`${baseUrl}/`)
    const policy = html.headers()['content-security-policy'] ?? ''
    expect(policy).toMatch(/frame-ancestors 'none'/)
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(html.headers()['x-content-type-options']).toBe('nosniff')
    // Reloaded, the app is still signed in (the wall's early requests ride on the cookie too).
    await page.reload()
    await page.getByRole('navigation', { name: '主导航' }).waitFor()
    expect(session.errors).toEqual([])
  })

  it('gives a branch secretary their unit in the navigation', async () => {
    await signInAs(/刘长海/, 'secretary-zhuzhuang')
    const nav = session.page.getByRole('navigation', { name: '主导航' })
    await nav.getByRole('link', { name: '本单位' }).waitFor()
    expect(await nav.getByRole('link', { name: '督办' }).count()).toBe(0)
    expect(session.errors).toEqual([])
  })

  it(`keeps a change to the demo data across a reload (${onServer ? 'the server' : 'browser storage'})`, async () => {
    await signInAs(/钱卫东/, 'supervisor-1')
    const { page, baseUrl } = session
    await page.getByRole('navigation', { name: '主导航' }).waitFor()
    const note = `现场查看：进度属实 ${Date.now()}`
    // Through the app's own API as the signed-in supervisor; the UI for it is the supervision issue's.
    const itemId = await page.evaluate(async (text) => {
      // On the server the session is only in the httpOnly cookie: storage keeps the marker 'cookie', no token.
      const token = localStorage.getItem('bsstzz.session')
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (token !== 'cookie') headers.authorization = `Bearer ${token}`
      const listReply = await fetch('/api/items?list=eight&pageSize=1', { headers })
      const list = await listReply.json()
      if (!list.items) throw new Error(`list refused: ${listReply.status} ${JSON.stringify(list)} token=${token}`)
      const id = list.items[0].id as string
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
      const reply = await fetch(`/api/items/${id}/updates`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ kind: 'inspection', note: text, visitedOn: today }),
      })
      if (reply.status !== 201) throw new Error(`update refused: ${reply.status}`)
      return id
    }, note)
    await page.reload()
    await page.goto(`${baseUrl}/items/${itemId}`)
    await page.getByText(note).waitFor()
    expect(session.errors).toEqual([])
  })

  it('fits a phone: no horizontal scrolling on the wall or the public board', async () => {
    await session.page.setViewportSize({ width: 390, height: 844 })
    await signInAs(/方国栋/, 'leader-1')
    const { page, baseUrl } = session
    await page.getByRole('region', { name: '“双百”行动', exact: true }).waitFor()
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(await overflow()).toBeLessThanOrEqual(0)
    await page.goto(`${baseUrl}/public`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await overflow()).toBeLessThanOrEqual(0)
    expect(session.errors).toEqual([])
  })
})
