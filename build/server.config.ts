import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'

// The server built ahead into plain JavaScript (issue 23): `npm run build` runs it after the app's build and
// `npm start` runs dist-server-node/main.js with node, no TypeScript at run time. The `@/` alias resolves to
// src/ (the core and the domain are bundled in); every package in node_modules stays external, so the build
// runs where `npm ci --omit=dev` installed the dependencies. The migrations are copied beside it.
const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const outDir = fromRoot('dist-server-node')

function copyMigrations(): Plugin {
  return {
    name: 'copy-migrations',
    writeBundle() {
      const from = fromRoot('server/migrations')
      mkdirSync(`${outDir}/migrations`, { recursive: true })
      for (const name of readdirSync(from))
        if (name.endsWith('.sql')) copyFileSync(`${from}/${name}`, `${outDir}/migrations/${name}`)
    },
  }
}

export default defineConfig({
  root: fromRoot(''),
  publicDir: false,
  plugins: [copyMigrations()],
  resolve: { alias: { '@': fromRoot('src') } },
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: {
        main: fromRoot('server/main.ts'),
        admin: fromRoot('server/admin-command.ts'),
        migrate: fromRoot('server/migrate-command.ts'),
      },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
