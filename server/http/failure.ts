// The same error answers as the mock: one definition for both backends.
export * from '../../mocks/http/failure'
