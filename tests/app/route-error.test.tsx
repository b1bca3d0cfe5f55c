import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { RouteError } from '@/app/route-error'

// A page whose script did not arrive says so (not "an unexpected error"), with 重试.
function renderFailing(error: Error) {
  const router = createMemoryRouter([
    {
      path: '/',
      errorElement: <RouteError />,
      loader: () => {
        throw error
      },
      Component: () => null,
    },
  ])
  render(<RouterProvider router={router} />)
}

describe('a page that failed outright', () => {
  it('says its script did not load, with 重试', async () => {
    vi.mocked(console.warn).mockImplementation(() => {})
    vi.mocked(console.error).mockImplementation(() => {})
    renderFailing(new TypeError('Failed to fetch dynamically imported module: /assets/ledger-route.js'))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: '页面文件加载失败' })).toBeInTheDocument()
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument()
  })

  it('calls anything else an unexpected error', async () => {
    vi.mocked(console.warn).mockImplementation(() => {})
    vi.mocked(console.error).mockImplementation(() => {})
    renderFailing(new Error('boom'))
    expect(
      within(await screen.findByRole('alert')).getByRole('heading', { name: '页面出现了意外错误' }),
    ).toBeInTheDocument()
  })
})
