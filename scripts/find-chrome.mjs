// Browser-test plumbing shared by the e2e global setup (tests/e2e/), scripts/test-all.mjs,
// scripts/screenshots.mjs and scripts/bench-first-view.mjs:
//   - findChrome() / chromiumArgs / launchChromium(): use the system Chromium (Debian's package);
//     browser downloads (`npx playwright install`) are not available here, so we never rely on them.
//   - assertBuilt() / startPreview(): serve dist/ with `vite preview` as a child process that is
//     always killed (as a process group) when we are done, so no orphan server outlives a run.
// Types for TypeScript callers live next door in find-chrome.d.mts.

import { spawn } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import { createServer } from 'node:net'
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

/** A TCP port that was free a moment ago on `host` (the OS picks it). */
export function getFreePort(host = '127.0.0.1') {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      server.close(() => resolvePort(port))
    })
  })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
// For Promise.race() deadlines: an unref'd timer does not keep the process alive after the race is won.
const deadline = (ms) => new Promise((r) => setTimeout(r, ms).unref())

/** Kill a whole process group; ignore "no such process". */
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
    return true
  } catch (error) {
    if (error.code !== 'ESRCH') throw error
    return false
  }
}

/**
 * Start `vite preview --host 127.0.0.1 --port <free port> --strictPort` (from node_modules/.bin) and wait
 * until it answers HTTP. Resolves to { url, port, pid, stop }. `url` ends with '/', so `${url}#/rankings` works.
 *
 * The server runs in its own process group (detached) so stop() can kill it and anything it spawned in one
 * go. Because a detached child does not receive the terminal's Ctrl-C, we also kill it from `exit` and
 * signal handlers: a crashed or interrupted run must not leave a server holding a port.
 */
export async function startPreview({
  cwd = repoRoot,
  host = '127.0.0.1',
  timeoutMs = 30_000,
  attempts = 3,
} = {}) {
  assertBuilt(join(cwd, 'dist'))
  const viteBin = join(cwd, 'node_modules', '.bin', 'vite')
  if (!existsSync(viteBin)) throw new Error(`${viteBin} not found: run npm ci first.`)

  let lastError
  // Another process can grab the free port between getFreePort() and vite binding it (--strictPort then
  // makes vite exit), so retry with a fresh port a couple of times.
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await getFreePort(host)
    try {
      return await startPreviewOnce({ cwd, host, port, viteBin, timeoutMs })
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

async function startPreviewOnce({ cwd, host, port, viteBin, timeoutMs }) {
  const url = `http://${host}:${port}/`
  const child = spawn(viteBin, ['preview', '--host', host, '--port', String(port), '--strictPort'], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  })
  const pid = child.pid
  if (pid === undefined) throw new Error(`could not spawn ${viteBin}`)

  // Keep the last output for error messages; reading the pipes also keeps the child from blocking on them.
  let output = ''
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)

  let exited = false
  const exitedPromise = new Promise((r) => child.once('exit', r)).then(() => {
    exited = true
  })

  // Last-resort cleanup. `exit` handlers must be synchronous: SIGKILL the group and move on.
  const onExit = () => killGroup(pid, 'SIGKILL')
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP']
  const onSignal = (signal) => {
    killGroup(pid, 'SIGKILL')
    removeHandlers()
    // If nobody else handles this signal, re-raise it so the default action (terminate) still happens.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
  }
  process.on('exit', onExit)
  for (const s of signals) process.on(s, onSignal)
  function removeHandlers() {
    process.off('exit', onExit)
    for (const s of signals) process.off(s, onSignal)
  }

  let stopping
  const stop = () => {
    stopping ??= (async () => {
      removeHandlers()
      if (!exited) {
        killGroup(pid, 'SIGTERM')
        await Promise.race([exitedPromise, deadline(5000)])
      }
      // Whether or not the leader went quietly, make sure nothing else in its group survives.
      killGroup(pid, 'SIGKILL')
      await Promise.race([exitedPromise, deadline(2000)])
    })()
    return stopping
  }

  const giveUpAt = Date.now() + timeoutMs
  while (true) {
    if (exited) {
      await stop()
      throw new Error(`vite preview exited before serving ${url}:\n${output.trim()}`)
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return { url, port, pid, stop }
    } catch {
      // not listening yet
    }
    if (Date.now() > giveUpAt) {
      await stop()
      throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${output.trim()}`)
    }
    await sleep(100)
  }
}
