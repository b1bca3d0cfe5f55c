// What the HTTP client says of a failure the server did not word itself (no answer, an answer out of contract,
// a bare status). Here and not in src/lib/strings: src/api imports only the domain, the contract and itself
// (docs/decisions/010-import-boundaries.md). The catalogue takes these in as t.errors, so there is one copy.

export const apiErrorText = {
  network: '网络连接失败，请检查网络后重试',
  contract: '数据格式与接口约定不符',
  unexpected: '页面出现了意外错误',
  byStatus: {
    400: '请求有误，请刷新页面后重试',
    401: '请先登录',
    403: '没有权限进行此操作',
    404: '请求的内容不存在',
    409: '内容已被他人修改，请刷新后重试',
    413: '提交的内容过大，请精简后再提交',
    422: '提交的内容有误，请按提示修改',
    429: '操作过于频繁，请稍后再试',
    500: '服务器暂时无法处理请求，请稍后重试',
  },
}
