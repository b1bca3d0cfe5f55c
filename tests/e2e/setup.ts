import { beforeEach } from 'vitest'
import { resetServer } from './backend'

// Fresh demo data for every journey against the server, as a new browser profile gives on the mock.
beforeEach(async () => {
  await resetServer()
})
