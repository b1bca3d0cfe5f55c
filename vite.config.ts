import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { apiPreconnect } from './build/api-preconnect.ts'
import { earlyWallRequests } from './build/early-wall-requests.ts'
import { landingChunks } from './build/landing-chunks.ts'
import { preloadLandingRoute } from './build/preload-landing-route.ts'
import { securityHeaders } from './build/security-headers.ts'

// The app's build; its plugins are in build/, the test projects in vitest.config.ts. Imports name their `.ts`
// extension: Vite warns about a config that Node could not load as it is (its planned default loader).
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  plugins: [react(), apiPreconnect(), earlyWallRequests(), preloadLandingRoute(), securityHeaders()],
  resolve: { alias: { '@': fromRoot('./src') } },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: landingChunks(fromRoot('./')) } },
  },
})
