// Browser tests of the movement view (#/movement) on the real build: the bump chart as drawn by
// recharts in Chromium, its gaps and derived marks, the URL state, and the lazy loading of recharts.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { previousQuarter, type QuarterId } from '../../src/domain/model/quarter'
import { loadDataset } from '../fixtures/datasets'
import { appURL, axeViolations, collectPageErrors, getBrowser, openPage, screenshot } from './browser'

const chart = (page: Page) => page.locator('[data-testid=bump-chart]')
/** Waits for the lazily loaded chart to have drawn its points. */
async function chartReady(page: Page) {
  await chart(page).locator('circle[data-point]').first().waitFor()
}
/** The district lines (the chart also has an invisible, value-less axis anchor line). */
const lineCurves = (page: Page) => chart(page).locator('path.recharts-line-curve[name]')
const pointY = (page: Page, id: string) =>
  chart(page)
    .locator(`circle[data-point="${id}"]`)
    .evaluate((c) => Number(c.getAttribute('cy')))

describe('movement view, real data', () => {
  test('2022Q1→2022Q2: 市南区 7 (derived, hollow, dashed) → 5 with ▲2 vs 2022Q1; no line for unpublished ranks', async () => {
    const page = await openPage('#/movement?from=2022Q1&to=2022Q2&section=overall')
    await chartReady(page)

    // Points: 7 is derived (hollow), 5 published; 7 is drawn below 5 (rank 1 on top).
    const q1 = chart(page).locator('circle[data-point="shinan@2022Q1"]')
    const q2 = chart(page).locator('circle[data-point="shinan@2022Q2"]')
    expect(await q1.getAttribute('data-status')).toBe('derived')
    expect(await q2.getAttribute('data-status')).toBe('published')
    expect(await pointY(page, 'shinan@2022Q1')).toBeGreaterThan(await pointY(page, 'shinan@2022Q2'))
    // Hollow: filled with the surface colour, not the line colour.
    const [fill1, stroke1, fill2] = [
      await q1.getAttribute('fill'),
      await q1.getAttribute('stroke'),
      await q2.getAttribute('fill'),
    ]
    expect(fill1).not.toBe(stroke1)
    expect(fill2).toBe(stroke1)

    // Lines: shinan's is dashed; huangdao's solid; nothing at all for the unpublished districts.
    const shinanLine = chart(page).locator('path.recharts-line-curve[name="shinan"]')
    expect(await shinanLine.count()).toBe(1)
    expect(await shinanLine.getAttribute('stroke-dasharray')).toBeTruthy()
    expect(
      await chart(page).locator('path.recharts-line-curve[name="huangdao"]').getAttribute('stroke-dasharray'),
    ).toBeNull()
    for (const id of ['shibei', 'licang', 'chengyang', 'pingdu', 'laixi']) {
      expect(await chart(page).locator(`path.recharts-line-curve[name="${id}"]`).count()).toBe(0)
      expect(await chart(page).locator(`circle[data-point^="${id}@"]`).count()).toBe(0)
    }
    // jimo is published only in 2022Q2: a point and a label, no line.
    expect(await chart(page).locator('path.recharts-line-curve[name="jimo"]').count()).toBe(0)
    expect(await chart(page).locator('circle[data-point^="jimo@"]').count()).toBe(1)

    // The change table (the text alternative) says the same.
    const row = page.locator('[data-testid=change-table] tr[data-district=shinan]')
    expect(await row.innerText()).toMatch(/市南区\s+7[\s\S]*5\s+▲\+?2\s*较2022年一季度/)
    expect(await row.locator('.text-derived').first().innerText()).toContain('7')

    // The tooltip of the derived point says it is derived, with its rule.
    await q1.hover()
    const tip = page.locator('[data-testid=chart-tooltip]')
    await tip.waitFor()
    expect(await tip.innerText()).toMatch(/2022Q1[\s\S]*市南区[\s\S]*第7位（推算）/)
    expect(await tip.innerText()).toContain('上季度位次 = 本季度位次 + 较上季度上升位次')
    // …and the published point gives rank, score and the change with its baseline.
    await q2.hover()
    await expect
      .poll(() => tip.innerText())
      .toMatch(/2022Q2[\s\S]*第5位[\s\S]*83\.91分[\s\S]*▲\+?2[\s\S]*较2022年一季度/)
    await screenshot(page, 'movement-real-2022Q1-Q2-hover')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('the full real range leaves 2023Q1 and 2023Q2 (no file) as gaps', async () => {
    const page = await openPage('#/movement')
    await chartReady(page)
    expect(await page.locator('[data-testid=gaps-note]').innerText()).toContain('2023Q2*（无资料）')
    // huangdao: a line through 2022, an isolated point in 2023Q3, nothing drawn across the gap.
    const d = (await chart(page).locator('path.recharts-line-curve[name="huangdao"]').getAttribute('d')) ?? ''
    expect(d.split('M')).toHaveLength(2) // one subpath: 2022Q1–Q4
    expect((d.match(/L/g) ?? []).length).toBe(3)
    expect(await chart(page).locator('circle[data-point="huangdao@2023Q3"]').count()).toBe(1)
    expect(
      await chart(page)
        .locator('circle[data-point^="huangdao@2023Q1"], circle[data-point^="huangdao@2023Q2"]')
        .count(),
    ).toBe(0)
    await screenshot(page, 'movement-real-full-desktop')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('isolated points still get an axis: real economy scores exist only for 2022Q2', async () => {
    const page = await openPage('#/movement?section=economy&metric=score')
    await chartReady(page)
    expect(await chart(page).locator('circle[data-point$="@2022Q2"]').count()).toBe(10)
    expect(await chart(page).locator('circle[data-point]').count()).toBe(10)
    expect(await lineCurves(page).count()).toBe(0)
    // 黄岛区 54.96 is drawn above 李沧区 44.69.
    expect(await pointY(page, 'huangdao@2022Q2')).toBeLessThan(await pointY(page, 'licang@2022Q2'))
    expect(await chart(page).textContent()).toContain('得分（满分60）')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('has no detectable accessibility violations', async () => {
    const page = await openPage('#/movement?from=2022Q1&to=2022Q2')
    await chartReady(page)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('movement view, demo data', () => {
  const demo = loadDataset('demo')

  test('ten complete lines over twelve quarters with rank 1 on top', async () => {
    const page = await openPage('#/movement?dataset=demo')
    await chartReady(page)
    expect(await page.locator('[data-testid=demo-banner]').count()).toBe(1)
    expect(await lineCurves(page).count()).toBe(10)
    for (const d of await lineCurves(page).evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) {
      expect(d.split('M')).toHaveLength(2) // no gap
      expect((d.match(/L/g) ?? []).length).toBe(11) // twelve quarters
    }
    expect(await chart(page).locator('circle[data-point]').count()).toBe(120)
    // Rank 1 on top: in every quarter the rank-1 district's point is the highest on screen.
    for (const [q, file] of demo.quarters) {
      const ys = await Promise.all(
        file.composite.rows.map(async (r) => [r.rank, await pointY(page, `${r.district}@${q}`)] as const),
      )
      const top = ys.reduce((a, b) => (b[1] < a[1] ? b : a))
      expect(top[0]).toBe(1)
    }
    // Every line is labelled at its end.
    expect(await chart(page).locator('text[data-end-label]').count()).toBe(10)
    await screenshot(page, 'movement-demo-desktop')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('the movers brief names the biggest riser the data has', async () => {
    const page = await openPage('#/movement?dataset=demo')
    await page.locator('[data-testid=movers-brief]').waitFor()
    const q = [...demo.quarters.keys()].at(-1) as QuarterId
    const rank = (quarter: QuarterId, id: string) =>
      demo.quarters.get(quarter)?.composite.rows.find((r) => r.district === id)?.rank ?? Number.NaN
    const gains = demo.districts.map((d) => ({
      id: d.id,
      gain: rank(previousQuarter(q), d.id) - rank(q, d.id),
    }))
    const best = Math.max(...gains.map((g) => g.gain))
    const expected = gains.filter((g) => g.gain === best).map((g) => g.id)
    const risers = await page
      .locator('[data-testid=composite-risers] li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-district')))
    expect(risers.slice(0, expected.length).sort()).toEqual([...expected].sort())
    const names = expected.map((id) => demo.districts.find((d) => d.id === id)?.name ?? id)
    const summary = await page.locator('[data-testid=movers-summary]').innerText()
    const sentence = summary.split('\n').find((s) => s.startsWith('综合位次较')) ?? ''
    for (const n of names) expect(sentence.split('上升最多的是')[1]?.split('（')[0]).toContain(n)
    expect(sentence).toContain(`（上升${best}位）`)
  })

  test('switch metric, select a district by keyboard, and keep it all on reload', async () => {
    const page = await openPage('#/movement?dataset=demo')
    await chartReady(page)
    await page.locator('[data-testid=metric-toggle] button[data-metric=score]').click()
    await expect.poll(() => page.url()).toContain('metric=score')
    await expect.poll(() => chart(page).textContent()).toContain('得分（满分')

    // Focus highlights a line and dims the others; Enter selects it (into the URL).
    const jimo = page.locator('[data-testid=district-legend] button[data-district=jimo]')
    await jimo.focus()
    const opacity = (id: string) =>
      chart(page).locator(`path.recharts-line-curve[name="${id}"]`).first().getAttribute('stroke-opacity')
    await expect.poll(() => opacity('jimo')).toBe('1')
    await expect.poll(() => opacity('laixi')).toBe('0.18')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('districts=jimo')
    // The URL changes first; React renders the new state in a transition right after.
    await expect.poll(() => jimo.getAttribute('aria-pressed')).toBe('true')

    await page.reload()
    await chartReady(page)
    expect(page.url()).toContain('metric=score')
    // Still highlighted after reload (selection, no hover).
    await expect.poll(() => opacity('jimo')).toBe('1')
    await expect.poll(() => opacity('laixi')).toBe('0.18')
    expect(
      await page.locator('[data-testid=change-table] tr[data-district=jimo]').getAttribute('data-selected'),
    ).toBe('true')
    await screenshot(page, 'movement-demo-score-jimo-selected')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('projection theme at 1920×1080: the chart and its labels fit and are legible', async () => {
    const page = await openPage('#/movement?dataset=demo&theme=projection', {
      viewport: { width: 1920, height: 1080 },
    })
    await chartReady(page)
    const box = await chart(page).boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(1080 + 40) // the chart (axis labels aside) is on the first screen
    const size = await chart(page)
      .locator('text[data-end-label]')
      .first()
      .evaluate((t) => Number(t.getAttribute('font-size')))
    expect(size).toBeGreaterThanOrEqual(20)
    await screenshot(page, 'movement-demo-projection-1920')
    expect(collectPageErrors(page)).toEqual([])
  })
})

describe('chart details', () => {
  test.each(['#/movement?metric=score', '#/movement?metric=score&dataset=demo', '#/movement?dataset=demo'])(
    '%s: line-end labels do not overlap (崂山区 86.53 and 即墨区 86.17 in the real data)',
    async (route) => {
      const page = await openPage(route)
      await chartReady(page)
      // What is painted: the label's em box (CJK glyphs fill it) plus its halo (stroke) on each side.
      // The text's bounding box also holds the font's line gap, so it would overlap at any sane spacing.
      const boxes = await chart(page)
        .locator('text[data-end-label]')
        .evaluateAll((ts) =>
          ts.map((t) => {
            const r = t.getBoundingClientRect()
            const scale = (t as SVGTextElement).getScreenCTM()?.a ?? 1
            const h =
              (Number(t.getAttribute('font-size')) + Number(t.getAttribute('stroke-width') ?? 0)) * scale
            return {
              id: t.getAttribute('data-end-label'),
              x: r.x,
              y: r.y + r.height / 2 - h / 2,
              w: r.width,
              h,
            }
          }),
        )
      expect(boxes.length).toBeGreaterThan(1)
      const overlaps: string[] = []
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
            overlaps.push(`${a.id}/${b.id}`)
      expect(overlaps).toEqual([])
      await screenshot(page, `movement-labels-${route.replace(/\W+/g, '-')}`)
    },
  )

  test('a label moved off its line end is tied back to it by a leader line (demo scores)', async () => {
    const page = await openPage('#/movement?metric=score&dataset=demo')
    await chartReady(page)
    const labels = await chart(page).evaluate((svg) =>
      [...svg.querySelectorAll('text[data-end-label]')].map((t) => {
        const id = t.getAttribute('data-end-label') as string
        const ends = [...svg.querySelectorAll(`circle[data-point^="${id}@"]`)].map((c) => ({
          x: Number(c.getAttribute('cx')),
          y: Number(c.getAttribute('cy')),
        }))
        const end = ends.reduce((a, b) => (b.x > a.x ? b : a))
        const leader = svg.querySelector(`path[data-leader="${id}"]`)?.getAttribute('d') ?? null
        return { id, labelX: Number(t.getAttribute('x')), labelY: Number(t.getAttribute('y')), end, leader }
      }),
    )
    expect(labels).toHaveLength(10)
    const moved = labels.filter((l) => Math.abs(l.labelY - l.end.y) > 1)
    expect(moved.length).toBeGreaterThan(0) // the demo's 2024Q4 scores crowd: some labels must move
    for (const l of labels) {
      if (!moved.includes(l)) {
        expect(l.leader, l.id).toBeNull()
        continue
      }
      // "M<x>,<y>L<x>,<y>h4": from beside the line's last point to just before the label, at its height.
      const [x0, y0, x1, y1] = (l.leader ?? '').match(/-?[\d.]+/g)?.map(Number) ?? []
      expect(y0, l.id).toBeCloseTo(l.end.y, 1)
      expect(y1, l.id).toBeCloseTo(l.labelY, 1)
      expect(x0, l.id).toBeGreaterThan(l.end.x)
      expect((x1 as number) + 4, l.id).toBeLessThan(l.labelX)
    }
  })

  test('the chart’s keyboard tab stop (recharts accessibility layer) has an accessible name', async () => {
    const page = await openPage('#/movement?dataset=demo')
    await chartReady(page)
    const svg = chart(page).locator('svg[tabindex="0"]')
    expect(await svg.count()).toBe(1)
    expect(await svg.getAttribute('aria-label')).toMatch(/变化图[\s\S]*← →/)
    // Arrow keys step the tooltip through the quarters.
    await svg.focus()
    await page.keyboard.press('ArrowRight')
    await page.getByTestId('chart-tooltip').waitFor()
  })

  test('demo: exactly one demo-marker and one demo-banner', async () => {
    const page = await openPage('#/movement?dataset=demo')
    await chartReady(page)
    expect(await page.getByTestId('demo-marker').count()).toBe(1)
    expect(await page.getByTestId('demo-banner').count()).toBe(1)
  })
})

describe('phone', () => {
  test('no axe violations on a phone (scrolling tables are focusable, named regions)', async () => {
    const page = await openPage('#/movement?dataset=demo&from=2022Q1&to=2022Q2&why=huangdao', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    await chartReady(page)
    expect(await axeViolations(page)).toEqual([])
  })

  test.each(['#/movement?from=2022Q1&to=2022Q2', '#/movement?dataset=demo&lang=en'])(
    '%s: the page does not scroll sideways (the chart and tables scroll inside their boxes)',
    async (route) => {
      const page = await openPage(route, {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      })
      await chartReady(page)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await screenshot(page, `movement-phone-${route.includes('demo') ? 'demo-en' : 'real'}`)
      expect(collectPageErrors(page)).toEqual([])
    },
  )
})

describe('phone: the chart opens on the newest quarter', () => {
  test('#/movement (2022Q1 to 2023Q3): scrolled to its right end, where 2023Q3 is', async () => {
    const page = await openPage('#/movement', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    await chartReady(page)
    const box = page.getByTestId('bump-chart-scroll')
    const at = await box.evaluate((el) => ({
      left: el.scrollLeft,
      width: el.clientWidth,
      total: el.scrollWidth,
    }))
    expect(at.total).toBeGreaterThan(at.width)
    expect(at.left + at.width).toBeGreaterThanOrEqual(at.total - 1)
    // And a desk screen, where the chart fits, does not scroll at all.
    const desk = await openPage('#/movement')
    await chartReady(desk)
    expect(await desk.getByTestId('bump-chart-scroll').evaluate((el) => el.scrollLeft)).toBe(0)
  })

  test('phone: scrolled to the newest quarters, the y axis stays at the left edge', async () => {
    const page = await openPage('#/movement', { viewport: { width: 390, height: 844 }, isMobile: true })
    await chartReady(page)
    const scroller = page.getByTestId('bump-chart-scroll')
    const axis = () =>
      scroller.evaluate((el) => {
        const sticky = el.querySelector('[data-sticky-axis]') as SVGGElement
        const ticks = (g: Element | null) =>
          [...(g?.querySelectorAll('text') ?? [])].map((t) => t.textContent)
        return {
          shown: getComputedStyle(sticky).visibility === 'visible',
          left: sticky.getBoundingClientRect().left - el.getBoundingClientRect().left,
          ticks: ticks(sticky),
          real: ticks(el.querySelector('.recharts-yAxis-tick-labels')),
        }
      })
    const scrolled = await axis()
    expect(scrolled.shown).toBe(true)
    expect(Math.abs(scrolled.left)).toBeLessThan(1)
    // The same ticks as the chart's own axis, then its name.
    expect(scrolled.ticks.slice(0, -1)).toEqual(scrolled.real)
    expect(scrolled.ticks.at(-1)).toBe('位次（第1名在上）')
    await screenshot(page, 'movement-phone-sticky-axis')
    // Back at the left end the real axis is in view, and the copy steps aside.
    await scroller.evaluate((el) => el.scrollTo({ left: 0 }))
    await expect.poll(async () => (await axis()).shown).toBe(false)
  })
})

describe('lazy loading', () => {
  test('the rankings view loads no recharts code; the movement view does', async () => {
    // A fresh context with the listener attached before navigation, so every script is seen.
    const context = await (await getBrowser()).newContext({ viewport: { width: 1366, height: 768 } })
    try {
      const page = await context.newPage()
      const scripts: Promise<{ url: string; body: string }>[] = []
      page.on('response', (r) => {
        if (r.status() === 200 && /\.m?js$/.test(new URL(r.url()).pathname))
          scripts.push(r.text().then((body) => ({ url: r.url(), body })))
      })
      await page.goto(appURL('#/rankings'), { waitUntil: 'networkidle' })
      await page.locator('table tbody tr').first().waitFor()
      const first = await Promise.all(scripts)
      expect(first.length).toBeGreaterThan(0)
      expect(first.filter((s) => s.body.includes('recharts')).map((s) => s.url)).toEqual([])

      // Navigating to the movement view fetches the chart chunk, which does contain recharts.
      scripts.length = 0
      await page.locator('nav a[href*="movement"]').click()
      await chartReady(page)
      const later = await Promise.all(scripts)
      expect(later.some((s) => s.body.includes('recharts'))).toBe(true)
    } finally {
      await context.close()
    }
  })
})
