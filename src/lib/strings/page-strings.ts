import type { Widen } from './strings'
import { zhCNPages } from './zh-cn-pages'

export type PageStrings = Widen<typeof zhCNPages>

/** The page catalogue in use (see strings.ts for the shell and the wall). */
export const tp: PageStrings = zhCNPages
