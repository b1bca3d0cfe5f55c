import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { dateOf } from '@/domain/dates'
import { summarize } from '@/domain/stats'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

// At province scale (a list of tens of thousands of items) the wall paints its figures first: the
// canvas board's columns, the unit matrix and the charts are asked for only once scrolled near.

/** An IntersectionObserver that reports "in view" when the test scrolls (`scrollNear`). */
const observers = new Set<{ callback: IntersectionObserverCallback; elements: Element[] }>()
class FakeIntersectionObserver {
  private readonly entry: { callback: IntersectionObserverCallback; elements: Element[] }
  constructor(callback: IntersectionObserverCallback) {
    this.entry = { callback, elements: [] }
    observers.add(this.entry)
  }
  observe(element: Element) {
    this.entry.elements.push(element)
  }
  disconnect() {
    observers.delete(this.entry)
  }
  unobserve() {}
  takeRecords() {
    return []
  }
}
function scrollNear() {
  for (const { callback, elements } of [...observers]) {
    callback(
      elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
      {} as IntersectionObserver,
    )
  }
}

/** The seeded summary with 双百 grown to 50,000 items (the board is drawn on a canvas above 2,000). */
function provinceSummary() {
  const { db } = mockBackend()
  const summary = summarize(db.campaign, db.items.values(), db.updatesByItem, db.demands.values(), dateOf(new Date()))
  return {
    ...summary,
    lists: summary.lists.map((list) => (list.listId === 'double-hundred' ? { ...list, total: 50_000 } : list)),
  }
}

describe('the battle map at province scale', () => {
  // The lazily loaded parts (recharts' charts, the canvas board) are compiled ahead: this test is about what
  // the wall asks for and when, and their first compilation on a loaded machine outlasted the queries' wait.
  beforeAll(async () => {
    await Promise.all([import('@/features/wall/charts/wall-charts'), import('@/features/wall/components/board-canvas')])
  })
  beforeEach(() => {
    observers.clear()
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('shows the figures without asking for the large board, the unit matrix or the charts until scrolled near', async () => {
    const asked: string[] = []
    server.use(
      http.get('*/api/stats/summary', () => HttpResponse.json(provinceSummary())),
      // Recorded, then answered by the real handlers.
      http.get('*/api/stats/:what', ({ request, params }) => {
        const list = new URL(request.url).searchParams.get('list')
        asked.push(`${String(params.what)}${list ? `:${list}` : ''}`)
      }),
    )
    await renderApp('/', { as: 'leader-1' })

    expect(await screen.findByRole('region', { name: '“双百”行动' })).toBeInTheDocument()
    // The small board (N件难题) is there as chips; the large one waits.
    const small = await screen.findByRole('region', { name: /^N件难题 · \d+ 项$/ })
    expect(within(small).getAllByRole('link').length).toBeGreaterThan(0)
    expect(screen.getByRole('region', { name: '“双百”行动 · 项目全景' })).toBeInTheDocument()
    expect(asked).not.toContain('board:double-hundred')
    expect(
      asked.filter(
        (request) => request.startsWith('units') || request.startsWith('trend') || request.startsWith('categories'),
      ),
    ).toEqual([])
    expect(screen.queryByRole('heading', { name: '各单位办理情况' })).not.toBeInTheDocument()

    act(() => scrollNear())

    expect(await screen.findByRole('heading', { name: '各单位办理情况' })).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: '趋势与分布' })).toBeInTheDocument()
    await screen.findByRole('region', { name: /^“双百”行动 · \d+ 项$/ })
    expect(asked).toContain('board:double-hundred')
    expect(asked).toContain('units:double-hundred')
  })
})
