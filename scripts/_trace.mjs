import { launchChromium } from './find-chrome.mjs'
import { startPreview } from './preview-server.mjs'

const server = await startPreview({ root: '/tmp/exp' })
const browser = await launchChromium()
for (const f of [process.argv[2] ?? 'c.html', 'static-baseline-2022Q2-economy.html']) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const page = await ctx.newPage()
  const cdp = await ctx.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  const events = []
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value))
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,blink,loading',
    transferMode: 'ReportEvents',
  })
  await page.goto(server.url + f + '#/rankings?quarter=2022Q2&section=economy', { waitUntil: 'load' })
  await page.waitForTimeout(1500)
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.end')
  await done
  const fcp = await page.evaluate(() =>
    Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime),
  )
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts))
  const fcpEv = events.find((e) => e.name === 'firstContentfulPaint')
  const end = fcpEv ? fcpEv.ts : t0 + fcp * 1000
  const sum = {}
  for (const e of events)
    if (e.ph === 'X' && e.ts >= t0 && e.ts <= end && e.dur) {
      sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000
    }
  console.log(f, 'fcp', fcp, 'trace fcp', fcpEv ? Math.round((fcpEv.ts - t0) / 1000) : '?')
  console.log(
    Object.entries(sum)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([k, v]) => `  ${k}: ${Math.round(v)}`)
      .join('\n'),
  )
  await ctx.close()
}
await browser.close()
await server.close()
