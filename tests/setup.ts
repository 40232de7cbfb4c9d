// Setup for unit and component tests (jsdom; see `test` in vite.config.ts). Not used by tests/e2e.
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Unmount whatever render() mounted, so DOM state never leaks between tests.
afterEach(() => {
  cleanup()
})
