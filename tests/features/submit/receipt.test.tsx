import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

// The worker's side, signed out throughout: submit by QR code, get a receipt, look it up; the answer
// after strike-off arrives there (the server side of the loop is in tests/contract/demands-public.test.ts).

describe('a worker’s demand and its receipt', () => {
  it('files a demand without a session and finds it by the receipt number', async () => {
    const { user } = await renderApp('/submit/luling')
    // The first render of a file pays for transforming the page's modules: a busy machine may need more than a second.
    await user.type(
      await screen.findByRole('textbox', { name: '诉求内容' }, { timeout: 5000 }),
      '井口候车室冬天没有暖气，希望加装。',
    )
    await user.click(screen.getByRole('button', { name: '提交诉求' }))
    const receipt = await screen.findByRole('status')
    const number = /BS-\d{11}/.exec(receipt.textContent ?? '')![0]
    expect(mockBackend().db.demands.size).toBe(468)

    await user.click(screen.getByRole('link', { name: '查询办理情况' }))
    expect(await screen.findByRole('heading', { name: `回执号 ${number}` })).toBeInTheDocument()
    expect(screen.getByText('已收到，待处理')).toBeInTheDocument()
    expect(screen.getByText('芦岭矿')).toBeInTheDocument()
    expect(screen.getByText('暂无答复，我们会尽快处理。')).toBeInTheDocument()
    // Nothing the worker typed (or anyone's name) is shown back by number.
    expect(screen.queryByText('井口候车室冬天没有暖气，希望加装。')).not.toBeInTheDocument()
  })

  it('shows the completion reply once the item behind the demand is struck off', async () => {
    const { db } = mockBackend()
    const demand = [...db.demands.values()].find(
      (d) => d.status === 'answered' && d.itemId && db.items.get(d.itemId)?.status === 'closed',
    )!
    const item = db.items.get(demand.itemId!)!
    const { user } = await renderApp('/receipt')
    await user.type(await screen.findByRole('textbox', { name: '回执号' }), demand.receipt.toLowerCase())
    await user.click(screen.getByRole('button', { name: '查询' }))
    expect(await screen.findByText('已答复')).toBeInTheDocument()
    expect(screen.getByText(demand.reply!)).toBeInTheDocument()
    expect(screen.getByText(`${item.code} ${item.title}`)).toBeInTheDocument()
    expect(screen.getByText('已销号')).toBeInTheDocument()
  })

  it('says so for an unknown number or an empty one', async () => {
    const { user } = await renderApp('/receipt')
    await user.click(await screen.findByRole('button', { name: '查询' }))
    expect(screen.getByRole('textbox', { name: '回执号' })).toHaveAccessibleDescription('请输入回执号')
    await user.type(screen.getByRole('textbox', { name: '回执号' }), 'BS-000000x')
    await user.click(screen.getByRole('button', { name: '查询' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('未找到该回执号，请核对后重新输入')
  })

  it('keeps the text when the server refuses: too many submissions, or too large', async () => {
    const { user } = await renderApp('/submit/zhuzhuang')
    const text = await screen.findByRole('textbox', { name: '诉求内容' })
    await user.type(text, '食堂夜班没有热饭，希望延长供应时间。')
    server.use(
      http.post('*/api/public/demands', () =>
        HttpResponse.json(
          { error: { code: 'rate_limited', message: '提交过于频繁，请 7 分钟后再试' } },
          { status: 429, headers: { 'Retry-After': '400' } },
        ),
      ),
    )
    await user.click(screen.getByRole('button', { name: '提交诉求' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('提交过于频繁，请 7 分钟后再试')
    expect(text).toHaveValue('食堂夜班没有热饭，希望延长供应时间。')

    server.use(
      http.post('*/api/public/demands', () =>
        HttpResponse.json(
          { error: { code: 'too_large', message: '提交的内容过大（不能超过 8 KB），请精简后再提交' } },
          { status: 413 },
        ),
      ),
    )
    await user.click(screen.getByRole('button', { name: '提交诉求' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('提交的内容过大')
    expect(text).toHaveValue('食堂夜班没有热饭，希望延长供应时间。')
  })
})
