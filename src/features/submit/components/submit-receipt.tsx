import { useEffect, useRef } from 'react'
import { Link } from 'react-router-dom'
import { tp } from '@/lib/strings/page-strings'
import styles from './submit-receipt.module.css'

/** The thanks and the receipt number; focus moves here so the result is announced. */
export function SubmitReceipt({ receipt, onAnother }: { receipt: string; onAnother: () => void }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div ref={ref} className={styles.receipt} tabIndex={-1} role="status">
      <p className={styles.thanks}>{tp.submit.thanks}</p>
      <p>{tp.submit.receipt(receipt)}</p>
      <p className={styles.number}>{receipt}</p>
      <p className={styles.keep}>{tp.submit.receiptKeep}</p>
      <div className={styles.buttons}>
        <Link className={styles.lookUp} to={`/receipt?no=${encodeURIComponent(receipt)}`}>
          {tp.submit.lookUp}
        </Link>
        <button type="button" className={styles.another} onClick={onAnother}>
          {tp.submit.another}
        </button>
      </div>
    </div>
  )
}
