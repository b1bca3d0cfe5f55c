import { useSearchParams } from 'react-router-dom'

export type BoardParams = { unit: string | undefined; list: string | undefined; page: number }

/** The board's choices live in the address (?unit=&list=&page=): a unit's notice can be bookmarked or put in a QR code. */
export function useBoardParams(): [
  BoardParams,
  (change: Partial<BoardParams>) => void,
  (change: Partial<BoardParams>) => string,
] {
  const [params, setParams] = useSearchParams()
  const page = Number.parseInt(params.get('page') ?? '', 10)
  const current: BoardParams = {
    unit: params.get('unit') || undefined,
    list: params.get('list') || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
  const searchFor = (change: Partial<BoardParams>) => {
    const next = { ...current, page: 1, ...change }
    const search = new URLSearchParams()
    if (next.unit) search.set('unit', next.unit)
    if (next.list) search.set('list', next.list)
    if (next.page > 1) search.set('page', String(next.page))
    const text = search.toString()
    return text ? `?${text}` : ''
  }
  return [current, (change) => setParams(new URLSearchParams(searchFor(change))), searchFor]
}
