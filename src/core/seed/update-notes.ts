import type { SatisfactionMethod } from '@/domain/model/update'

// The words of the updates on grassroots items. Placeholders: {obj} the work, {u} the unit,
// {pct} progress, {k} {m} numbers, {date} a reply-by date, {s} surveyed, {sat} satisfied, {rate} %.

export type Stage = 'plan' | 'work' | 'finish'

export const progressNotes: Record<'build' | 'service', Record<Stage, readonly string[]>> = {
  build: {
    plan: [
      '成立{obj}工作专班，完成现场勘察，实施方案已报单位党委会研究。',
      '就{obj}召开职工代表座谈会，收集意见建议{k}条，细化了实施方案。',
      '{obj}所需资金{m}万元已落实，完成比价采购和合同签订。',
      '{obj}方案经党委会审定，明确责任人和时间节点，挂图推进。',
    ],
    work: [
      '{obj}施工队伍已进场，目前完成工程量约{pct}%。',
      '{obj}主要设备、材料已到货，正在安装调试。',
      '利用检修班时间组织施工，{obj}进度与计划基本一致。',
      '{obj}已完成总工作量的{pct}%，正在抓紧推进后续工序。',
      '{obj}第一阶段完成，转入第二阶段施工。',
    ],
    finish: [
      '{obj}主体完成，组织职工代表试用，收集意见{k}条，正在逐条整改。',
      '{obj}进入收尾阶段，正在开展内部验收。',
      '{obj}基本完成，剩余零星工作正在扫尾。',
    ],
  },
  service: {
    plan: [
      '制定{obj}工作方案，明确标准、流程和责任人。',
      '完成{obj}对象摸排，建立工作台账。',
      '就{obj}征求职工意见{k}条，完善了实施办法。',
    ],
    work: [
      '{obj}有序推进，已完成计划的{pct}%。',
      '{obj}已开展{k}批次，职工反映良好。',
      '{obj}按月推进，本月新增服务职工{k}0余人次。',
    ],
    finish: ['{obj}基本完成，正在整理资料、跟踪回访。', '{obj}已覆盖绝大部分对象，正在查漏补缺。'],
  },
}

export function stageOf(progress: number): Stage {
  return progress < 35 ? 'plan' : progress < 75 ? 'work' : 'finish'
}

export const inspectionNotes: Record<'build' | 'service', readonly string[]> = {
  build: [
    '巡回指导组到{u}现场查看{obj}推进情况，施工进度与台账一致，现场安全措施到位。',
    '现场查看{obj}，听取责任单位汇报，要求加快进度、确保质量。',
    '到{u}现场查看{obj}，随机询问职工{k}人，职工对推进情况总体认可。',
    '现场查看发现{obj}部分工序滞后，已当场反馈责任单位，要求制定赶工措施。',
    '现场查看{obj}，资料台账齐全，建议完工后组织职工代表参与验收。',
  ],
  service: [
    '巡回指导组到{u}查看{obj}开展情况，台账记录完整，措施落实到位。',
    '到{u}查看{obj}，随机询问职工{k}人，职工对办理情况总体认可。',
    '查看{obj}开展情况，发现部分对象尚未覆盖，已反馈责任单位限期补齐。',
    '听取{u}关于{obj}的汇报，要求办一件、公示一件，接受职工监督。',
  ],
}

export const urgeNotes: Record<'first' | 'again', readonly string[]> = {
  first: [
    '{obj}进度滞后于计划，请于{date}前报送推进情况和下步措施。',
    '请责任单位于{date}前反馈{obj}存在的困难和赶工计划。',
    '{obj}推进情况与台账不符，请于{date}前核实并回复。',
  ],
  again: [
    '再次催办：{obj}进展缓慢，请于{date}前书面回复。',
    '前次催办尚未回复，请于{date}前报送{obj}推进情况，逾期将列入督办通报。',
  ],
}

const replyCauses = [
  '前期因材料到货延迟影响了进度',
  '施工受井下生产组织影响，只能利用检修班作业',
  '需与地方部门协调相关手续，耗时较长',
  '方案根据职工意见作了调整',
  '资金审批流程较长',
]
const replyMeasures = [
  '已增派施工人员、倒排工期',
  '单位主要负责人亲自协调，每周调度一次',
  '已调整施工时段，利用检修班集中推进',
  '已与供货方重新明确到货时间',
]

export const replyNote = (cause: number, measure: number): string =>
  `已收到催办。${replyCauses[cause % replyCauses.length]}，${replyMeasures[measure % replyMeasures.length]}，确保按期完成。`

export const instructionNotes: readonly string[] = [
  '请{u}把这件事办实办好，按时间节点推进，办结后及时向职工公示。',
  '这是职工反映强烈的问题，要抓紧推进，不能拖。',
  '要注重实效，办成后请组织回访，听听职工的评价。',
]

export const satisfactionNotes: Record<SatisfactionMethod, string> = {
  survey: '发放满意度问卷{s}份，满意{sat}份，满意率{rate}%。',
  phone: '电话回访职工{s}人，其中{sat}人表示满意，满意率{rate}%。',
  symposium: '召开职工座谈会回访，参会职工{s}人，{sat}人表示满意。',
}

export const strikeOffNotes: readonly string[] = [
  '经回访，职工满意率{rate}%，办结资料齐全，同意销号。',
  '办结回复和回访结果已核实，同意事结销号，进展向职工公示。',
  '现场验收合格，满意度回访达标，予以销号。',
]

export const reopenNotes: readonly string[] = [
  '回访中职工反映部分设施尚未投用，退回整改。',
  '回访满意率偏低，职工反映问题未彻底解决，退回整改。',
]

export const reworkNote = '按回访意见整改，已完成大部分整改事项。'
export const reworkDonePrefix = '按回访意见整改完毕。'
