import { useCallback } from 'react'
import { useSearchParams } from 'react-router-dom'
import { isIsoDate } from '@/domain/dates'

export type BriefingParams = {
  /** The day the briefing counts to; undefined: today. */
  asOf: string | undefined
  /** The last briefing's day; undefined: the previous month-end. */
  since: string | undefined
  /** One unit's briefing; undefined: the whole campaign. */
  unit: string | undefined
}

const date = (value: string | null) => (value !== null && isIsoDate(value) ? value : undefined)

/** The briefing's choices live in the address (?asOf=&since=&unit=), so a briefing can be linked and reprinted. */
export function useBriefingParams(): [BriefingParams, (change: Partial<BriefingParams>) => void] {
  const [params, setParams] = useSearchParams()
  const current: BriefingParams = {
    asOf: date(params.get('asOf')),
    since: date(params.get('since')),
    unit: params.get('unit') || undefined,
  }
  const update = useCallback(
    (change: Partial<BriefingParams>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [name, value] of Object.entries(change)) {
            if (value) next.set(name, value)
            else next.delete(name)
          }
          return next
        },
        { replace: true },
      ),
    [setParams],
  )
  return [current, update]
}
