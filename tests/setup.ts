// Setup for the component tests (the `component` project in vite.config.ts, jsdom). Not used by the
// `unit` project (node) nor by tests/e2e.
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Unmount whatever render() mounted, so DOM state never leaks between tests.
afterEach(() => {
  cleanup()
})
