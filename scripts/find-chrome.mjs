// Browser-test plumbing shared by the e2e global setup (tests/e2e/), scripts/test-all.mjs,
// scripts/screenshots.mjs and scripts/bench-first-view.mjs:
//   - findChrome() / chromiumArgs / launchChromium(): use the system Chromium (Debian's package);
//     browser downloads (`npx playwright install`) are not available here, so we never rely on them.
//   - assertBuilt(): refuse to test or serve a dist/ that was never built.
// Serving dist/ is preview-server.mjs (Vite's preview server, in-process).
// Types for TypeScript callers live next door in find-chrome.d.mts.

import { accessSync, constants, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Repository root (this file lives in <root>/scripts/). */
export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export const CHROME_INSTALL_HINT =
  'No Chromium/Chrome found. Install one with:\n' +
  '  apt-get update && apt-get install -y chromium fonts-noto-cjk\n' +
  `or point CHROME_PATH at a Chrome/Chromium binary. (Looked at: ${['$CHROME_PATH', ...CANDIDATES].join(', ')}.)\n` +
  'Do not use `npx playwright install`: browser downloads are not available in this environment.'

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Path of the Chromium to drive: $CHROME_PATH if it exists, else the first existing system binary.
 * Throws an Error carrying the install instructions when there is none.
 */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv
    console.warn(`[find-chrome] CHROME_PATH=${fromEnv} does not exist or is not executable; trying defaults.`)
  }
  const found = CANDIDATES.find(isExecutable)
  if (found) return found
  throw new Error(CHROME_INSTALL_HINT)
}

/** Flags for headless Chromium running as root in a container (no sandbox, no GPU, no background traffic). */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
])

/** playwright-core's chromium.launch() with the system binary and our flags; extra `args` are appended. */
export async function launchChromium(options = {}) {
  // Imported lazily so that findChrome() users (e.g. test-all's pre-flight check) do not pay for it.
  const { chromium } = await import('playwright-core')
  const { args = [], ...rest } = options
  return chromium.launch({
    executablePath: findChrome(),
    headless: true,
    ...rest,
    args: [...chromiumArgs, ...args],
  })
}

/** Throws unless `vite build` has produced <dist>/index.html. Returns the absolute dist path. */
export function assertBuilt(distDir = join(repoRoot, 'dist')) {
  const indexHtml = join(distDir, 'index.html')
  if (!existsSync(indexHtml)) {
    throw new Error(`${indexHtml} does not exist: run vite build first (npm run build).`)
  }
  return distDir
}
