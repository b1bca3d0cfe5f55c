import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { mockingEnabled } from '@/api/config'
import { App } from '@/app/app'
import { startMocking } from '@/app/start-mocking'
import '@/styles/global.css'

async function main() {
  if (mockingEnabled) await startMocking()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const root = createRoot(container)
  // A transition: the first render yields to the browser every few milliseconds instead of holding the
  // main thread for the whole tree (the loading screen stays on screen meanwhile).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
}

void main()
