// Global setup for the browser tests (runs once, in the main Vitest process, before any *.e2e.ts file).
// It refuses to run without a build or without Chromium (failing loudly: a skipped browser suite looks
// green in CI while testing nothing), serves dist/ with Vite's preview server in this process, and hands
// the URL to the tests.
import type { TestProject } from 'vitest/node'
import { assertBuilt, findChrome } from '../../scripts/find-chrome.mjs'
import { startPreview } from '../../scripts/preview-server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves dist/, ending in '/': `${inject('baseURL')}#/rankings`. */
    baseURL: string
    /** The Chromium binary the tests launch. */
    chromePath: string
  }
}

export default async function setup(project: TestProject) {
  assertBuilt() // throws "... run vite build first"
  const chromePath = findChrome() // throws with the apt-get install hint

  const server = await startPreview()
  console.log(`[e2e] vite preview serving dist/ at ${server.url}; Chromium: ${chromePath}`)
  project.provide('baseURL', server.url)
  project.provide('chromePath', chromePath)

  // Teardown: the server lives in this process; closing it also drops Chromium's keep-alive sockets.
  return async () => {
    await server.close()
  }
}
