import { readFileSync } from 'node:fs'
import { inject } from 'vitest'
import { call, freshClient, remember, signIn } from './client'

// Runs last (vitest.config.ts): everything the server wrote during the run, scanned for what the tests sent
// that must never be logged — phone numbers, demand texts, session tokens (remembered by the other files and
// by this one). A log line may say method, path, status and duration; never a body, a parameter or a token.

describe('the server’s log', () => {
  it('carries no phone, demand text or token the run sent', async () => {
    // A few more of the kind, through each way in: signed in, by cookie, without a session, refused and failed.
    const token = await signIn('secretary-zhuzhuang')
    const phone = '13700009876'
    const text = '希望矿区医务室夜间值班（日志扫描）'
    remember(phone, text)
    await call('POST', '/demands', {
      token,
      body: { channel: 'symposium', unitId: 'zhuzhuang', text, submitterName: '孙悟空', submitterPhone: phone },
    })
    await call('POST', '/public/demands', {
      client: freshClient(),
      body: { unitId: 'zhuzhuang', text: `${text}\u0000`, submitterPhone: phone },
    })
    await call('GET', `/demands?q=${encodeURIComponent(text)}&phone=${phone}`, { token })
    await call('GET', `/items?q=${phone}`, { token })
    const signedIn = await call('POST', '/session', { body: { username: 'admin-1', password: 'demo' } })
    if (signedIn.status === 201) remember((signedIn.body as { token: string }).token)
    await call('POST', '/session', { body: { username: 'admin-1', password: `wrong-${phone}` } })
    // Let the server flush what it writes.
    await new Promise((resolve) => setTimeout(resolve, 500))

    const log = readFileSync(inject('securityServerLog'), 'utf8')
    expect(log).toContain('listening on')
    const secrets = readFileSync(inject('securitySecrets'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as string)
      .filter((secret) => secret.length >= 6)
    expect(secrets.length).toBeGreaterThan(10)
    const found = secrets.filter((secret) => log.includes(secret) || log.includes(secret.trim()))
    expect(found, `secrets in the server's log:\n${log}`).toEqual([])
    // Nor anything shaped like a mobile number or a bearer token.
    expect(log).not.toMatch(/1[3-9]\d{9}/)
    expect(log).not.toMatch(/Bearer\s+\S+/i)
  })
})
