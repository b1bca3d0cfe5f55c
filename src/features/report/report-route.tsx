import { useState } from 'react'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { dateOf } from '@/domain/dates'
import { previousMonthEnd, type Briefing } from '@/domain/briefing'
import { tp } from '@/lib/strings/page-strings'
import { useBriefingParams } from './briefing-params'
import { briefingText } from './briefing-text'
import { BriefingControls } from './components/briefing-controls'
import { BriefingDocument } from './components/briefing-document'
import { copyText } from './copy-text'
import { useBriefing } from './use-briefing'
import styles from './report-route.module.css'

/** What the last action (copy, Word) reports in the one status line; null: nothing to say. */
type Notice = { text: string; failed: boolean } | null

/** Builds the Word copy and hands it to the download; the `docx` library is fetched only now (its own chunk). */
async function downloadWord(briefing: Briefing): Promise<string> {
  const [{ briefingDocx, briefingFileName, docxType }, { saveFile }] = await Promise.all([
    import('./briefing-docx'),
    import('@/lib/sheet/download'),
  ])
  const name = briefingFileName(briefing)
  saveFile(await briefingDocx(briefing), name, docxType)
  return name
}

/** 通报: the monthly progress briefing for any date and unit, to print (A4) or copy as text. */
export function ReportRoute() {
  const [params, setParams] = useBriefingParams()
  // The browser's day bounds the date picker; the server still refuses a later date.
  const today = dateOf(new Date())
  const state = useBriefing({ ...params, asOf: params.asOf && params.asOf <= today ? params.asOf : undefined })
  const [notice, setNotice] = useState<Notice>(null)
  const [buildingWord, setBuildingWord] = useState(false)
  const { briefing } = state
  const asOf = briefing?.asOf ?? params.asOf
  const defaultSince = asOf ? previousMonthEnd(asOf) : undefined

  const change = (next: Parameters<typeof setParams>[0]) => {
    setNotice(null)
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
                  disabled={buildingWord}
                  onClick={() => {
                    setBuildingWord(true)
                    setNotice(null)
                    downloadWord(briefing)
                      .then(
                        (name) => setNotice({ text: tp.report.wordReady(name), failed: false }),
                        () => setNotice({ text: tp.report.wordFailed, failed: true }),
                      )
                      .finally(() => setBuildingWord(false))
                  }}
                >
                  {buildingWord ? tp.report.downloadingWord : tp.report.downloadWord}
                </button>
                <button
                  type="button"
                  className={styles.action}
                  onClick={() => {
                    void copyText(briefingText(briefing)).then((ok) =>
                      setNotice(
                        ok ? { text: tp.report.copied, failed: false } : { text: tp.report.copyFailed, failed: true },
                      ),
                    )
                  }}
                >
                  {tp.report.copy}
                </button>
              </>
            ) : null
          }
        />
        <p role="status" className={notice?.failed ? styles.failed : styles.status}>
          {notice?.text ?? ''}
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
