// The only module allowed to load the mock backend (eslint.config.js). A dynamic import keeps msw
// and the seed out of the bundle of a build that talks to a real server.
export async function startMocking(): Promise<void> {
  const { startMockWorker } = await import('../../mocks/browser')
  await startMockWorker()
}
