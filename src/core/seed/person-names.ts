import type { Random } from './seeded-random'

// Invented names and numbers for owners, submitters and demo users.

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤'
const givenNames = [
  '建国',
  '建军',
  '卫东',
  '志强',
  '志刚',
  '永强',
  '永刚',
  '海军',
  '海涛',
  '红兵',
  '立新',
  '春生',
  '国庆',
  '德胜',
  '长林',
  '光明',
  '文杰',
  '俊杰',
  '晓东',
  '晓峰',
  '明辉',
  '振华',
  '振宇',
  '家俊',
  '浩然',
  '宇航',
  '鹏飞',
  '新民',
  '庆丰',
  '金龙',
  '宏伟',
  '学军',
  '伟',
  '强',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '斌',
  '刚',
  '平',
  '辉',
  '鹏',
  '飞',
  '鑫',
  '波',
  '宁',
  '峰',
  '林',
  '超',
  '明',
  '冬',
  '静',
  '丽',
  '芳',
  '敏',
  '燕',
  '霞',
  '玲',
  '娟',
  '红梅',
  '秀英',
  '桂兰',
  '玉兰',
  '凤英',
  '丽华',
  '春燕',
  '海燕',
  '晓燕',
  '雪梅',
  '婷婷',
  '慧',
  '琳',
  '洁',
  '颖',
  '晓红',
  '淑芬',
]

export function personName(rng: Random): string {
  return rng.pick([...surnames]) + rng.pick(givenNames)
}

export function surname(rng: Random): string {
  return rng.pick([...surnames])
}

const mobilePrefixes = [
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '158',
  '159',
  '177',
  '180',
  '187',
  '189',
]

export function mobilePhone(rng: Random): string {
  let digits = rng.pick(mobilePrefixes)
  for (let i = 0; i < 8; i++) digits += String(rng.int(0, 9))
  return digits
}

/** A Huaibei office line (area code 0561). */
export function officePhone(rng: Random): string {
  return `0561-${rng.int(3, 4)}${String(rng.int(0, 999_999)).padStart(6, '0')}`
}
