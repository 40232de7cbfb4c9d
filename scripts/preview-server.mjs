// Serves the built app (dist/) with Vite's own preview server, inside the calling process: the e2e global
// setup (tests/e2e/global-setup.ts), scripts/screenshots.mjs and scripts/bench-first-view.mjs.
// In-process rather than a `vite preview` child: the OS picks the port (port 0, so no race for a "free" one),
// the URL comes from the bound socket, and the server cannot outlive the process that started it.
// Types for TypeScript callers live next door in preview-server.d.mts.

import { join } from 'node:path'
import { preview } from 'vite'
import { assertBuilt, repoRoot } from './find-chrome.mjs'

/**
 * Start serving `<root>/dist` on `host` and a port the OS picks. Resolves to { url, close }: `url` ends
 * with '/', so `${url}#/rankings` works; close() stops the server and may be called more than once.
 * Uses the project's vite.config.ts (base, preview options), as `npm run preview` does.
 */
export async function startPreview({ root = repoRoot, host = '127.0.0.1' } = {}) {
  assertBuilt(join(root, 'dist')) // a clear "run vite build first" instead of a server of 404s
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { port: 0, strictPort: true, host, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) {
    await server.close()
    throw new Error(`vite preview started but reported no local URL (host ${host})`)
  }
  return { url: url.endsWith('/') ? url : `${url}/`, close: () => server.close() }
}
