import { chromium } from 'playwright-core'
import { startPreview } from './preview-server.mjs'
const server = await startPreview({})
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const shots = process.argv.slice(2)
const out = '/tmp/zz-ps'
import { mkdirSync } from 'node:fs'
mkdirSync(out, { recursive: true })
const list = [
  ['start-1366', '#/present?start=1', 1366, 768],
  ['start-390', '#/present?start=1', 390, 844],
  ['start-1920', '#/present?start=1&theme=projection', 1920, 1080],
  ['start-order', '#/present?start=1&quarter=2022Q2&order=chengyang,pingdu,laixi,shibei,licang', 1366, 768],
  ['start-bad', '#/present?start=1&quarter=2022Q2&order=pingdu,xx,pingdu,huangdao&lang=en', 1366, 768],
  ['card-order', '#/present?quarter=2022Q2&order=chengyang,pingdu,laixi,shibei,licang&slide=12', 1920, 1080],
  ['presenter-1366', '#/present?quarter=2022Q2&slide=12&view=presenter', 1366, 768],
  ['presenter-1920', '#/present?quarter=2022Q2&slide=7&view=presenter', 1920, 1080],
  ['presenter-390', '#/present?quarter=2022Q2&slide=3&view=presenter', 390, 844],
].filter(([n]) => !shots.length || shots.includes(n))
for (const [name, route, w, h] of list) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' })
  const page = await ctx.newPage()
  page.on('pageerror', (e) => console.log('pageerror', name, e.message))
  page.on('console', (m) => m.type() === 'error' && console.log('console', name, m.text()))
  await page.goto(`${server.url}${route}`)
  await page.waitForTimeout(1500)
  if (name === 'start-1366') {
    await page.click('[data-testid=check-button]')
    await page.waitForSelector('[data-testid=check-result] li')
  }
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: name.startsWith('start') })
  await ctx.close()
}
await browser.close()
await server.close()
