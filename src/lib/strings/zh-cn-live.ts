// The live channel's mark in the header and on the screen (issue 24).
export const tl = {
  updated: '刚刚更新',
  offline: '实时连接中断，正在重连…',
} as const
