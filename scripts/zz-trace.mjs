import { readFileSync } from 'node:fs'
import { launchChromium } from './find-chrome.mjs'
import { startPreview } from './preview-server.mjs'
const server = await startPreview()
const browser = await launchChromium()
const route = process.argv[2] ?? '#/rankings?quarter=2022Q2&section=economy'
const url = route.startsWith('http') ? route : server.url + route
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } })
const page = await ctx.newPage()
const cdp = await ctx.newCDPSession(page)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'] })
await page.goto(url, { waitUntil: 'load' })
await page.waitForTimeout(1500)
await browser.stopTracing()
await browser.close(); await server.close()
const { traceEvents } = JSON.parse(readFileSync('/tmp/trace.json', 'utf8'))
const nav = traceEvents.find((e) => e.name === 'navigationStart' || e.name==='markAsMainFrame')
const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint')
const t0 = traceEvents.filter((e) => e.name === 'navigationStart').map(e=>e.ts).sort().pop()
console.log('fcp', fcp && (fcp.ts - t0) / 1000)
const main = traceEvents.filter((e) => e.ph === 'X' && e.dur > 8000 && ['RunTask'].includes(e.name) === false && e.ts > t0 && e.ts < (fcp?.ts ?? Infinity) + 2e5)
for (const e of main.sort((a, b) => a.ts - b.ts).slice(0, 60)) console.log(((e.ts - t0) / 1000).toFixed(0).padStart(6), (e.dur / 1000).toFixed(1).padStart(7), e.tid, e.name, JSON.stringify(e.args?.data ?? {}).slice(0, 100))
