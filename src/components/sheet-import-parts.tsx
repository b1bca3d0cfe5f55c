import { useState, type ChangeEvent, type RefObject } from 'react'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import styles from '@/styles/sheet-import.module.css'

// Pieces of a spreadsheet import's steps that read the same whatever the template: the items' and the staff
// roster's imports use them.

/** The file's header row does not match the template: what is missing and what will be ignored. */
export function HeaderMismatch({ missing, unknown }: { missing: readonly string[]; unknown: readonly string[] }) {
  return (
    <div className={styles.failure} role="alert">
      <p>{tSheet.sheet.missingHeaders(missing.join('、'))}</p>
      {unknown.length > 0 ? <p>{tSheet.sheet.unknownHeaders(unknown.join('、'))}</p> : null}
    </div>
  )
}

type Counts = { rows: readonly unknown[]; valid: number; invalid: number; empty: number; unknown: readonly string[] }

/** How many rows the file has, how many can be imported, and the columns that will be ignored. */
export function PreviewSummary({ preview }: { preview: Counts }) {
  return (
    <>
      <p className={styles.summary} role="status">
        {tSheet.sheet.summary(preview.rows.length, preview.valid, preview.invalid, preview.empty)}
      </p>
      {preview.unknown.length > 0 ? (
        <p className={styles.hint}>{tSheet.sheet.unknownHeaders(preview.unknown.join('、'))}</p>
      ) : null}
    </>
  )
}

/** An import under way: its progress, and a button to stop it (once). */
export function ImportProgress({
  text,
  stopLabel,
  onStop,
}: {
  text: (stopping: boolean) => string
  stopLabel: string
  onStop: () => void
}) {
  const [stopping, setStopping] = useState(false)
  return (
    <div className={styles.buttons}>
      <p className={styles.summary} role="status">
        {text(stopping)}
      </p>
      <button
        type="button"
        className={styles.secondary}
        disabled={stopping}
        onClick={() => {
          setStopping(true)
          onStop()
        }}
      >
        {stopLabel}
      </button>
    </div>
  )
}

type FileStepProps = {
  /** The ids of the step's heading, input and error are made from it. */
  id: string
  label: string
  accept: string
  inputRef: RefObject<HTMLInputElement | null>
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void
  disabled: boolean
  /** What is being done with the chosen file (reading, checking), or ''. */
  status: string
  error?: string | undefined
}

/** 第二步：选择文件: the file input, what is being done with the file, and why it could not be read. */
export function FileStep({ id, label, accept, inputRef, onChoose, disabled, status, error }: FileStepProps) {
  return (
    <section className={styles.step} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{tSheet.sheet.fileHeading}</h2>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={accept}
        onChange={onChoose}
        disabled={disabled}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <p className={styles.status} role="status">
        {status}
      </p>
      {error ? (
        <p id={`${id}-error`} className={styles.failure} role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
