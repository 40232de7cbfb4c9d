// Smoke test: the production build loads in a real Chromium, renders, and throws nothing uncaught.
import { expect, test } from 'vitest'
import { collectPageErrors, openPage } from './browser'

test('the built app loads at #/rankings without uncaught errors', async () => {
  const page = await openPage('#/rankings', { waitUntil: 'networkidle' })

  expect(await page.title()).toContain('擂台')
  // React mounted something into index.html's <div id="root"> (an empty root means the bundle did not run).
  await expect.poll(() => page.locator('#root > *').count()).toBeGreaterThan(0)
  expect(collectPageErrors(page).map((error) => error.stack ?? error.message)).toEqual([])
})
