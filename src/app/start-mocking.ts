// The only module allowed to load the mock backend (eslint.config.js). A dynamic import keeps msw
// and the seed out of the entry chunk; the env test sits inline at the import so that Vite writes it in
// as a constant and a build with VITE_API_MOCKING=false drops the import and does not even emit the mock.
export async function startMocking(): Promise<void> {
  if (import.meta.env.VITE_API_MOCKING !== 'false') {
    const { startMockWorker } = await import('../../mocks/browser')
    await startMockWorker()
  }
}
