import { http, HttpResponse } from 'msw'
import { getCampaign } from '@/api/campaign'
import { ApiError, ContractError } from '@/api/errors'
import { onUnauthorized } from '@/api/http'
import { getItem, listItems, patchItem } from '@/api/items'
import { getSession, signIn, signOut } from '@/api/session'
import { tokenStore } from '@/api/token-store'
import { server } from '../../mocks/node'

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}

describe('the API client', () => {
  beforeEach(() => tokenStore.clear())

  it('keeps the session token, sends it as a bearer header and forgets it on sign-out', async () => {
    const session = await signIn({ userId: 'leader-1' })
    expect(tokenStore.get()).toBe(session.token)
    expect(window.localStorage.getItem('bsstzz.session')).toBe(session.token)
    expect((await getSession()).id).toBe('leader-1')

    await signOut()
    expect(tokenStore.get()).toBeNull()
  })

  it('builds the query string from typed filters', async () => {
    await signIn({ userId: 'supervisor-1' })
    const seen: URL[] = []
    server.use(
      http.get('*/api/items', ({ request }) => {
        seen.push(new URL(request.url))
      }),
    )
    const page = await listItems({ list: ['eight', 'n'], key: false, q: '', pageSize: 5 })
    expect(page.pageSize).toBe(5)
    expect(page.items.every((item) => item.listId === 'eight' || item.listId === 'n')).toBe(true)
    expect(seen[0]?.search).toBe('?list=eight%2Cn&key=false&pageSize=5')
    expect(seen[0]?.origin).toBe(window.location.origin)
  })

  it('takes the method and path from the endpoint, with its path parameters encoded', async () => {
    await signIn({ userId: 'supervisor-1' })
    const seen: string[] = []
    server.use(
      http.all('*/api/items/*', ({ request }) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`)
        return HttpResponse.json({ error: { code: 'not_found', message: '事项不存在' } }, { status: 404 })
      }),
    )
    expect(await failureOf(getItem('a/b c'))).toMatchObject({ status: 404, code: 'not_found' })
    expect(await failureOf(patchItem('a/b c', { version: 1, title: '新标题' }))).toMatchObject({ status: 404 })
    expect(seen).toEqual(['GET /api/items/a%2Fb%20c', 'PATCH /api/items/a%2Fb%20c'])
  })

  it('turns an error answer into an ApiError with the server’s Chinese message and fields', async () => {
    const error = await failureOf(signIn({ userId: 'nobody' }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 422, code: 'validation' })
    expect((error as ApiError).fields).toHaveProperty('userId')
    expect((error as ApiError).message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('falls back to a Chinese message per status when the body is not the contract’s', async () => {
    await signIn({ userId: 'leader-1' })
    server.use(http.get('*/api/campaign', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })))
    const error = await failureOf(getCampaign())
    expect(error).toMatchObject({ status: 502, code: 'server_error', message: '服务器暂时无法处理请求，请稍后重试' })
  })

  it('reports a network failure in Chinese', async () => {
    server.use(http.get('*/api/campaign', () => HttpResponse.error()))
    const error = await failureOf(getCampaign())
    expect(error).toMatchObject({ status: 0, code: 'network', message: '网络连接失败，请检查网络后重试' })
  })

  it('rejects a response that drifts from the contract, telling the developer in the console', async () => {
    vi.mocked(console.error).mockImplementationOnce(() => {})
    await signIn({ userId: 'leader-1' })
    server.use(http.get('*/api/campaign', () => HttpResponse.json({ id: 'c', name: 42 })))
    const error = await failureOf(getCampaign())
    expect(error).toBeInstanceOf(ContractError)
    expect((error as ContractError).message).toBe('数据格式与接口约定不符')
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('GET /api/campaign'))
  })

  it('on 401 for a signed-in call, forgets the token and tells the app', async () => {
    const listener = vi.fn()
    const stop = onUnauthorized(listener)
    try {
      await signIn({ userId: 'leader-1' })
      server.use(
        http.get('*/api/campaign', () =>
          HttpResponse.json({ error: { code: 'unauthenticated', message: '请先登录' } }, { status: 401 }),
        ),
      )
      expect(await failureOf(getCampaign())).toMatchObject({ status: 401, code: 'unauthenticated' })
      expect(tokenStore.get()).toBeNull()
      expect(listener).toHaveBeenCalledTimes(1)

      // A wrong password is a 401 too, but nobody was signed in: nothing to tell.
      expect(await failureOf(signIn({ username: 'leader-1', password: 'wrong' }))).toMatchObject({ status: 401 })
      expect(listener).toHaveBeenCalledTimes(1)
    } finally {
      stop()
    }
  })
})
