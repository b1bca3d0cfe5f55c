import type { IsoDate } from '@/domain/dates'
import type { MockSettings } from '@/domain/model/mock-settings'
import type { User } from '@/domain/model/user'
import type { BodyOf, Endpoint, Endpoints, ParamsOf, QueryOf, ResponseInputOf } from '@/contract/all'
import type { IntakeGuard } from './intake-guard'
import type { ReadModel } from './read-model/read-model'
import type { SignInThrottle } from './sign-in-throttle'
import type { Store } from './store'

/** The mock's own controls (POST /__mock/reset, the demo settings); absent on a real server. */
export type DemoControl = {
  settings: () => MockSettings
  saveSettings: (settings: MockSettings) => void
  reset: (settings?: Partial<MockSettings>) => void
}

/** One backend: its store, its clock and the guards that live as long as it does. */
export type Core = {
  store: Store
  now: () => Date
  random: () => number
  guard: IntakeGuard
  /** Password sign-in against guessing; the server's is in its database, the mock has none. */
  signInThrottle?: SignInThrottle
  demo?: DemoControl
}

type UserOf<E extends Endpoint> = E['access'] extends 'public' ? User | null : User

/** What a use case is given: the signed-in user, the parsed input, the store and the request's clock. */
export type UseCaseContext<E extends Endpoint> = {
  core: Core
  store: Store
  read: ReadModel
  now: Date
  today: IsoDate
  user: UserOf<E>
  token: string | null
  /** The client's address as the transport names it (the intake and sign-in limits count by it). */
  client: string
  params: ParamsOf<E>
  query: QueryOf<E>
  body: BodyOf<E>
  /** Tells the transport a session was opened (a server sets its cookie). */
  openedSession: (session: { token: string; maxAgeSeconds: number }) => void
}

export type UseCase<E extends Endpoint> = (
  context: UseCaseContext<E>,
) => ResponseInputOf<E> | Promise<ResponseInputOf<E>>

/** One use case per endpoint of the route table; a missing one is a type error. */
export type UseCases = { [K in keyof Endpoints]: UseCase<Endpoints[K]> }
