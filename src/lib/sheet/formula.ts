// A spreadsheet runs a cell that begins with = + - @ (and, in some, a tab or carriage return) as a
// formula. Exports prefix such text with an apostrophe so it stays text; imports take the prefix off.
// Text that already begins with apostrophes before such a character gets one more, so the pair of
// functions is a bijection: restoreCell(neutraliseCell(text)) === text for every text.

const guarded = /^'*[=+\-@\t\r]/
const restorable = /^'+[=+\-@\t\r]/

export function neutraliseCell(text: string): string {
  return guarded.test(text) ? `'${text}` : text
}

export function restoreCell(text: string): string {
  return restorable.test(text) ? text.slice(1) : text
}

/** Text a spreadsheet would take for a formula when typed in as is. */
export function looksLikeFormula(text: string): boolean {
  return text.startsWith('=')
}
