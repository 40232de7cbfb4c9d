// The prerendered first view (src/lib/prerender-contract.ts, vite.config.ts `prerenderViews`): the table is
// in the page before any of the app's code runs, and hydrating it changes nothing a user can see.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { appURL, collectConsoleErrors, collectPageErrors, getBrowser, openPage } from './browser'

const DEEP_LINK = '#/rankings?quarter=2022Q2&section=economy'

/** The DOM under #root as text: attributes sorted, generated ids (useId) numbered by first appearance. */
function canonicalRoot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ids = new Map<string, string>()
    const idOf = (v: string) => {
      if (!/^P\d+-\d+$/.test(v)) return v
      if (!ids.has(v)) ids.set(v, `id${ids.size}`)
      return ids.get(v) as string
    }
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
      if (!(node instanceof Element)) return ''
      const attrs = [...node.attributes]
        .filter((a) => a.name !== 'data-prerendered' && a.name !== 'data-hydrated')
        .map((a) => `${a.name}="${a.value.split(' ').map(idOf).join(' ')}"`)
        .sort()
      return `<${node.localName} ${attrs.join(' ')}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`
    }
    return walk(document.getElementById('root') as Element)
  })
}

/** A page of the same URL without the prerender script: what the app renders on the client alone. */
async function clientOnlyPage(hashRoute: string): Promise<Page> {
  const context = await (await getBrowser()).newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
  })
  const page = await context.newPage()
  await page.route(
    (url) => url.hash === '' && (url.pathname.endsWith('/') || url.pathname.endsWith('/index.html')),
    async (route) => {
      const response = await route.fetch()
      const body = (await response.text())
        // The gate and the chooser: files in assets/ on the served page (its CSP allows no inline script).
        .replace(/<script src="\.\/assets\/prerender-(gate|chooser)-[\w-]+\.js"><\/script>/g, '')
        // The bare link's view, markup in #root.
        .replace(
          /<div id="root" data-prerendered="">[\s\S]*?<\/div>\n(?=\s*<script)/,
          '<div id="root"></div>\n',
        )
      await route.fulfill({ response, body })
    },
  )
  await page.goto(appURL(hashRoute))
  return page
}

const settled = async (page: Page) => {
  await page.locator('table tbody tr').first().waitFor()
  await page.waitForLoadState('networkidle')
}

test('the deep link’s table is in the page before any of the app’s code runs', async () => {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  // Only the prerender gate and chooser may run (files, for the page's CSP): they are not the app's code.
  await page.route(/\/assets\/(?!prerender-(gate|chooser)-).*\.js$/, (route) => route.abort())
  await page.goto(appURL(DEEP_LINK))
  const first = page.locator('table tbody tr').first()
  await expect.poll(() => first.innerText()).toMatch(/黄岛区[\s\S]*54\.96/)
  expect(await page.locator('#root').getAttribute('data-prerendered')).toBe('quarter=2022Q2&section=economy')
  await context.close()
})

test('before any of the app’s code runs, other links never show the bare link’s markup', async () => {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  await page.route(/\/assets\/(?!prerender-(gate|chooser)-).*\.js$/, (route) => route.abort())
  // Whether the inline (bare link) table was ever laid out: a row with a box while the parser runs.
  await context.addInitScript(() => {
    const seen = { shown: false }
    ;(window as unknown as { seen: typeof seen }).seen = seen
    new MutationObserver(() => {
      const row = document.querySelector('#root table tbody tr') as HTMLElement | null
      if (row && row.getClientRects().length > 0 && !location.hash.includes('section=projects'))
        seen.shown = true
    }).observe(document, { childList: true, subtree: true })
  })
  // A prerendered section other than the inline one: the chooser puts it in.
  await page.goto(appURL('#/rankings?quarter=2022Q2&section=projects'))
  await expect
    .poll(() => page.locator('#root').getAttribute('data-prerendered'))
    .toBe('quarter=2022Q2&section=projects')
  expect(await page.locator('table caption').innerText()).toContain('项目签约落地')
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-prerender-wait'))).toBe(false)
  // A view that is not prerendered: #root is emptied for the client, and nothing of the rankings showed.
  const other = await context.newPage()
  await other.route(/\/assets\/(?!prerender-(gate|chooser)-).*\.js$/, (route) => route.abort())
  await other.goto(appURL('#/movement'))
  await expect.poll(() => other.evaluate(() => document.readyState)).toBe('complete')
  expect(await other.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0)
  expect(await other.evaluate(() => (window as unknown as { seen: { shown: boolean } }).seen.shown)).toBe(
    false,
  )
  await context.close()
})

test('hydration keeps the prerendered nodes, and they equal what the client renders alone', async () => {
  const browser = await getBrowser()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  // Remember the first row as the page's inline script inserted it, before any module ran.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const row = document.querySelector('table tbody tr')
      if (!row) return
      ;(window as unknown as { preRow: Element }).preRow = row
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(appURL(DEEP_LINK))
  await settled(page)
  await page.waitForTimeout(500)
  expect(
    await page.evaluate(() => {
      const pre = (window as unknown as { preRow?: Element }).preRow
      return pre?.isConnected === true && pre === document.querySelector('table tbody tr')
    }),
  ).toBe(true)
  const hydrated = await canonicalRoot(page)
  const alone = await clientOnlyPage(DEEP_LINK)
  await settled(alone)
  await alone.waitForTimeout(500)
  expect(await alone.locator('#root').getAttribute('data-prerendered')).toBeNull()
  expect(hydrated).toBe(await canonicalRoot(alone))
  expect(errors).toEqual([])

  // And it is the app: sorting works on the hydrated table.
  await page.getByRole('button', { name: /得分/ }).click()
  await expect.poll(() => page.url()).toContain('sort=score.desc')
  await alone.context().close()
  await context.close()
})

test('a bare link opens the prerendered default view at #/rankings', async () => {
  const page = await openPage('#/')
  await settled(page)
  expect(new URL(page.url()).hash).toBe('#/rankings')
  expect(await page.locator('#root').getAttribute('data-prerendered')).toBe('')
  expect(collectPageErrors(page)).toEqual([])
  expect(collectConsoleErrors(page)).toEqual([])
})

test('other links, and a browser with local quarters, render on the client', async () => {
  const english = await openPage(`${DEEP_LINK}&lang=en`)
  await settled(english)
  expect(await english.locator('#root').getAttribute('data-prerendered')).toBeNull()
  expect(await english.locator('table caption').innerText()).toMatch(/economy|Economic/i)

  const context = await (await getBrowser()).newContext({ viewport: { width: 1366, height: 768 } })
  await context.addInitScript(() => localStorage.setItem('leitai.local-layer', '1'))
  const page = await context.newPage()
  await page.goto(appURL(DEEP_LINK))
  await settled(page)
  expect(await page.locator('#root').getAttribute('data-prerendered')).toBeNull()
  await expect.poll(() => page.locator('table tbody tr').first().innerText()).toMatch(/黄岛区[\s\S]*54\.96/)
  await context.close()
})

test('a view rendered on the client starts from the data the page carries: only the manifest is read', async () => {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1366, height: 768 } })
  const data: string[] = []
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (path.includes('/data/')) data.push(path.replace(/^.*\/data\//, ''))
  })
  const page = await context.newPage()
  await page.goto(appURL('#/movement'))
  await page.locator('[data-testid=bump-chart] svg').first().waitFor()
  await page.waitForLoadState('networkidle')
  // The check that the served data is still the build's (prerender-seed.ts refreshAfterHydration).
  expect(data).toEqual(['manifest.json'])
  await context.close()
})

test('the Chinese first view fetches no English; the language switch brings it, with no key or mixed frame', async () => {
  const context = await (await getBrowser()).newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
  })
  const page = await context.newPage()
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto(appURL(DEEP_LINK))
  await page.waitForSelector('#root[data-hydrated]')
  await page.waitForLoadState('networkidle')
  const english = (list: string[]) => list.filter((p) => /i18n-(common-)?en-/.test(p))
  expect(english(scripts)).toEqual([])

  // Every text the page shows from here on, so a frame with a raw key (col.rank) or Chinese column
  // headers under an English caption would be caught.
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] }
    w.seen = []
    new MutationObserver(() => w.seen.push(document.querySelector('table thead')?.textContent ?? '')).observe(
      document.body,
      { subtree: true, childList: true, characterData: true },
    )
  })
  await page.getByRole('button', { name: 'English' }).click()
  await expect.poll(() => page.locator('table caption').innerText()).toMatch(/Q2 2022/)
  expect(english(scripts).length).toBeGreaterThan(0)
  expect(await page.locator('table thead').innerText()).toMatch(/Rank[\s\S]*District[\s\S]*Score/)
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
  expect(seen.filter((t) => /col\.|rankings:/.test(t))).toEqual([])
  expect(seen.filter((t) => /Rank/.test(t) && /区市|得分/.test(t))).toEqual([])
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB')
  await context.close()
})
