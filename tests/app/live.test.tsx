import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { liveState } from '@/api/live/state'
import { seqHeader } from '@/contract/live'
import { mockBackend, server } from '../../mocks/node'
import { seededItem } from '../features/item/item-helpers'
import { renderApp } from '../render-app'

// Issue 24, live pages: a write committed by another client reaches the open page through the event stream
// (msw's `sse` handler over the mock backend), without a reload; the header says so, or that it reconnects.

const api = (path: string) => `http://localhost:3000/api${path}`

/** Another browser: its own session and plain fetches, nothing shared with the page's client. */
async function anotherClient(userId: string) {
  const signedIn = await fetch(api('/session'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  })
  const { token } = (await signedIn.json()) as { token: string }
  return {
    post: (path: string, body: unknown) =>
      fetch(api(path), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }),
  }
}

const openItem = () => seededItem((item) => item.status === 'in_progress' && item.progress <= 80)
/** The header's mark: a status only while it says something. */
const liveMark = () => within(screen.getByRole('banner')).queryByRole('status')
const progressOf = () =>
  within(screen.getByRole('region', { name: '项目信息' }))
    .getByRole('progressbar')
    .getAttribute('aria-valuenow')

describe('live pages', () => {
  it("shows another client's progress report on the open item page, and says 刚刚更新", async () => {
    const item = openItem()
    await renderApp(`/items/${item.id}`, { as: 'supervisor-1' })
    await screen.findByRole('region', { name: '办理' })
    expect(progressOf()).toBe(String(item.progress))
    // Connected: the mark says nothing while all is quiet.
    await waitFor(() => expect(liveState.get().status).toBe('live'))
    expect(liveMark()).toBeNull()

    const other = await anotherClient('supervisor-2')
    const answer = await other.post(`/items/${item.id}/updates`, {
      kind: 'progress',
      progress: item.progress + 7,
      note: '第二台设备已安装',
      version: item.version,
    })
    expect(answer.status).toBe(201)
    expect(answer.headers.get(seqHeader)).toBe('1')

    await waitFor(() => expect(progressOf()).toBe(String(item.progress + 7)))
    expect(await screen.findByText('第二台设备已安装')).toBeInTheDocument()
    expect(liveMark()).toHaveTextContent('刚刚更新')
  })

  it('shows that the stream broke, reconnects on its own and then catches up', async () => {
    // The first connection fails; the client waits a second (its backoff) and opens a new one.
    let attempts = 0
    server.use(
      http.get(
        api('/events'),
        () => {
          attempts += 1
          return HttpResponse.error()
        },
        { once: true },
      ),
    )
    const item = openItem()
    await renderApp(`/items/${item.id}`, { as: 'supervisor-1' })
    expect(await screen.findByText('实时连接中断，正在重连…')).toBeInTheDocument()
    expect(attempts).toBe(1)
    await waitFor(() => expect(liveMark()).toBeNull())

    const other = await anotherClient('supervisor-2')
    await other.post(`/items/${item.id}/updates`, {
      kind: 'progress',
      progress: item.progress + 3,
      note: '重连后补报',
      version: item.version,
    })
    await waitFor(() => expect(progressOf()).toBe(String(item.progress + 3)))
  })

  it('sends back the highest x-seq seen, so that an instance behind it catches up first', async () => {
    const item = openItem()
    const other = await anotherClient('supervisor-2')
    // Three writes before the page opens: every answer says x-seq 3, more than any earlier test's.
    for (const progress of [1, 2, 3])
      await other.post(`/items/${item.id}/updates`, {
        kind: 'progress',
        progress: item.progress + progress,
        note: `第 ${progress} 次`,
        version: item.version + progress - 1,
      })
    expect(mockBackend().live.seq()).toBe(3)
    const sent: (string | null)[] = []
    const listener = ({ request }: { request: Request }) => void sent.push(request.headers.get('x-seen-seq'))
    server.events.on('request:start', listener)
    await renderApp(`/items/${item.id}`, { as: 'supervisor-1' })
    await screen.findByRole('region', { name: '办理' })
    server.events.removeListener('request:start', listener)
    expect(sent).toContain('3')
  })

  it('turns a burst of changes into one refetch of what is on screen', async () => {
    const item = openItem()
    await renderApp(`/items/${item.id}`, { as: 'supervisor-1' })
    await screen.findByRole('region', { name: '办理' })
    await waitFor(() => expect(liveState.get().status).toBe('live'))
    const fetched: string[] = []
    const listener = ({ request }: { request: Request }) => void fetched.push(new URL(request.url).pathname)
    server.events.on('request:start', listener)
    // Fifty commits in one go (as a busy server would send them): each is an event on the stream.
    const record = mockBackend().db.items.get(item.id)!
    for (let i = 0; i < 50; i += 1) mockBackend().db.apply({ items: [record] })
    expect(await within(screen.getByRole('banner')).findByText('刚刚更新')).toBeInTheDocument()
    await waitFor(() => expect(fetched).toContain(`/api/items/${item.id}`))
    server.events.removeListener('request:start', listener)
    expect(fetched.filter((path) => path === `/api/items/${item.id}`)).toHaveLength(1)
  })
})
