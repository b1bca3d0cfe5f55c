import { useEffect, useId, useState } from 'react'
import { textLimits } from '@/domain/model/text-limits'
import { tp } from '@/lib/strings/page-strings'
import styles from './ledger-filters.module.css'

type Props = {
  value: string | undefined
  onSearch: (text: string | undefined) => void
  /** The text as typed (a composing input method's text once it is committed), before it settles. */
  onType?: (text: string | undefined) => void
}

const settleMs = 300

const settled = (text: string) => (text.trim() === '' ? undefined : text.trim())

/**
 * Free text, kept in the field while the person types and written to the address once they pause
 * (or press Enter): every keystroke stays instant, and the rows change once. What is typed is handed to
 * `onType` as it is typed, so the page can ask for it before it is chosen.
 */
export function SearchBox({ value, onSearch, onType }: Props) {
  const id = useId()
  const hintId = useId()
  const [text, setText] = useState(value ?? '')
  const [seen, setSeen] = useState(value)
  const [sent, setSent] = useState(value)
  const wanted = settled(text)
  // The address changed from elsewhere (cleared, back button): show it, unless it is what we just wrote.
  if (value !== seen) {
    setSeen(value)
    if (value !== sent) setText(value ?? '')
  }

  useEffect(() => {
    if (wanted === value) return
    const timer = setTimeout(() => {
      setSent(wanted)
      onSearch(wanted)
    }, settleMs)
    return () => clearTimeout(timer)
  }, [wanted, value, onSearch])

  return (
    <div className={`${styles.field} ${styles.search}`}>
      <label htmlFor={id}>{tp.ledger.search}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={textLimits.search}
        aria-describedby={hintId}
        onChange={(event) => {
          setText(event.target.value)
          if (!(event.nativeEvent as Partial<InputEvent>).isComposing) onType?.(settled(event.target.value))
        }}
        onCompositionEnd={(event) => onType?.(settled(event.currentTarget.value))}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || wanted === value) return
          setSent(wanted)
          onSearch(wanted)
        }}
      />
      <span id={hintId} className={styles.hint}>
        {tp.ledger.searchHint}
      </span>
    </div>
  )
}
