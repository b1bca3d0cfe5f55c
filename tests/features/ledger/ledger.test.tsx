import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { holdRequests } from '../../hold-requests'
import { renderApp } from '../../render-app'

const slow = { timeout: 30_000 }

describe('the ledger (台账)', () => {
  it('round-trips every filter, the sort and the page through the address', slow, async () => {
    const { user, location, unmount } = await renderApp('/items?list=double-hundred&overdue=true&sort=-progress', {
      as: 'supervisor-1',
    })
    const filters = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
    // The lists' names come with the campaign: the select is there from the start, and names its list once they have come.
    await waitFor(() => expect(within(filters).getByLabelText('清单')).toHaveDisplayValue('“双百”行动'))
    expect(within(filters).getByLabelText('已逾期')).toHaveDisplayValue('已逾期')
    const table = await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })
    expect(within(table).getByRole('columnheader', { name: /进度/ })).toHaveAttribute('aria-sort', 'descending')

    await user.click(within(table).getByRole('button', { name: /完成时限/ }))
    await waitFor(() => expect(location()).toBe('/items?list=double-hundred&overdue=true&sort=deadline'))
    await user.click(
      within(await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })).getByRole('button', {
        name: /完成时限/,
      }),
    )
    await waitFor(() => expect(location()).toBe('/items?list=double-hundred&overdue=true&sort=-deadline'))

    await user.selectOptions(within(filters).getByLabelText('单位'), '朱庄矿')
    await user.selectOptions(within(filters).getByLabelText('重点项目'), '是')
    await waitFor(() =>
      expect(location()).toBe('/items?list=double-hundred&unit=zhuzhuang&key=true&overdue=true&sort=-deadline'),
    )

    await user.type(within(filters).getByLabelText('关键词'), '职工{Enter}')
    await waitFor(() =>
      expect(location()).toBe(
        '/items?list=double-hundred&unit=zhuzhuang&key=true&overdue=true&q=%E8%81%8C%E5%B7%A5&sort=-deadline',
      ),
    )
    const shared = location()
    unmount()

    // The same address opens the same view.
    await renderApp(shared, { as: 'leader-1' })
    const again = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
    await waitFor(() => expect(within(again).getByLabelText('单位')).toHaveDisplayValue('朱庄矿'))
    expect(within(again).getByLabelText('重点项目')).toHaveDisplayValue('是')
    expect(within(again).getByLabelText('关键词')).toHaveValue('职工')
    const summary = screen.getByRole('region', { name: '当前筛选' })
    expect(within(summary).getByText('单位：朱庄矿')).toBeInTheDocument()
    expect(within(summary).getByText('按完成时限降序排列')).toBeInTheDocument()
  })

  it('pages on the server and keeps a drill-down’s several values', slow, async () => {
    const { user, location } = await renderApp('/items?list=double-hundred&status=done%2Cclosed', { as: 'leader-1' })
    const filters = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
    expect(within(filters).getByLabelText('状态')).toHaveDisplayValue('已办结、已销号（多项）')
    expect(await screen.findByRole('table', { name: /第 1–50 项，共 231 项/ })).toBeInTheDocument()

    const pages = screen.getByRole('navigation', { name: '分页' })
    await user.click(within(pages).getByRole('button', { name: '下一页' }))
    await waitFor(() => expect(location()).toBe('/items?list=double-hundred&status=done%2Cclosed&page=2'))
    expect(await screen.findByRole('table', { name: /第 51–100 项，共 231 项/ })).toBeInTheDocument()

    // A filter change goes back to the first page.
    await user.selectOptions(within(filters).getByLabelText('灯号'), '已完成')
    await waitFor(() => expect(location()).toBe('/items?list=double-hundred&status=done%2Cclosed&light=none'))
  })

  it('says so when nothing matches, and clears every filter at once', slow, async () => {
    const { user, location } = await renderApp('/items?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A1%B9%E7%9B%AEzz', {
      as: 'leader-1',
    })
    expect(await screen.findByText('没有符合筛选条件的项目', {}, { timeout: 5_000 })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '清除筛选' }))
    await waitFor(() => expect(location()).toBe('/items'))
    expect(screen.getByLabelText('关键词')).toHaveDisplayValue('')
    expect(await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })).toBeInTheDocument()
  })

  it(
    'shows every filter from the start, the lists, units and categories waiting (disabled) until their names come',
    slow,
    async () => {
      // The campaign (lists, categories) and the units are held until the test lets them go.
      const { release } = holdRequests('/campaign', '/units')
      const { user, location } = await renderApp('/items?unit=zhuzhuang', { as: 'leader-1' })
      const filters = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
      for (const name of ['清单', '单位', '类别']) expect(within(filters).getByLabelText(name)).toBeDisabled()
      // The applied unit is not shown by its code while its name is on the way.
      expect(within(filters).getByLabelText('单位')).toHaveDisplayValue('正在加载…')
      // The filters that need nothing from the server work already.
      await user.selectOptions(within(filters).getByLabelText('重点项目'), '是')
      await waitFor(() => expect(location()).toBe('/items?unit=zhuzhuang&key=true'))

      release()
      await waitFor(() => expect(within(filters).getByLabelText('单位')).toBeEnabled())
      expect(within(filters).getByLabelText('单位')).toHaveDisplayValue('朱庄矿')
      expect(within(filters).getByLabelText('清单')).toHaveDisplayValue('全部')
      expect(await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })).toBeInTheDocument()
    },
  )

  it('asks for the results while the search is typed, so that Enter finds them on their way', slow, async () => {
    const { release, asked } = holdRequests({ path: '/items', when: (url) => url.searchParams.has('q') })
    const { user, location } = await renderApp('/items', { as: 'leader-1' })
    const filters = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
    await screen.findByRole('table', { name: /第 1–50 项/ }, { timeout: 5_000 })
    await user.type(within(filters).getByLabelText('关键词'), '职工')
    // Asked for as typed, not yet chosen: the address and the rows are still those without a search.
    expect(asked.map((url) => url.searchParams.get('q'))).toEqual(['职', '职工'])
    expect(location()).toBe('/items')
    await user.keyboard('{Enter}')
    // Enter waits for the answer already on its way instead of asking again.
    expect(asked).toHaveLength(2)
    release()
    await waitFor(() => expect(location()).toBe('/items?q=%E8%81%8C%E5%B7%A5'))
    expect(await screen.findByRole('table', { name: /共 \d+ 项/ })).toBeInTheDocument()
    expect(asked).toHaveLength(2)
  })

  it(
    'keeps the page and its address until the next page has come, marked busy, asking the server once',
    slow,
    async () => {
      // Page 2 is held until the test lets it go.
      const { release, asked } = holdRequests({ path: '/items', when: (url) => url.searchParams.get('page') === '2' })
      const { user, location, router } = await renderApp('/items?list=double-hundred&status=done%2Cclosed', {
        as: 'leader-1',
      })
      const first = await screen.findByRole('table', { name: /第 1–50 项，共 231 项/ }, { timeout: 5_000 })
      // What is on screen at the moment the address moves (the router tells its own provider first).
      const onScreenWhenMoved: string[] = []
      const unsubscribe = router.subscribe((state) => {
        if (state.location.search.includes('page=2') && onScreenWhenMoved.length === 0)
          onScreenWhenMoved.push(screen.getByRole('table').querySelector('caption')?.textContent ?? '')
      })
      await user.click(within(screen.getByRole('navigation', { name: '分页' })).getByRole('button', { name: '下一页' }))
      expect(screen.getByRole('table', { name: /第 1–50 项，共 231 项/ })).toBe(first)
      expect(first.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true')
      expect(screen.getByRole('status')).toHaveTextContent('正在刷新')
      expect(location()).toBe('/items?list=double-hundred&status=done%2Cclosed')

      release()
      const next = await screen.findByRole('table', { name: /第 51–100 项，共 231 项/ })
      expect(next.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false')
      expect(location()).toBe('/items?list=double-hundred&status=done%2Cclosed&page=2')
      // Drawn in the same synchronous render as the address: never the new address over the old rows.
      unsubscribe()
      expect(onScreenWhenMoved).toEqual([expect.stringContaining('第 51–100 项，共 231 项')])
      // The click's prefetch and the route's query are the same query: one request.
      expect(asked).toHaveLength(1)
    },
  )

  it(
    'draws a new page a screen of rows first and the rest right after, and refreshes the same page in place',
    slow,
    async () => {
      const { user, router, queryClient } = await renderApp('/items?list=double-hundred', { as: 'leader-1' })
      const bodyRows = () => screen.getByRole('table').querySelectorAll('tbody tr').length
      await screen.findByRole('table', { name: /第 1–50 项，共 471 项/ }, { timeout: 5_000 })
      await waitFor(() => expect(bodyRows()).toBe(50))

      // "Next page": how many rows are on screen when the address moves to the next page (the rest come right after).
      const rowsWhenTurned = async (page: number, caption: RegExp) => {
        const seen: number[] = []
        const stop = router.subscribe((state) => {
          if (state.location.search.includes(`page=${page}`) && seen.length === 0) seen.push(bodyRows())
        })
        await user.click(
          within(screen.getByRole('navigation', { name: '分页' })).getByRole('button', { name: '下一页' }),
        )
        await screen.findByRole('table', { name: caption })
        stop()
        await waitFor(() => expect(bodyRows()).toBe(50))
        return seen
      }

      // The rows a window holds come with the address, the rest of the 50 right after.
      const [onPage2] = await rowsWhenTurned(2, /第 51–100 项/)
      expect(onPage2).toBeGreaterThanOrEqual(10)
      expect(onPage2).toBeLessThan(50)

      // New figures for the page on screen (a refetch): every row stays while the rows are redrawn.
      const [, shown] =
        queryClient.getQueriesData<{ items: { title: string }[] }>({
          queryKey: ['items'],
          predicate: (query) => JSON.stringify(query.queryKey).includes('"page":2'),
        })[0] ?? []
      if (!shown) throw new Error('page 2 is not in the cache')
      server.use(
        http.get(
          '*/api/items',
          () =>
            HttpResponse.json({
              ...shown,
              items: shown.items.map((item, slot) =>
                slot === 45 ? { ...item, title: '职工澡堂热水改造（新）' } : item,
              ),
            }),
          { once: true },
        ),
      )
      let fewest = 50
      const watch = new MutationObserver(() => (fewest = Math.min(fewest, bodyRows())))
      watch.observe(screen.getByRole('table'), { childList: true, subtree: true })
      await act(() => queryClient.invalidateQueries({ queryKey: ['items'] }))
      expect(await screen.findByText('职工澡堂热水改造（新）')).toBeInTheDocument()
      watch.disconnect()
      expect(fewest).toBe(50)

      // The table's top low in the window (below the filters): only the rows the window has room for come first.
      const frame = screen.getByRole('table').closest('[aria-busy]')
      if (!(frame instanceof HTMLElement)) throw new Error('the table has no frame')
      vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue(
        DOMRect.fromRect({ x: 0, y: window.innerHeight - 8 * 36 + 10, width: 1000, height: 2000 }),
      )
      await act(async () => {
        window.dispatchEvent(new Event('scroll'))
        await new Promise((resolve) => requestAnimationFrame(resolve))
      })
      expect(await rowsWhenTurned(3, /第 101–150 项/)).toEqual([8])
    },
  )

  it(
    'shows a choice at once, lets the latest of two choices still out win, and drops one the back button overtook',
    slow,
    async () => {
      // Every request for one status waits for its own release; the rest fall through to the mock.
      const releases = new Map<string, () => void>()
      const holds = new Map<string, Promise<void>>()
      for (const status of ['in_progress', 'planned', 'done', 'closed'])
        holds.set(status, new Promise<void>((resolve) => releases.set(status, resolve)))
      server.use(
        http.get('*/api/items', async ({ request }) => {
          const hold = holds.get(new URL(request.url).searchParams.get('status') ?? '')
          if (hold) await hold
        }),
      )
      const { user, location, router, queryClient } = await renderApp('/items?list=double-hundred', { as: 'leader-1' })
      const filters = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
      const table = await screen.findByRole('table', { name: /第 1–50 项，共 471 项/ }, { timeout: 5_000 })
      const status = within(filters).getByLabelText('状态')

      // The choice shows in the control at once; the rows, the summary of what they are and the address wait for the answer.
      await user.selectOptions(status, '推进中')
      expect(status).toHaveDisplayValue('推进中')
      const summary = screen.getByRole('region', { name: '当前筛选' })
      expect(within(summary).queryByText(/^状态：/)).not.toBeInTheDocument()
      expect(table.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true')
      expect(location()).toBe('/items?list=double-hundred')

      // A second choice while the first is out: the first answer coming later does not move the address.
      await user.selectOptions(status, '未启动')
      releases.get('planned')!()
      await waitFor(() => expect(location()).toBe('/items?list=double-hundred&status=planned'))
      releases.get('in_progress')!()
      await screen.findByRole('table', { name: /共 \d+ 项/ })
      await waitFor(() => expect(table.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false'))
      expect(location()).toBe('/items?list=double-hundred&status=planned')
      expect(status).toHaveDisplayValue('未启动')
      expect(within(summary).getByText('状态：未启动')).toBeInTheDocument()

      // Back while a choice is out: the address goes back, and the answer coming later leaves it there.
      await user.selectOptions(status, '已办结')
      expect(status).toHaveDisplayValue('已办结')
      await act(() => router.navigate(-1))
      await waitFor(() => expect(location()).toBe('/items?list=double-hundred'))
      expect(status).toHaveDisplayValue('全部')
      releases.get('done')!()
      await waitFor(() => expect(table.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false'))
      expect(location()).toBe('/items?list=double-hundred')
      expect(status).toHaveDisplayValue('全部')

      // Leaving the ledger while a choice is out: its answer does not bring the person back.
      await user.selectOptions(status, '已销号')
      await act(() => router.navigate('/supervision'))
      releases.get('closed')!()
      await waitFor(() => expect(queryClient.isFetching({ queryKey: ['items'] })).toBe(0))
      expect(location()).toBe('/supervision')
    },
  )
})
