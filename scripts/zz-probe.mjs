import { launchChromium } from './find-chrome.mjs'
import { startPreview } from './preview-server.mjs'
const server = await startPreview()
const browser = await launchChromium()
const route = process.argv[2] ?? '#/rankings?quarter=2022Q2&section=economy'
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const page = await ctx.newPage()
  const cdp = await ctx.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.addInitScript(() => {
    window.__lcp = []
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push([Math.round(e.startTime), e.element?.tagName + '.' + (e.element?.className||'').slice(0,60), e.size, (e.element?.textContent||'').slice(0,40)]) }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
  await page.route(/prerender-chooser/, async (r) => {
    const resp = await r.fetch(); const body = await resp.text()
    await r.fulfill({ response: resp, body: `performance.mark('c0');${body};performance.mark('c1')` })
  })
  await page.goto(server.url + route, { waitUntil: 'load' })
  await page.waitForTimeout(2500)
  const r = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0]
    const res = performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().slice(0, 30), Math.round(e.startTime), Math.round(e.responseEnd)])
    return { marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]), resp: Math.round(n.responseEnd), domInteractive: Math.round(n.domInteractive), dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd), paints: performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]), lcp: window.__lcp, res: res.slice(0, 12) }
  })
  console.log(JSON.stringify(r))
  await ctx.close()
}
await browser.close(); await server.close()
