import { ledgerHref } from '@/lib/ledger-href'
import { filtersFromSearchParams } from '@/lib/ledger-url'

describe('the ledger URL codec', () => {
  it('writes every filter and reads it back unchanged', () => {
    const filters = {
      asOf: '2026-05-31',
      list: ['double-hundred'],
      unit: ['zhuzhuang', 'luling'],
      status: ['done' as const, 'closed' as const],
      light: ['red' as const],
      key: true,
      overdue: false,
      redList: true,
      category: ['housing'],
      q: '浴室',
      sort: '-deadline',
      page: 3,
    }
    const href = ledgerHref(filters)
    expect(href).toBe(
      '/items?asOf=2026-05-31&list=double-hundred&unit=zhuzhuang%2Cluling&status=done%2Cclosed&light=red&key=true&overdue=false&redList=true&category=housing&q=%E6%B5%B4%E5%AE%A4&sort=-deadline&page=3',
    )
    expect(filtersFromSearchParams(new URL(href, 'http://x').searchParams)).toEqual(filters)
  })

  it('leaves out empty filters and drops values the API would refuse', () => {
    expect(ledgerHref({ list: [], q: ' ' })).toBe('/items')
    expect(
      filtersFromSearchParams(new URLSearchParams('status=done,nope&key=yes&list=n&asOf=2026-02-30&other=1')),
    ).toEqual({ list: ['n'] })
  })
})
