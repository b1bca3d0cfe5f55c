import { isIsoDate } from '@/domain/dates'

/** The wall's "as of" date in its address (?asOf=YYYY-MM-DD); undefined (today) when absent or malformed. */
export function asOfFrom(params: URLSearchParams): string | undefined {
  const raw = params.get('asOf')
  return raw !== null && isIsoDate(raw) ? raw : undefined
}
