import { HttpResponse } from 'msw'

export const ok = <T>(body: T) => HttpResponse.json(body as never, { status: 200 })
export const created = <T>(body: T) => HttpResponse.json(body as never, { status: 201 })
export const noContent = () => new HttpResponse(null, { status: 204 })
