import type { FieldErrors } from './item-checks'
import type { Demand, DemandPatch, DemandStatus } from './model/demand'

// Triage of a demand: adopt (into an item), link, merge into another demand, reject, or reply.

export const demandStatusText: Record<DemandStatus, string> = {
  new: '待处理',
  adopted: '已采纳',
  answered: '已答复',
  rejected: '未采纳',
  merged: '已合并',
}

/** The demand after the patch, or the fields that make the patch invalid. */
export function applyDemandPatch(
  demand: Demand,
  patch: DemandPatch,
  exists: { item: (id: string) => boolean; demand: (id: string) => Demand | undefined },
): { ok: true; next: Demand } | { ok: false; fields: FieldErrors } {
  const next: Demand = {
    ...demand,
    status: patch.status ?? demand.status,
    itemId: patch.itemId === undefined ? demand.itemId : patch.itemId,
    reply: patch.reply === undefined ? demand.reply : patch.reply,
    mergedInto: patch.mergedInto === undefined ? demand.mergedInto : patch.mergedInto,
  }
  const fields: FieldErrors = {}
  if (next.itemId !== null && !exists.item(next.itemId)) fields.itemId = '关联的项目不存在'
  switch (next.status) {
    case 'adopted':
      if (next.itemId === null) fields.itemId = '采纳诉求时须关联一个项目'
      break
    case 'rejected':
      if (!next.reply?.trim()) fields.reply = '不采纳时须说明理由'
      break
    case 'answered':
      if (!next.reply?.trim()) fields.reply = '请填写答复内容'
      break
    case 'merged': {
      const target = next.mergedInto === null ? undefined : exists.demand(next.mergedInto)
      if (next.mergedInto === null) fields.mergedInto = '请选择要合并到的诉求'
      else if (next.mergedInto === demand.id) fields.mergedInto = '不能合并到自身'
      else if (!target) fields.mergedInto = '要合并到的诉求不存在'
      else if (target.status === 'merged') fields.mergedInto = '不能合并到已被合并的诉求'
      break
    }
    case 'new':
      break
  }
  if (next.status !== 'merged') next.mergedInto = null
  // A rejected or merged demand feeds no item of its own (a merged one follows the demand it joined).
  if (next.status === 'rejected' || next.status === 'merged') next.itemId = null
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, next }
}
