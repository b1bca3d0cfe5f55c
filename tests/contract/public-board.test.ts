import { PublicBoardSchema } from '@/domain/model/public-board'
import { call, expectOk } from './harness'

describe('GET /public/board', () => {
  it('needs no session and carries only the published fields', async () => {
    const board = expectOk(await call('GET', '/public/board'), PublicBoardSchema)
    expect(board.items.length).toBeGreaterThan(471)
    const text = JSON.stringify(board)
    for (const hidden of ['owner', 'ownerPhone', 'note', 'completionNote', 'urge', 'submitter', 'leadLeader', 'content']) {
      expect(text).not.toContain(`"${hidden}"`)
    }
  })
})
