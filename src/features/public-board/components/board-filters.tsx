import { useId } from 'react'
import type { CampaignList } from '@/domain/model/campaign'
import { unitKinds, type UnitKind } from '@/domain/model/unit'
import { listLabel } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import type { BoardParams } from '../use-board-params'
import styles from './board-filters.module.css'

type Props = {
  params: BoardParams
  onChange: (change: Partial<BoardParams>) => void
  units: readonly { id: string; name: string; kind: UnitKind }[]
  lists: readonly CampaignList[]
}

/** Unit and list pickers (native selects, so a phone shows its own wheel); a change goes to the address. */
export function BoardFilters({ params, onChange, units, lists }: Props) {
  const unitId = useId()
  const listId = useId()
  return (
    <form
      className={styles.filters}
      role="search"
      aria-label={t.publicBoard.filters}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className={styles.field}>
        <label htmlFor={unitId}>{t.publicBoard.unit}</label>
        <select
          id={unitId}
          value={params.unit ?? ''}
          onChange={(event) => onChange({ unit: event.target.value || undefined })}
        >
          <option value="">{t.publicBoard.allUnits}</option>
          {unitKinds.map((kind) => {
            const ofKind = units.filter((unit) => unit.kind === kind)
            return ofKind.length === 0 ? null : (
              <optgroup key={kind} label={t.publicBoard.unitKinds[kind]}>
                {ofKind.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </optgroup>
            )
          })}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={listId}>{t.publicBoard.list}</label>
        <select
          id={listId}
          value={params.list ?? ''}
          onChange={(event) => onChange({ list: event.target.value || undefined })}
        >
          <option value="">{t.publicBoard.allLists}</option>
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {listLabel(list)}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}
