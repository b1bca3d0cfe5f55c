import { BoardSchema } from '@/domain/model/board'
import { CategoryStatsResponseSchema } from '@/domain/model/category-stats'
import { StatsQuerySchema } from '@/domain/model/stats-query'
import { SummarySchema, TrendSchema, UnitStatsResponseSchema } from '@/domain/model/stats'
import { endpoint } from './endpoint'

export const getSummary = endpoint({
  id: 'getSummary',
  method: 'get',
  path: '/stats/summary',
  access: 'session',
  query: StatsQuerySchema,
  status: 200,
  response: SummarySchema,
})

export const getUnitStats = endpoint({
  id: 'getUnitStats',
  method: 'get',
  path: '/stats/units',
  access: 'session',
  query: StatsQuerySchema,
  status: 200,
  response: UnitStatsResponseSchema,
})

export const getTrend = endpoint({
  id: 'getTrend',
  method: 'get',
  path: '/stats/trend',
  access: 'session',
  query: StatsQuerySchema,
  status: 200,
  response: TrendSchema,
})

export const getCategoryStats = endpoint({
  id: 'getCategoryStats',
  method: 'get',
  path: '/stats/categories',
  access: 'session',
  query: StatsQuerySchema,
  status: 200,
  response: CategoryStatsResponseSchema,
})

export const getBoard = endpoint({
  id: 'getBoard',
  method: 'get',
  path: '/stats/board',
  access: 'session',
  query: StatsQuerySchema,
  status: 200,
  response: BoardSchema,
})
