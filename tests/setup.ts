// Setup for the component tests (the `component` project in vite.config.ts, jsdom). Not used by the
// `unit` project (node) nor by tests/e2e.
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import './english'

// findBy*/waitFor give up after 1 s by default, which a re-render on a loaded 2-core machine can
// exceed. 10 s stays under the component tests' 15 s timeout (vite.config.ts), so a miss still reports what was not found instead
// of a bare "test timed out". One value for every file (files used to set their own).
configure({ asyncUtilTimeout: 10_000 })

// Unmount whatever render() mounted, so DOM state never leaks between tests.
afterEach(() => {
  cleanup()
})
