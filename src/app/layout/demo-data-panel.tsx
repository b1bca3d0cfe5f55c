import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { errorMessage } from '@/api/errors'
import { mockSettingsQuery, mockKeys, putMockSettings, resetMockData } from '@/api/mock-control'
import { seedSizes, type MockSettings } from '@/domain/model/mock-settings'
import { signIn } from '@/api/session'
import { LoadingState } from '@/components/loading-state'
import type { User } from '@/domain/model/user'
import { adoptSession } from '@/features/session/api/use-sign-in'
import { formatPercent } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import styles from './demo-data-menu.module.css'

// The panel of the 演示数据 menu, loaded when first opened: it is never part of a real deployment's work.

const failureRates = [0, 0.05, 0.1, 0.25, 0.5] as const
const seedSizeText: Record<MockSettings['seedSize'], string> = { demo: t.mock.seedDemo, large: t.mock.seedLarge }

/** After a re-seed: the user signed in again; without one (the session check failed), everything asked again. */
function useReseeded(user: User | null) {
  const queryClient = useQueryClient()
  return async () =>
    user ? adoptSession(queryClient, await signIn({ userId: user.id })) : queryClient.invalidateQueries()
}

export function DemoDataPanel({ user }: { user: User | null }) {
  const queryClient = useQueryClient()
  const settings = useQuery(mockSettingsQuery())
  const [notice, setNotice] = useState('')
  const reseeded = useReseeded(user)

  const reset = useMutation({
    mutationFn: async () => {
      await resetMockData()
      await reseeded()
    },
    onSuccess: () => setNotice(t.mock.resetDone),
  })
  const save = useMutation({
    mutationFn: putMockSettings,
    onSuccess: async (next, sent) => {
      const reseed = settings.data !== undefined && settings.data.seedSize !== sent.seedSize
      queryClient.setQueryData(mockKeys.settings(), next)
      // Without a user the session check had failed: the new settings may let it through now.
      if (reseed || !user) await reseeded()
      setNotice(t.mock.saved)
    },
  })
  const failure = reset.error ?? save.error

  return (
    <div className={styles.panel}>
      <p className={styles.hint}>{t.mock.menuHint}</p>
      <button
        type="button"
        className={styles.reset}
        disabled={reset.isPending}
        onClick={() => {
          if (window.confirm(t.mock.resetConfirm)) reset.mutate()
        }}
      >
        {t.mock.reset}
      </button>
      {settings.data ? (
        <SettingsForm
          key={JSON.stringify(settings.data)}
          initial={settings.data}
          saving={save.isPending}
          onSave={(next) => save.mutate(next)}
        />
      ) : (
        <LoadingState compact />
      )}
      <p role="status" className={styles.notice}>
        {failure ? errorMessage(failure) : notice}
      </p>
    </div>
  )
}

type FormProps = { initial: MockSettings; saving: boolean; onSave: (settings: MockSettings) => void }

function SettingsForm({ initial, saving, onSave }: FormProps) {
  const [latencyMs, setLatencyMs] = useState(initial.latencyMs)
  const [failureRate, setFailureRate] = useState(initial.failureRate)
  const [seedSize, setSeedSize] = useState(initial.seedSize)
  const latencyId = useId()
  const failureId = useId()
  const rates = failureRates.includes(initial.failureRate as (typeof failureRates)[number])
    ? failureRates
    : [...failureRates, initial.failureRate]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSave({ latencyMs, failureRate, seedSize })
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      <label htmlFor={latencyId}>{t.mock.latency}</label>
      <input
        id={latencyId}
        type="number"
        inputMode="numeric"
        min={0}
        max={10_000}
        step={100}
        value={latencyMs}
        onChange={(event) => setLatencyMs(Math.min(10_000, Math.max(0, Math.round(Number(event.target.value) || 0))))}
      />
      <label htmlFor={failureId}>{t.mock.failureRate}</label>
      <select id={failureId} value={failureRate} onChange={(event) => setFailureRate(Number(event.target.value))}>
        {rates.map((rate) => (
          <option key={rate} value={rate}>
            {t.mock.failureRateValue(formatPercent(rate))}
          </option>
        ))}
      </select>
      <fieldset className={styles.fieldset}>
        <legend>{t.mock.seedSize}</legend>
        {seedSizes.map((size) => (
          <label key={size} className={styles.radio}>
            <input
              type="radio"
              name="seedSize"
              value={size}
              checked={seedSize === size}
              onChange={() => setSeedSize(size)}
            />
            {seedSizeText[size]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className={styles.save} disabled={saving}>
        {t.mock.save}
      </button>
    </form>
  )
}
