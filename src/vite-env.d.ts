/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the REST API: a path on this origin (default `/api`) or an absolute URL. */
  readonly VITE_API_URL?: string
  /** `'false'` talks to a real server; anything else (the default) starts the in-browser mock. */
  readonly VITE_API_MOCKING?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
