import { launchChromium } from './find-chrome.mjs'
import { startPreview } from './preview-server.mjs'
const server = await startPreview()
const browser = await launchChromium()
const pages = process.argv.slice(2)
const res = Object.fromEntries(pages.map((p) => [p, []]))
for (let i = 0; i < 7; i++) for (const p of pages) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const page = await ctx.newPage()
  const cdp = await ctx.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.addInitScript(() => { window.__lcp = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime }).observe({ type: 'largest-contentful-paint', buffered: true }) })
  await page.goto(server.url + p, { waitUntil: 'load' })
  await page.waitForTimeout(1200)
  res[p].push(await page.evaluate(() => Math.round(window.__lcp)))
  await ctx.close()
}
for (const [p, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(String(v[3]).padStart(6), p, v.join(' ')) }
await browser.close(); await server.close()
