import { useState } from 'react'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { dateOf } from '@/domain/dates'
import { previousMonthEnd } from '@/domain/briefing'
import { tp } from '@/lib/strings/page-strings'
import { useBriefingParams } from './briefing-params'
import { briefingText } from './briefing-text'
import { BriefingControls } from './components/briefing-controls'
import { BriefingDocument } from './components/briefing-document'
import { copyText } from './copy-text'
import { useBriefing } from './use-briefing'
import styles from './report-route.module.css'

type CopyState = 'idle' | 'copied' | 'failed'

/** 通报: the monthly progress briefing for any date and unit, to print (A4) or copy as text. */
export function ReportRoute() {
  const [params, setParams] = useBriefingParams()
  // The browser's day bounds the date picker; the server still refuses a later date.
  const today = dateOf(new Date())
  const state = useBriefing({ ...params, asOf: params.asOf && params.asOf <= today ? params.asOf : undefined })
  const [copy, setCopy] = useState<CopyState>('idle')
  const { briefing } = state
  const asOf = briefing?.asOf ?? params.asOf
  const defaultSince = asOf ? previousMonthEnd(asOf) : undefined

  const change = (next: Parameters<typeof setParams>[0]) => {
    setCopy('idle')
    setParams(next)
  }

  return (
    <>
      <div className={styles.screenOnly}>
        <PageHeader
          title={tp.report.title}
          description={tp.report.intro}
          actions={
            briefing ? (
              <>
                <button type="button" className={styles.action} onClick={() => window.print()}>
                  {tp.report.print}
                </button>
                <button
                  type="button"
                  className={styles.action}
                  onClick={() => {
                    void copyText(briefingText(briefing)).then((ok) => setCopy(ok ? 'copied' : 'failed'))
                  }}
                >
                  {tp.report.copy}
                </button>
              </>
            ) : null
          }
        />
        <p role="status" className={copy === 'failed' ? styles.failed : styles.status}>
          {copy === 'copied' ? tp.report.copied : copy === 'failed' ? tp.report.copyFailed : ''}
        </p>
        <BriefingControls
          params={params}
          onChange={change}
          units={state.units}
          asOf={asOf}
          since={state.since}
          defaultSince={defaultSince}
          lastMonthEnd={previousMonthEnd(today)}
          today={today}
        />
        {state.sinceIgnored ? <p className={styles.failed}>{tp.report.sinceAfterAsOf}</p> : null}
      </div>
      {briefing ? <BriefingDocument briefing={briefing} /> : <QueryFallback queries={state.queries} />}
    </>
  )
}
