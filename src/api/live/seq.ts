// The highest sequence this client has seen, from any answer's x-seq header or the live stream. Sent back as
// x-seen-seq so that a server instance behind it catches up before answering (read your own writes).

let highest: number | null = null

/** Remembers a sequence (a header's text or a number); lower or unreadable values change nothing. */
export function noteSeq(value: string | number | null | undefined): void {
  const seq = typeof value === 'number' ? value : Number(value ?? NaN)
  if (Number.isSafeInteger(seq) && seq >= 0 && (highest === null || seq > highest)) highest = seq
}

/** Null until an answer or the stream said a sequence. */
export function seenSeq(): number | null {
  return highest
}
