// The offline single-file build opens from file:// (a USB stick, a file share) with working deep links.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, expect, test } from 'vitest'
import { repoRoot } from '../../scripts/find-chrome.mjs'
import { getBrowser } from './browser'

const file = join(repoRoot, 'dist-offline', 'index.html')

beforeAll(() => {
  // Built here rather than in npm test's build step: only this test needs it.
  execFileSync(
    join(repoRoot, 'node_modules', '.bin', 'vite'),
    ['build', '--mode', 'offline', '--logLevel', 'error'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  )
})

test('dist-offline/index.html works from file:// with a deep link, data included', async () => {
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // Nothing may be fetched over the network: everything is inside the one file.
  const remote: string[] = []
  page.on('request', (r) => {
    if (/^https?:/.test(r.url())) remote.push(r.url())
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
  expect(remote).toEqual([])
  await context.close()
})
