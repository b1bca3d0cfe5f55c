import { useMutation, useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router-dom'
import { submitPublicDemand } from '@/api/public-demands'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import type { DemandDraft } from '@/domain/model/demand'
import { tp } from '@/lib/strings/page-strings'
import { DemandForm } from './components/demand-form'
import { SubmitReceipt } from './components/submit-receipt'
import styles from './submit-route.module.css'

/** 扫码提诉求: the page behind a unit's QR code; no sign-in needed. */
export function SubmitRoute() {
  const { unitId = '' } = useParams()
  const units = useQuery(unitsQuery())
  const submit = useMutation({
    mutationFn: ({ channel: _channel, ...draft }: DemandDraft) => submitPublicDemand(draft),
  })

  const unit = units.data?.items.find((entry) => entry.id === unitId)
  return (
    <div className={styles.page}>
      <PageHeader title={tp.submit.title} description={unit ? tp.submit.intro(unit.name) : undefined} />
      {!units.data ? (
        <QueryFallback queries={[units]} />
      ) : !unit ? (
        <EmptyState title={tp.submit.unknownUnit} />
      ) : submit.data ? (
        <SubmitReceipt receipt={submit.data.receipt} onAnother={() => submit.reset()} />
      ) : (
        <>
          <DemandForm
            unitId={unit.id}
            pending={submit.isPending}
            error={submit.error}
            onSubmit={(draft) => submit.mutate(draft)}
          />
          <p className={styles.lookUp}>
            <Link to="/receipt">{tp.submit.lookUpLink}</Link>
          </p>
        </>
      )}
    </div>
  )
}
