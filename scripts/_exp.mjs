import { launchChromium } from './find-chrome.mjs'
import { startPreview } from './preview-server.mjs'

const server = await startPreview({ root: '/tmp/exp' })
const browser = await launchChromium()
const res = {}
for (let i = 0; i < 5; i++)
  for (const f of [
    'index.html',
    'b.html',
    'c.html',
    'd.html',
    'e.html',
    'static-baseline-2022Q2-economy.html',
  ]) {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    const page = await ctx.newPage()
    const cdp = await ctx.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(server.url + f + '#/rankings?quarter=2022Q2&section=economy', { waitUntil: 'load' })
    await page.waitForTimeout(800)
    const fcp = await page.evaluate(() =>
      Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
    )
    ;(res[f] ??= []).push(fcp)
    await ctx.close()
  }
for (const [f, v] of Object.entries(res)) console.log(f.padEnd(40), v.sort((a, b) => a - b)[2], v.join(' '))
await browser.close()
await server.close()
