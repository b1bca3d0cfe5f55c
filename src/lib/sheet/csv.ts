// RFC 4180 CSV, as Excel reads and writes it: a byte-order mark so it detects UTF-8, CRLF line ends,
// quotes around fields that hold a comma, a quote or a line break.

const bom = '\uFEFF'

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return bom + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}

/** Rows of fields; a trailing line break does not make an empty last row. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(bom) ? input.slice(1) : input
  const rows: string[][] = []
  let row: string[] = []
  let value = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const char = text[i]!
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          value += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        value += char
      }
      i += 1
      continue
    }
    if (char === '"' && value === '') quoted = true
    else if (char === ',') {
      row.push(value)
      value = ''
    } else if (char === '\r' || char === '\n') {
      row.push(value)
      rows.push(row)
      row = []
      value = ''
      if (char === '\r' && text[i + 1] === '\n') i += 1
    } else value += char
    i += 1
  }
  if (value !== '' || row.length > 0) {
    row.push(value)
    rows.push(row)
  }
  return rows
}

/** Decodes a CSV file: UTF-8 when it is valid UTF-8, else GB 18030 (what Excel saves on a Chinese Windows). */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}
