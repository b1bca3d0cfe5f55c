import { screen } from '@testing-library/react'
import { mockBackend } from '../../mocks/node'
import { renderApp } from '../render-app'

describe('a worker’s demand by QR code', () => {
  it('checks the text, then files the demand without signing in and gives a receipt', async () => {
    const { user } = await renderApp('/submit/zhuzhuang')

    expect(await screen.findByText('向朱庄矿反映您的困难和建议，我们会尽快答复。')).toBeInTheDocument()
    const text = screen.getByRole('textbox', { name: '诉求内容' })
    await user.type(text, '太短')
    await user.click(screen.getByRole('button', { name: '提交诉求' }))
    expect(text).toHaveAccessibleDescription(/诉求内容至少 5 个字/)

    await user.clear(text)
    await user.type(text, '夜班下班没有通勤车，希望增开一趟。')
    await user.click(screen.getByRole('checkbox', { name: '匿名提交' }))
    expect(screen.queryByRole('textbox', { name: '姓名（选填）' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '提交诉求' }))

    const receipt = await screen.findByRole('status')
    expect(receipt).toHaveTextContent('提交成功，感谢您的反馈！')
    const number = /回执号：(BS-\d{11})/.exec(receipt.textContent ?? '')?.[1]
    const filed = [...mockBackend().db.demands.values()].find((demand) => demand.receipt === number)
    expect(filed).toMatchObject({
      channel: 'qr_form',
      unitId: 'zhuzhuang',
      anonymous: true,
      submitterName: null,
      status: 'new',
    })
  })

  it('says so when the QR code names no unit', async () => {
    await renderApp('/submit/no-such-unit')
    expect(await screen.findByText('未找到该单位，请确认扫描的二维码是否正确。')).toBeInTheDocument()
  })
})
