import { zhCN } from './zh-cn'

/** The shape every language file fills: the Chinese catalogue with its leaves widened to string. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> }

export type Strings = Widen<typeof zhCN>

/** The catalogue in use. There is one language today; this is where a second would be chosen. */
export const t: Strings = zhCN
