import { useQuery } from '@tanstack/react-query'
import { useMemo, useState, type CSSProperties } from 'react'
import { Link } from 'react-router-dom'
import { accountsQuery } from '@/api/accounts'
import { sessionQuery } from '@/api/session'
import { unitsQuery } from '@/api/units'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import type { Unit } from '@/domain/model/unit'
import { canAdministerOrg, parentKinds, treeRows, unitKindText } from '@/domain/org-tree'
import { to } from '@/lib/strings/zh-cn-org'
import styles from './admin.module.css'
import org from './org.module.css'
import { UnitForm } from './unit-form'

type Open = { kind: 'edit'; unit: Unit } | { kind: 'add'; parent: Unit } | null

const holdsUnits = (unit: Unit) => Object.values(parentKinds).some((kinds) => kinds.includes(unit.kind))

/** 组织机构 (admins): the tree in order, each unit's kind, target and people; add under a unit, or change one. */
export function OrgRoute() {
  const session = useQuery(sessionQuery())
  const units = useQuery(unitsQuery())
  const accounts = useQuery({ ...accountsQuery(), enabled: session.data ? canAdministerOrg(session.data).ok : false })
  const [open, setOpen] = useState<Open>(null)
  const [notice, setNotice] = useState('')
  const rows = useMemo(() => treeRows(units.data?.items ?? []), [units.data])
  const people = useMemo(() => {
    const count = new Map<string, number>()
    for (const a of accounts.data?.items ?? [])
      if (a.unitId && !a.disabled) count.set(a.unitId, (count.get(a.unitId) ?? 0) + 1)
    return count
  }, [accounts.data])

  const allowed = session.data ? canAdministerOrg(session.data) : null
  if (allowed && !allowed.ok)
    return (
      <>
        <PageHeader title={to.title} />
        <p className={styles.error}>{allowed.reason}</p>
      </>
    )
  if (!units.data) return <QueryFallback queries={[units]} />
  const all = units.data.items

  const done = (message: string) => {
    setOpen(null)
    setNotice(message)
  }

  return (
    <>
      <PageHeader
        title={to.title}
        description={to.description}
        actions={
          <Link className={styles.secondary} to="/admin/users">
            {to.peopleLink}
          </Link>
        }
      />
      <section className={styles.card} aria-labelledby="org-new-heading">
        <h2 id="org-new-heading" className={styles.cardTitle}>
          {to.form.newHeading}
        </h2>
        <UnitForm key={notice} units={all} onDone={(unit) => setNotice(to.created(unit.name))} />
      </section>
      <p role="status" className={styles.notice}>
        {notice}
      </p>
      <ul className={org.tree} aria-label={to.treeLabel}>
        {rows.map(({ unit, depth }) => (
          <li key={unit.id} className={org.row} style={{ '--depth': depth } as CSSProperties}>
            <div className={org.line}>
              <span className={org.name}>{unit.name}</span>
              <span className={org.meta}>
                {unitKindText[unit.kind]}
                {unit.itemTarget != null ? ` · ${to.target(unit.itemTarget)}` : ''}
                {people.get(unit.id) ? ` · ${to.people(people.get(unit.id)!)}` : ''}
              </span>
              <span className={org.actions}>
                {holdsUnits(unit) ? (
                  <button
                    type="button"
                    className={styles.small}
                    aria-label={to.addUnder(unit.name)}
                    onClick={() => setOpen({ kind: 'add', parent: unit })}
                  >
                    {to.addShort}
                  </button>
                ) : null}
                <button
                  type="button"
                  className={styles.small}
                  aria-label={to.edit(unit.name)}
                  onClick={() => setOpen({ kind: 'edit', unit })}
                >
                  {to.editShort}
                </button>
              </span>
            </div>
            {open && (open.kind === 'edit' ? open.unit.id : open.parent.id) === unit.id ? (
              <div className={org.editor}>
                {open.kind === 'edit' ? (
                  <UnitForm
                    units={all}
                    unit={unit}
                    onDone={(saved) => done(to.saved(saved.name))}
                    onCancel={() => setOpen(null)}
                  />
                ) : (
                  <UnitForm
                    units={all}
                    parentId={unit.id}
                    onDone={(created) => done(to.created(created.name))}
                    onCancel={() => setOpen(null)}
                  />
                )}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}
