import { LoadingState } from '@/components/loading-state'
import { t } from '@/lib/strings/strings'
import styles from './app-loading.module.css'

/** The whole page while the first route and the session load. */
export function AppLoading() {
  return (
    <div className={styles.page}>
      <LoadingState label={t.app.loadingApp} />
    </div>
  )
}
