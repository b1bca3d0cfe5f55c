import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import boundaries from 'eslint-plugin-boundaries'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Import boundaries (docs/decisions/010-import-boundaries.md). Every folder is an element found by its
// pattern, never by a hand list of names: one element per folder of src/features (its name captured), one
// per layer elsewhere. `boundaries/dependencies` resolves each import (relative, `@/` alias, dynamic or
// re-export alike) to the file it reaches and allows only what the policies below allow.
const elements = [
  { type: 'domain', pattern: 'src/domain' },
  { type: 'contract', pattern: 'src/contract' },
  { type: 'core', pattern: 'src/core' },
  { type: 'api', pattern: 'src/api' },
  { type: 'components', pattern: 'src/components' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'styles', pattern: 'src/styles' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'mocks', pattern: 'mocks' },
  { type: 'server', pattern: 'server' },
  { type: 'build', pattern: 'build' },
  { type: 'tests', pattern: 'tests' },
  { type: 'scripts', pattern: 'scripts' },
].map((element) => ({ ...element, partialMatch: false }))

// Single files outside every element folder.
const files = [
  { category: 'entry', pattern: 'src/main.tsx' },
  { category: 'ambient', pattern: 'src/*.d.ts' },
  { category: 'config', pattern: '*.{js,mjs,cjs,ts,mts,cts}' },
]

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } })
const shared = ['domain', 'api', 'components', 'lib', 'styles']

// Who may import whom; anything else is an error (`default: 'disallow'`). Imports inside one element are not
// checked, so a feature imports itself freely and never another feature.
const policies = [
  // Packages and Node's built-ins are checked too (checkAllOrigins), but only the domain is held to a list here;
  // the package bans for the other layers are `no-restricted-imports` below.
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
  {
    from: { element: { type: 'domain' } },
    disallow: { to: { module: { origin: ['external', 'core'], source: '!zod' } } },
    message: 'The domain imports only itself and zod/mini.',
  },
  {
    // Before the layers, so that only the last policy (tests, scripts and config files) overrides it.
    disallow: { to: { element: { isUnknown: true }, file: { isUnknown: true }, module: { origin: 'local' } } },
    message:
      'This import reaches a local file that no element or file pattern in eslint.config.js covers, or nothing (it does not resolve).',
  },
  { from: { element: { type: 'domain' } }, allow: to('domain') },
  { from: { element: { type: 'contract' } }, allow: to('domain', 'contract') },
  { from: { element: { type: 'core' } }, allow: to('domain', 'contract', 'core') },
  { from: { element: { type: 'api' } }, allow: to('domain', 'contract', 'api') },
  { from: { element: { types: { anyOf: ['components', 'lib', 'styles'] } } }, allow: to(...shared) },
  { from: { element: { type: 'feature' } }, allow: to(...shared) },
  { from: { element: { type: 'app' } }, allow: to(...shared, 'feature', 'app') },
  {
    // The only way into the in-browser mock backend, loaded lazily so that it stays out of the entry chunk.
    from: { file: { path: 'src/app/start-mocking.ts' } },
    allow: { ...to('mocks'), dependency: { nodeKind: 'dynamic-import' } },
  },
  { from: { file: { categories: 'entry' } }, allow: to('app', 'api', 'styles') },
  { from: { element: { type: 'mocks' } }, allow: to('domain', 'contract', 'core', 'mocks') },
  { from: { element: { type: 'server' } }, allow: to('domain', 'contract', 'core', 'server') },
  { from: { element: { type: 'build' } }, allow: to('api', 'contract', 'domain', 'build') },
  {
    // Tests, scripts and the config files at the top may import anything; nothing imports them back.
    from: [{ element: { types: { anyOf: ['tests', 'scripts'] } } }, { file: { categories: 'config' } }],
    allow: { to: { module: { origin: 'local' } } },
  },
]

// Package bans. ESLint keeps only the last matching `no-restricted-imports`, so the zones below do not
// overlap and each lists all of its bans.
// Classic zod is not tree-shakeable: the app would carry all of it (toJSONSchema included) on its first load.
const classicZod = { name: 'zod', message: "Use 'zod/mini' in app code (docs/decisions/004-zod-mini.md)." }
const reactRouter = {
  name: 'react-router',
  message: "Import from 'react-router-dom', the package the project depends on.",
}
const uiPackages = {
  group: ['react', 'react/**', 'react-dom', 'react-dom/**', 'react-router-dom', '@tanstack/**', 'recharts'],
  message: 'The domain, the contract and the core are plain TypeScript: no React, router or TanStack.',
}
const restrict = (paths, patterns = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] })
const pureLayers = ['src/domain/**', 'src/contract/**', 'src/core/**']
const browserCode = ['src/**', 'mocks/**']

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'dist-server-node',
      'shots',
      'test-results',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/legacy-templates': false,
      'import/resolver': {
        typescript: { project: `${import.meta.dirname}/tsconfig.json` },
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
      ],
      // Local imports to a file no element or file pattern covers are errors too (checkUnknownLocals), and so
      // is a linted file that no pattern covers (no-unknown-files): a new folder gets its place above first.
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies },
      ],
      'boundaries/no-unknown-files': 'error',
      'no-restricted-imports': ['error', { paths: [reactRouter] }],
    },
  },
  { files: browserCode, ignores: pureLayers, rules: restrict([classicZod, reactRouter]) },
  { files: pureLayers, rules: restrict([classicZod, reactRouter], [uiPackages]) },
  // Last, so that no stylistic rule fights Prettier.
  prettier,
)
