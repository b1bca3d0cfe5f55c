import type { User } from '@/domain/model/user'

// The demo users to sign in as. Ids are fixed: the app's tests and the e2e run rely on them.

export const groupLeaders = {
  chairman: '方国栋',
  generalManager: '韩立群',
  deputySecretary: '许文彬',
  deputyManagerA: '周建明',
  deputyManagerB: '陈晓光',
} as const

export function demoUsers(): User[] {
  return [
    { id: 'leader-1', name: groupLeaders.chairman, role: 'leader', unitId: 'group', title: '党委书记、董事长' },
    { id: 'leader-2', name: groupLeaders.generalManager, role: 'leader', unitId: 'group', title: '党委副书记、总经理' },
    {
      id: 'supervisor-1',
      name: '钱卫东',
      role: 'supervisor',
      unitId: 'dept-office',
      title: '领导小组办公室督办组组长',
    },
    { id: 'supervisor-2', name: '孟庆华', role: 'supervisor', unitId: 'dept-organization', title: '巡回指导组组长' },
    { id: 'admin-1', name: '汪晓雯', role: 'admin', unitId: 'dept-it', title: '活动办系统管理员' },
    { id: 'secretary-zhuzhuang', name: '刘长海', role: 'secretary', unitId: 'zhuzhuang', title: '朱庄矿党委副书记' },
    { id: 'secretary-luling', name: '杜红梅', role: 'secretary', unitId: 'luling', title: '芦岭矿党群工作部部长' },
    { id: 'secretary-yuandian2', name: '赵振宇', role: 'secretary', unitId: 'yuandian2', title: '袁店二矿党委副书记' },
    {
      id: 'secretary-linhuan-coking',
      name: '潘永刚',
      role: 'secretary',
      unitId: 'linhuan-coking',
      title: '临涣焦化公司党委副书记',
    },
  ]
}
