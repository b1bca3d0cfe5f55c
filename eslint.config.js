import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Imports run one way: shared (domain, api, components, lib) -> features -> app.
// Features never import each other; the domain imports nothing but itself and zod.
// ESLint keeps only the last matching `no-restricted-imports`, so every zone lists all of its bans.
const features = [
  'wall',
  'ledger',
  'item',
  'supervision',
  'my-unit',
  'demands',
  'public-board',
  'session',
  'report',
  'submit',
]

const noTestsOrMocks = {
  group: ['**/mocks/**', '**/tests/**', '@mocks/**'],
  message: 'App code never imports mocks or tests (only src/app/start-mocking.ts loads the mock).',
}
// Classic zod is not tree-shakeable: the app would carry all of it (toJSONSchema included) on its first load.
const classicZod = { name: 'zod', message: "Use 'zod/mini' in app code (docs/decisions/004-zod-mini.md)." }
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { paths: [classicZod], patterns: [noTestsOrMocks, ...patterns] }],
})

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
      ],
    },
  },
  { files: ['src/**'], ignores: ['src/app/start-mocking.ts'], rules: restrict() },
  {
    files: ['src/domain/**'],
    rules: restrict(
      { group: ['react', 'react-dom', 'react-router', '@tanstack/*'], message: 'The domain is pure TypeScript.' },
      {
        group: ['@/api/**', '@/features/**', '@/components/**', '@/lib/**', '@/app/**'],
        message: 'The domain imports only itself.',
      },
    ),
  },
  {
    files: ['src/api/**', 'src/components/**', 'src/lib/**'],
    rules: restrict({
      group: ['@/features/**', '@/app/**'],
      message: 'Shared code does not import features or the app.',
    }),
  },
  ...features.map((name) => ({
    files: [`src/features/${name}/**`],
    rules: restrict(
      {
        group: features.filter((other) => other !== name).map((other) => `@/features/${other}/**`),
        message: 'Features do not import each other; move shared code to src/components, src/lib or src/api.',
      },
      { group: ['@/app/**'], message: 'Features do not import the app layer.' },
    ),
  })),
  {
    files: ['mocks/**', 'server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/**', '@/app/**', '@/components/**'],
              message: 'Backends use the domain and the contract, not the UI.',
            },
          ],
        },
      ],
    },
  },
)
