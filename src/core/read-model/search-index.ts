import { searchTextHas } from '@/domain/item-query'

/**
 * Free text at 50,000 items without reading 50,000 texts per request: every pair of adjacent characters
 * (bigram, UTF-16 code units) of each item's search text maps to the ascending list of the item slots
 * whose text holds it. An item whose text contains the needle holds every bigram of the needle, so
 * intersecting the needle's lists gives a superset of the matches; each candidate is then checked with
 * the domain's rule (searchTextHas, as itemMatcher does) on the same text, so answers equal a full scan.
 * Kept per write: `set` moves one slot between the lists its old and new text differ in.
 */
export class SearchIndex {
  private readonly texts: (string | undefined)[] = []
  /** Bigram (two UTF-16 code units as one int32) → ascending slots. */
  private readonly postings = new Map<number, number[]>()

  /** The text of `slot` (the item's itemSearchText). Slots added in ascending order are appended. */
  set(slot: number, text: string): void {
    const old = this.texts[slot]
    if (old === text) return
    const before = old === undefined ? noGrams : bigramsOf(old)
    const after = bigramsOf(text)
    for (const gram of before) if (!after.has(gram)) remove(this.postings.get(gram), slot)
    for (const gram of after) {
      if (before.has(gram)) continue
      const list = this.postings.get(gram)
      if (list) insert(list, slot)
      else this.postings.set(gram, [slot])
    }
    this.texts[slot] = text
  }

  /**
   * Ascending slots whose text holds every bigram of `needle` (a superset of those containing it), or null
   * for a needle of one character: it matches most items anyway, the caller looks at them all.
   */
  candidates(needle: string): readonly number[] | null {
    if (needle.length < 2) return null
    const lists: number[][] = []
    for (const gram of bigramsOf(needle)) {
      const list = this.postings.get(gram)
      if (!list || list.length === 0) return []
      lists.push(list)
    }
    lists.sort((a, b) => a.length - b.length)
    let result: readonly number[] = lists[0]!
    // Checking a few candidates' text costs less than intersecting more long lists.
    for (let n = 1; n < lists.length && result.length > enoughToCheck; n += 1) result = intersect(result, lists[n]!)
    return result
  }

  /**
   * Ascending slots whose text holds `needle` by the domain's rule (searchTextHas): the candidates checked
   * against the texts kept here (every text for a needle of one character).
   */
  matching(needle: string): number[] {
    const texts = this.texts
    const found: number[] = []
    const candidates = this.candidates(needle)
    if (candidates) {
      for (const slot of candidates) if (searchTextHas(texts[slot]!, needle)) found.push(slot)
    } else {
      for (let slot = 0; slot < texts.length; slot += 1) {
        const text = texts[slot]
        if (text !== undefined && searchTextHas(text, needle)) found.push(slot)
      }
    }
    return found
  }

  /** Slots held over all bigrams: the index's size (start-up log). */
  get entries(): number {
    let total = 0
    for (const list of this.postings.values()) total += list.length
    return total
  }
}

const enoughToCheck = 32
const noGrams: ReadonlySet<number> = new Set()

/** A text's distinct bigrams, each as `first << 16 | second` (a small integer for the Map). */
function bigramsOf(text: string): Set<number> {
  const grams = new Set<number>()
  for (let i = 0; i + 1 < text.length; i += 1) grams.add((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1))
  return grams
}

/** First index in the ascending `list` at or after `from` whose value is ≥ `value`. */
function lowerBound(list: readonly number[], value: number, from = 0): number {
  let low = from
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (list[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

function insert(list: number[], slot: number) {
  if (list.length === 0 || list[list.length - 1]! < slot) {
    list.push(slot)
    return
  }
  const at = lowerBound(list, slot)
  if (list[at] !== slot) list.splice(at, 0, slot)
}

function remove(list: number[] | undefined, slot: number) {
  if (!list) return
  const at = lowerBound(list, slot)
  if (list[at] === slot) list.splice(at, 1)
}

/** The values in both ascending lists; `small` is walked, `large` searched from where the last one was. */
function intersect(small: readonly number[], large: readonly number[]): number[] {
  const out: number[] = []
  let from = 0
  for (const value of small) {
    from = lowerBound(large, value, from)
    if (from === large.length) break
    if (large[from] === value) out.push(value)
  }
  return out
}
