import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { mockingEnabled } from '@/api/config'
import { App } from '@/app/app'
import { startMocking } from '@/app/start-mocking'
import '@/styles/global.css'

async function main() {
  if (mockingEnabled) await startMocking()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void main()
