// The offline single-file build opens from file:// (a USB stick, a file share) with working deep links,
// its data read from the JSON block embedded in the page (a page from file:// cannot fetch data/).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, expect, test } from 'vitest'
import { repoRoot } from '../../scripts/find-chrome.mjs'
import { getBrowser } from './browser'

const file = join(repoRoot, 'dist-offline', 'index.html')
const vite = (...args: string[]) =>
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', ...args, '--logLevel', 'error'], {
    cwd: repoRoot,
    stdio: 'inherit',
    // Vitest runs with NODE_ENV=test, which would give the child a development React: build what ships.
    env: { ...process.env, NODE_ENV: 'production' },
  })

beforeAll(() => {
  // Built here rather than in npm test's build step: only this test needs it.
  vite('--mode', 'offline')
})

test('dist-offline/index.html works from file:// with a deep link, data included', async () => {
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // Nothing may be fetched over the network, nor data files from next to the page: all is inside the one file.
  const fetched: string[] = []
  page.on('request', (r) => {
    if (/^https?:/.test(r.url()) || /\/data\//.test(r.url())) fetched.push(r.url())
  })
  await page.goto(`${pathToFileURL(file).href}#/rankings?quarter=2022Q2&section=economy`)
  const rows = page.locator('[data-testid=rankings-table] tbody tr')
  await rows.first().waitFor()
  expect(await rows.count()).toBe(10)
  expect(await rows.first().innerText()).toContain('54.96')
  await page.locator('th button[data-column=score]').click()
  await expect.poll(() => page.url()).toContain('sort=score.desc')
  await page.goto(`${pathToFileURL(file).href}#/rankings?quarter=2024Q4&dataset=demo`)
  await page.getByTestId('demo-banner').waitFor()
  expect(errors).toEqual([])
  expect(fetched).toEqual([])
  await context.close()
})

test('the data travels as one embedded JSON block, not as files next to the page', () => {
  const html = readFileSync(file, 'utf8')
  expect(html.match(/<script type="application\/json" id="leitai-data">/g)).toHaveLength(1)
  expect(existsSync(join(repoRoot, 'dist-offline', 'data'))).toBe(false)
  // The texts are in the block exactly as on disk.
  const block = html.slice(html.indexOf('id="leitai-data">') + 'id="leitai-data">'.length)
  const { manifest, files } = JSON.parse(block.slice(0, block.indexOf('</script>')))
  const disk = (path: string) => readFileSync(join(repoRoot, 'public', 'data', path), 'utf8')
  expect(manifest).toEqual(JSON.parse(disk('manifest.json')))
  expect(files['real/quarters/2022Q2.json']).toBe(disk('real/quarters/2022Q2.json'))
  expect(Object.keys(files)).toHaveLength(6 + 12 + 2 * 3)
})

test('npm run build writes the same single-file page next to the served build as dist/leitai-offline.html', () => {
  // `npm test` builds with `npm run build`'s steps; a bare `vite build` (e.g. npm run test:e2e) has not.
  const shell = join(repoRoot, 'dist', 'leitai-offline.html')
  if (!existsSync(shell)) vite('--mode', 'offline-shell')
  // The shell is the offline page without its prerendered views: the app writes other data into it
  // (offline-copy.ts), which those views would not show.
  const withoutViews = readFileSync(file, 'utf8')
    .replace(/<div id="root" data-prerendered="">[\s\S]*?<\/div>\n(?=\s*<script)/, '<div id="root"></div>\n')
    .replace(
      /\n\s*<script type="application\/json" (?:id="leitai-prerender"|class="leitai-view"[^>]*)>[^<]*<\/script>|\n\s*<script>\(function (?:choosePrerendered|waitForChooser)[\s\S]*?<\/script>/g,
      '',
    )
  expect(withoutViews).not.toBe(readFileSync(file, 'utf8'))
  // Their CSP differs by the gate's and the chooser's hashes (csp.e2e.ts checks each policy).
  const policy = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/
  expect(readFileSync(shell, 'utf8').replace(policy, '')).toBe(withoutViews.replace(policy, ''))
})
