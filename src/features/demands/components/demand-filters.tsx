import { useId, type FormEvent } from 'react'
import { demandChannels, demandStatuses } from '@/domain/model/demand'
import { demandStages, type DemandFilters } from '@/domain/model/demand-query'
import { textLimits } from '@/domain/model/text-limits'
import type { Unit } from '@/domain/model/unit'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import type { FilterName } from '../use-demand-filters'
import styles from './demand-filters.module.css'

type Props = {
  filters: DemandFilters
  /** Undefined while the units load: the unit select waits, disabled, and the form keeps the unit applied. */
  units: readonly Unit[] | undefined
  onApply: (next: Partial<Record<FilterName, string>>) => void
  active: boolean
}

/**
 * A plain GET-style form: choosing and pressing 筛选 writes the filters to the URL. It is whole from the
 * first frame, so the page below does not move when the units' names come.
 */
export function DemandFiltersForm({ filters, units, onApply, active }: Props) {
  const id = useId()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const value = (name: FilterName) => String(data.get(name) ?? '')
    onApply({
      channel: value('channel'),
      unit: value('unit'),
      status: value('status'),
      stage: value('stage'),
      q: value('q'),
    })
  }
  // Keyed by the filters so that going back in history shows the filters of that entry.
  return (
    <form
      key={JSON.stringify(filters)}
      className={styles.filters}
      role="search"
      aria-label={tp.demands.filters}
      onSubmit={submit}
    >
      <div className={styles.field}>
        <label htmlFor={`${id}-channel`}>{tp.demands.channel}</label>
        <select id={`${id}-channel`} name="channel" defaultValue={filters.channel ?? ''}>
          <option value="">{tp.demands.allChannels}</option>
          {demandChannels.map((channel) => (
            <option key={channel} value={channel}>
              {tp.channel[channel]}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-unit`}>{tp.demands.unit}</label>
        {units ? (
          <select id={`${id}-unit`} name="unit" defaultValue={filters.unit ?? ''}>
            <option value="">{tp.demands.allUnits}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        ) : (
          <>
            {/* A disabled control is not submitted: the unit applied now goes with the form as it is. */}
            <select id={`${id}-unit`} disabled>
              <option>{filters.unit ? t.states.loading : tp.demands.allUnits}</option>
            </select>
            <input type="hidden" name="unit" value={filters.unit ?? ''} />
          </>
        )}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-status`}>{tp.demands.status}</label>
        <select id={`${id}-status`} name="status" defaultValue={filters.status ?? ''}>
          <option value="">{tp.demands.allStatuses}</option>
          {demandStatuses.map((status) => (
            <option key={status} value={status}>
              {t.demandStatus[status]}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-stage`}>{tp.demands.stage}</label>
        <select id={`${id}-stage`} name="stage" defaultValue={filters.stage ?? ''}>
          <option value="">{tp.demands.allStages}</option>
          {demandStages.map((stage) => (
            <option key={stage} value={stage}>
              {tp.demands.stages[stage]}
            </option>
          ))}
        </select>
      </div>
      <div className={`${styles.field} ${styles.search}`}>
        <label htmlFor={`${id}-q`}>{tp.demands.search}</label>
        <input id={`${id}-q`} name="q" type="search" maxLength={textLimits.search} defaultValue={filters.q ?? ''} />
      </div>
      <div className={styles.buttons}>
        <button type="submit" className={styles.primary}>
          {tp.demands.apply}
        </button>
        {active ? (
          <button type="button" className={styles.secondary} onClick={() => onApply({})}>
            {tp.demands.clear}
          </button>
        ) : null}
      </div>
    </form>
  )
}
