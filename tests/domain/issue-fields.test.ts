import { z } from 'zod/mini'
import { fieldIssues, issueFields, queryProblem } from '@/domain/issue-fields'

describe('schema issues as the contract’s answers', () => {
  const Body = z.object({ title: z.string().check(z.minLength(1, '请填写标题')), tags: z.array(z.string()) })

  it('keeps the first message per dotted path, and names a whole-body problem “_”', () => {
    const result = Body.safeParse({ title: '', tags: ['a', 3, 4] })
    if (result.success) throw new Error('expected a refusal')
    const fields = issueFields(result.error.issues)
    expect(fields.title).toBe('请填写标题')
    expect(Object.keys(fields)).toEqual(['title', 'tags.1', 'tags.2'])
    expect(
      issueFields([
        { path: [], message: '内容为空' },
        { path: [], message: '第二条' },
      ]),
    ).toEqual({ _: '内容为空' })
  })

  it('for a form, keeps the first message per top-level field', () => {
    const result = Body.safeParse({ title: '', tags: ['a', 3, 4] })
    if (result.success) throw new Error('expected a refusal')
    expect(fieldIssues(result.error.issues)).toEqual({
      title: '请填写标题',
      tags: issueFields(result.error.issues)['tags.1'],
    })
    expect(
      fieldIssues([
        { path: [], message: '内容为空' },
        { path: ['a', 0], message: '第一条' },
        { path: ['a', 1], message: '第二条' },
      ]),
    ).toEqual({ _: '内容为空', a: '第一条' })
  })

  it('names the first query parameter at fault', () => {
    expect(
      queryProblem([
        { path: ['page'], message: 'x' },
        { path: ['sort'], message: 'y' },
      ]),
    ).toBe('查询参数有误：page')
    expect(queryProblem([{ path: [], message: '未知参数' }])).toBe('查询参数有误：未知参数')
  })
})
