import { endpoint } from './endpoint'
import { IdParams } from './params'
import { NewUnitSchema, UnitPatchSchema, UnitSchema } from '@/domain/model/unit'
import { canAdministerOrg } from '@/domain/org-tree'

// The org tree (issue 23): admins add units and rename, move or re-target them. Read with GET /units.

const admins = { admits: canAdministerOrg }

export const createUnit = endpoint({
  id: 'createUnit',
  method: 'post',
  path: '/admin/units',
  access: admins,
  body: NewUnitSchema,
  status: 201,
  response: UnitSchema,
})

export const patchUnit = endpoint({
  id: 'patchUnit',
  method: 'patch',
  path: '/admin/units/{id}',
  access: admins,
  params: IdParams,
  body: UnitPatchSchema,
  status: 200,
  response: UnitSchema,
})
