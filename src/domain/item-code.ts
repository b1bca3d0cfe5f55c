/** The next code in a list: the prefix and one more than the highest number, at least three digits wide. */
export function nextItemCode(prefix: string, codes: Iterable<string>): string {
  let max = 0
  let width = 3
  for (const code of codes) {
    const digits = code.slice(prefix.length + 1)
    width = Math.max(width, digits.length)
    max = Math.max(max, Number.parseInt(digits, 10) || 0)
  }
  return `${prefix}-${String(max + 1).padStart(width, '0')}`
}
