// The Word copy of the 通报 (issue 28), in the layout of an official notice (党政机关公文格式): only the
// .docx builder loads these, with the `docx` library, when the button is pressed.

export const tDocx = {
  /** 标题: the notice names what it reports on; a unit's briefing names the unit. */
  title: '关于“我为职工办实事”实践活动推进情况的通报',
  unitTitle: (unit: string) => `关于${unit}“我为职工办实事”实践活动推进情况的通报`,
  /** 主送机关. */
  addressees: '各基层单位党组织，集团各部门：',
  unitAddressees: (unit: string) => `${unit}党组织：`,
  /** The opening sentence before the figures. */
  opening: (campaign: string, asOf: string) => `现将${campaign}截至${asOf}推进情况通报如下。`,
  /** 落款: the office that issues it, the campaign's leading group's office (领导小组办公室), which supervises it. */
  issuingOffice: (campaign: string) => `${campaign}领导小组办公室`,
  /** The document's date as a notice writes it: 2026年5月31日. */
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  /** Page numbers in the footer: — 1 — (the number is a PAGE field). */
  pageBefore: '— ',
  pageAfter: ' —',
  /** The table heading line when only part of a list is printed. */
  shown: (shown: number, total: number) => `（列出 ${shown} 项，共 ${total} 项，完整名单见台账）`,
  fileName: (title: string, asOf: string) => `${title}（截至${asOf}）.docx`,
  closing: '请各单位对照通报情况，加快推进未完成项目，确保件件有着落、事事有回音。',
} as const
