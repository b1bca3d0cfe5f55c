/** The app's mark: a small bar chart on the brand red. Decorative; the name is always beside it. */
export function BrandMark() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#fff" />
      <path d="M8 22V12h3v10zm6.5 0V7h3v15zm6.5 0v-7h3v7z" fill="#9f1c1c" />
    </svg>
  )
}
