// Whether the machine has a font for Chinese. Without one, Chromium draws the app's text as empty boxes,
// found by searching every installed font for each character: the page's layout and paint, and so the
// timings and Lighthouse's scores, are not those of a phone or of a CI machine with `fonts-noto-cjk`.
import { execFileSync } from 'node:child_process'

/** A fontconfig family that covers Simplified Chinese (Noto Sans CJK SC when installed), or undefined. */
export function cjkFont(): string | undefined {
  let families: string[]
  try {
    families = execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' })
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((family) => family.trim())
      .filter(Boolean)
  } catch {
    return undefined
  }
  return families.find((family) => family === 'Noto Sans CJK SC') ?? families.sort()[0]
}
