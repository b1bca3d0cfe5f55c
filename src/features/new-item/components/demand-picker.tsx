import { useQuery } from '@tanstack/react-query'
import { demandsQuery } from '@/api/demands'
import { formatInstant } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from './item-form.module.css'

type Props = {
  unitId: string
  selected: readonly string[]
  onChange: (ids: string[]) => void
  error?: string | undefined
}

/** The unit's demands not yet answered by an item, to tick the ones this item takes up. */
export function DemandPicker({ unitId, selected, onChange, error }: Props) {
  const demands = useQuery({ ...demandsQuery({ unit: unitId, pageSize: 500 }), enabled: unitId !== '' })
  const offered = (demands.data?.items ?? []).filter(
    (demand) => selected.includes(demand.id) || (demand.status === 'new' && demand.itemId === null),
  )
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((entry) => entry !== id))
  return (
    <fieldset className={styles.demands} aria-describedby="demands-hint" aria-invalid={Boolean(error)}>
      <legend className={styles.label}>{tp.newItem.demands}</legend>
      <p id="demands-hint" className={styles.hint}>
        {tp.newItem.demandsHint}
      </p>
      {error ? <p className={styles.error}>{error}</p> : null}
      {!demands.data ? (
        <p className={styles.hint}>{demands.isError ? t.errors.network : tp.newItem.demandsLoading}</p>
      ) : offered.length === 0 ? (
        <p className={styles.hint}>{tp.newItem.demandsNone}</p>
      ) : (
        <ul className={styles.demandList}>
          {offered.map((demand) => (
            <li key={demand.id}>
              <label className={styles.demand}>
                <input
                  type="checkbox"
                  checked={selected.includes(demand.id)}
                  onChange={(event) => toggle(demand.id, event.target.checked)}
                />
                <span>
                  <span className={styles.demandMeta}>
                    {demand.receipt} · {tp.channel[demand.channel]} · {formatInstant(demand.submittedAt)}
                  </span>
                  <span className={styles.demandText}>{demand.text}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
