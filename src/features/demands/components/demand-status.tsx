import type { DemandStatus as Status } from '@/domain/model/demand'
import { t } from '@/lib/strings/strings'
import styles from './demand-status.module.css'

export function DemandStatus({ status }: { status: Status }) {
  return <span className={`${styles.status} ${styles[status]}`}>{t.demandStatus[status]}</span>
}
