import { nextItemCode } from '@/domain/item-code'

describe('nextItemCode', () => {
  it('starts at 001 in an empty list', () => {
    expect(nextItemCode('SB', [])).toBe('SB-001')
  })

  it('is one more than the highest number, not the count (codes may have gaps)', () => {
    expect(nextItemCode('SB', ['SB-002', 'SB-010', 'SB-003'])).toBe('SB-011')
  })

  it('keeps at least three digits and grows wider as needed', () => {
    expect(nextItemCode('BJ', ['BJ-008'])).toBe('BJ-009')
    expect(nextItemCode('SB', ['SB-999'])).toBe('SB-1000')
    expect(nextItemCode('SB', ['SB-0042'])).toBe('SB-0043')
  })

  it('ignores codes without a number', () => {
    expect(nextItemCode('SB', ['SB-abc', 'SB-004'])).toBe('SB-005')
  })
})
