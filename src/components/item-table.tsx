import { Link } from 'react-router-dom'
import type { Item } from '@/domain/model/item'
import { formatDate } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import styles from './item-table.module.css'
import { LightBadge } from './light-badge'
import { ProgressBar } from './progress-bar'
import { StatusBadge } from './status-badge'
import { TableFrame } from './table-frame'

type Props = {
  caption: string
  items: readonly Item[]
  /** Names each item's unit; left out where every item is the same unit's. */
  unitName?: (unitId: string) => string
  /** Adds a column naming each item's list, for tables that mix lists. */
  listName?: (listId: string) => string
}

/** Items as a ledger shows them: code, title, unit, status, progress, light, deadline. */
export function ItemTable({ caption, items, unitName, listName }: Props) {
  return (
    <TableFrame caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.list.code}</th>
          <th scope="col">{t.list.title}</th>
          {listName ? <th scope="col">{t.list.list}</th> : null}
          {unitName ? <th scope="col">{t.list.unit}</th> : null}
          <th scope="col">{t.list.status}</th>
          <th scope="col">{t.list.progress}</th>
          <th scope="col">{t.list.light}</th>
          <th scope="col">{t.list.deadline}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td data-nowrap>
              <Link to={`/items/${encodeURIComponent(item.id)}`}>{item.code}</Link>
            </td>
            <th scope="row" className={styles.title}>
              {item.title}
              {item.key ? <span className={styles.key}>{t.list.keyBadge}</span> : null}
            </th>
            {listName ? <td data-nowrap>{listName(item.listId)}</td> : null}
            {unitName ? <td>{unitName(item.unitId)}</td> : null}
            <td>
              <StatusBadge status={item.status} />
            </td>
            <td>
              <div className={styles.progress}>
                <ProgressBar
                  size="sm"
                  value={item.progress}
                  label={`${item.code} ${t.list.progress}`}
                  valueText={`${item.progress}%`}
                />
                <span className={styles.percent}>{item.progress}%</span>
              </div>
            </td>
            <td>
              <LightBadge light={item.light} />
            </td>
            <td data-nowrap>
              <time dateTime={item.deadline}>{formatDate(item.deadline)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  )
}
