import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { unitsQuery } from '@/api/units'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { tp } from '@/lib/strings/page-strings'
import { QrCode } from './components/qr-code'
import styles from './poster-route.module.css'

/** 一码一表: a printable poster per unit with the QR code of its public demand form. */
export function PosterRoute() {
  const [params, setParams] = useSearchParams()
  const units = useQuery(unitsQuery())
  const id = useId()
  const unitId = params.get('unit') ?? ''
  const unit = units.data?.items.find((entry) => entry.id === unitId)
  const address = unit ? new URL(`/submit/${encodeURIComponent(unit.id)}`, window.location.origin).toString() : ''

  return (
    <div className={styles.page} data-print-poster>
      <div className={styles.screenOnly}>
        <PageHeader
          title={tp.poster.title}
          description={tp.poster.intro}
          actions={<Link to="/demands">{tp.poster.back}</Link>}
        />
        {!units.data ? (
          <QueryFallback queries={[units]} />
        ) : (
          <div className={styles.controls}>
            <label htmlFor={id}>{tp.poster.unit}</label>
            <select
              id={id}
              value={unitId}
              onChange={(event) => setParams(event.target.value ? { unit: event.target.value } : {})}
            >
              <option value="">{tp.poster.chooseUnit}</option>
              {units.data.items.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </select>
            <button type="button" className={styles.print} disabled={!unit} onClick={() => window.print()}>
              {tp.poster.print}
            </button>
          </div>
        )}
      </div>
      {unit ? (
        <article className={styles.poster} aria-label={tp.poster.qrLabel(unit.name)}>
          <p className={styles.kicker}>{tp.poster.heading}</p>
          <h2 className={styles.unit}>{unit.name}</h2>
          <p className={styles.call}>{tp.poster.subheading}</p>
          <QrCode className={styles.qr} text={address} label={tp.poster.qrLabel(unit.name)} />
          <ul className={styles.lines}>
            {tp.poster.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className={styles.address}>
            {tp.poster.address} <span>{address}</span>
          </p>
        </article>
      ) : null}
    </div>
  )
}
