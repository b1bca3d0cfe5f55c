import { screen, within } from '@testing-library/react'
import { dateOf } from '@/domain/dates'
import type { ItemView } from '@/domain/item-query'
import { mockBackend } from '../../../mocks/node'
import { renderApp } from '../../render-app'

export const today = () => dateOf(new Date())

/** The first seeded item that fits, found in the mock's tables (the seed is data; tests ask for it). */
export function seededItem(fits: (item: ItemView) => boolean): ItemView {
  const found = mockBackend().db.allViews(today()).find(fits)
  if (!found) throw new Error('no seeded item fits')
  return found
}

/** The item page signed in as `as`, once its 办理 card is there. */
export async function openItem(itemId: string, as: string) {
  const view = await renderApp(`/items/${itemId}`, { as })
  const actions = await screen.findByRole('region', { name: '办理' }, { timeout: 5_000 })
  return { ...view, actions }
}

/** The actions offered (their buttons, none open). */
export const offered = (actions: HTMLElement) =>
  within(actions)
    .queryAllByRole('button', { expanded: false })
    .map((button) => button.textContent)

/** The refused action's row: its name and the domain's reasons. */
export const refusedReason = (actions: HTMLElement, action: string) => {
  const row = within(actions).getByText(action, { selector: 'span' }).closest('li')
  if (!row) throw new Error(`${action} is not listed as refused`)
  return row.textContent ?? ''
}
