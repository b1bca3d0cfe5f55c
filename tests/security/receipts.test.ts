import { intakeLimits } from '@/domain/intake-limits'
import { call, freshClient, signIn } from './client'

// Issue 23: receipt numbers came from Math.random with 10^6 values. Now BS- and 11 digits from Web Crypto;
// look-ups stay rate-limited per client.

describe('receipt numbers', () => {
  it('are BS- and eleven digits, distinct, and their digits look uniform', async () => {
    const token = await signIn('supervisor-1')
    const receipts: string[] = []
    for (let n = 0; n < 60; n += 1) {
      const reply = await call('POST', '/demands', {
        token,
        body: { channel: 'symposium', unitId: 'zhuzhuang', text: `回执号熵检查第 ${n} 条诉求` },
      })
      expect(reply.status).toBe(201)
      receipts.push((reply.body as { receipt: string }).receipt)
    }
    for (const receipt of receipts) expect(receipt).toMatch(/^BS-\d{11}$/)
    expect(new Set(receipts).size).toBe(receipts.length)
    // 660 digits: each of 0–9 expected 66 times; a chi-square over 9 degrees of freedom stays far below 40
    // for a uniform source (p < 10^-5 above it). A constant, sequential or clock-based source fails.
    const counts = Array.from({ length: 10 }, () => 0)
    for (const receipt of receipts) for (const digit of receipt.slice(3)) counts[Number(digit)]! += 1
    const expected = (receipts.length * 11) / 10
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0)
    expect(chiSquare).toBeLessThan(40)
    // Every position varies (no fixed prefix, no counter).
    for (let position = 3; position < 14; position += 1)
      expect(new Set(receipts.map((receipt) => receipt[position])).size, `position ${position}`).toBeGreaterThan(3)
  })

  it('look-ups are limited per client: guessing stays slow', async () => {
    const client = freshClient()
    for (let n = 0; n < intakeLimits.lookup.limit; n += 1) {
      const reply = await call('GET', `/public/receipts/BS-${String(n).padStart(11, '0')}`, { client })
      expect(reply.status).toBe(404)
    }
    const over = await call('GET', '/public/receipts/BS-00000000001', { client })
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
