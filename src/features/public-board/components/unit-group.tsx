import { useId, useState } from 'react'
import { Link } from 'react-router'
import { LightBadge } from '@/components/light-badge'
import { ProgressBar } from '@/components/progress-bar'
import { StatusBadge } from '@/components/status-badge'
import { TableFrame } from '@/components/table-frame'
import type { PublicItem } from '@/domain/model/public-board'
import type { UnitKind } from '@/domain/model/unit'
import { isFinished } from '@/domain/status'
import { formatDate } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import styles from './unit-group.module.css'

type Props = {
  unit: { id: string; name: string; kind: UnitKind }
  items: readonly PublicItem[]
  listName: (listId: string) => string
}

/** One unit on the board: a heading that opens its items (the accordion pattern), closed at first. */
export function UnitGroup({ unit, items, listName }: Props) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const done = items.filter((item) => isFinished(item.status)).length
  return (
    <section className={styles.group}>
      <div className={styles.head}>
        <h2 className={styles.heading}>
          <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
            <span className={styles.chevron} aria-hidden="true" />
            {t.publicBoard.unitHeading(unit.name, items.length)}
          </button>
        </h2>
        <div className={styles.summary}>
          <ProgressBar size="sm" value={done} max={items.length} label={`${unit.name} ${t.wall.done}`} valueText={t.publicBoard.unitDone(done, items.length)} />
          <span className={styles.done}>{t.publicBoard.unitDone(done, items.length)}</span>
        </div>
        {unit.kind === 'grassroots' ? (
          <Link to={`/submit/${encodeURIComponent(unit.id)}`} className={styles.submit}>
            {t.publicBoard.submitLink}
          </Link>
        ) : null}
      </div>
      <div id={panelId} hidden={!open}>
        {open ? (
          <TableFrame caption={unit.name} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t.list.code}</th>
                <th scope="col">{t.list.title}</th>
                <th scope="col">{t.list.list}</th>
                <th scope="col">{t.list.beneficiaries}</th>
                <th scope="col">{t.list.status}</th>
                <th scope="col">{t.list.progress}</th>
                <th scope="col">{t.list.light}</th>
                <th scope="col">{t.list.deadline}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td data-nowrap>{item.code}</td>
                  <th scope="row" className={styles.title}>
                    {item.title}
                  </th>
                  <td data-nowrap>{listName(item.listId)}</td>
                  <td>{item.beneficiaries}</td>
                  <td>
                    <StatusBadge status={item.status} />
                  </td>
                  <td>
                    <div className={styles.progress}>
                      <ProgressBar size="sm" value={item.progress} label={`${item.code} ${t.list.progress}`} valueText={`${item.progress}%`} />
                      <span>{item.progress}%</span>
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
        ) : null}
      </div>
    </section>
  )
}
