import { screen, within } from '@testing-library/react'
import { offersIntake } from '@/domain/public-intake'
import { mockBackend } from '../../../mocks/node'
import { renderApp } from '../../render-app'

// Issue 28: the board says to use 我要提诉求 but gave no way there without picking a unit first.

describe('the public board’s way to 我要提诉求', { timeout: 20_000 }, () => {
  it('links each grassroots unit to its intake page, and it opens', async () => {
    const { user, location } = await renderApp('/public')
    const units = await screen.findByRole('region', { name: '各单位办理情况' }, { timeout: 5000 })
    const all = mockBackend().db.units
    for (const item of within(units).getAllByRole('listitem')) {
      const name = within(item).getAllByRole('link')[0]!.textContent ?? ''
      const unit = all.find((entry) => entry.name === name)!
      const intake = within(item).queryByRole('link', { name: `${name}：我要提诉求` })
      if (offersIntake(unit)) expect(intake).toHaveAttribute('href', `/submit/${unit.id}`)
      else expect(intake).toBeNull()
    }

    await user.click(within(units).getByRole('link', { name: '朱庄矿：我要提诉求' }))
    expect(location()).toBe('/submit/zhuzhuang')
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })).toBeInTheDocument()
  })
})
