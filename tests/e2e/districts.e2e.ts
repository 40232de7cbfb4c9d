// Browser tests of the district pages on the real build: the report card, its peers, its news, print.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { axeViolations, collectPageErrors, openPage, screenshot } from './browser'

const ready = (page: Page) => page.getByTestId('history-table').waitFor()
const breakdownRow = (page: Page, section: string) =>
  page.locator(`[data-testid=section-breakdown] tr[data-section=${section}]`)

/** Pages in a PDF made by Chromium: one `/Type /Page` object per page (`/Pages` is the tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length
}

describe('district page', () => {
  test('huangdao 2022Q2: rank 1, 90.00, sections, 未公布, the red flag and 孙永红 with its source', async () => {
    const page = await openPage('#/districts/huangdao?quarter=2022Q2')
    await ready(page)
    expect(await page.getByTestId('district-name').innerText()).toMatch(/黄岛区\s*·\s*西海岸新区/)
    expect(await page.getByTestId('composite-rank').innerText()).toContain('第1名')
    expect(await page.getByTestId('composite-score').innerText()).toBe('90.00')
    expect(await breakdownRow(page, 'economy').innerText()).toMatch(/54\.96[\s\S]*第1名（共10）/)
    expect(await breakdownRow(page, 'urban').innerText()).toMatch(/18\.99[\s\S]*第6名（共10）/)
    expect(await breakdownRow(page, 'projects').innerText()).toContain('未公布')
    expect(await page.getByTestId('flags-won').innerText()).toContain('真抓实干、勇当排头')

    const statement = page.locator('[data-testid=news-item]', { hasText: '孙永红' })
    await statement.waitFor()
    expect(await statement.innerText()).toContain('2022年7月26日')
    const source = statement.getByRole('link', { name: /“书记擂台”侧记/ })
    expect(await source.getAttribute('href')).toBe('sources/qdrb-2022-07-26.txt')
    // The bundled copy of the source opens (it is served with the build).
    const res = await page.request.get(new URL('sources/qdrb-2022-07-26.txt', page.url()).href)
    expect(res.ok()).toBe(true)
    expect(await res.text()).toContain('孙永红')
    expect(await statement.getByTestId('quarter-results').innerText()).toMatch(/第1名[\s\S]*90\.00/)
    await screenshot(page, 'districts-huangdao-2022Q2-desktop')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('shinan 2022Q2 shows ▲2 较2022Q1 and its 加压奋进、进位赶超 flag', async () => {
    const page = await openPage('#/districts/shinan?quarter=2022Q2')
    await ready(page)
    const change = await page.getByTestId('composite-change').innerText()
    expect(change).toContain('▲2')
    expect(change).toContain('较上季度')
    expect(await page.getByTestId('flags-won').innerText()).toContain('加压奋进、进位赶超')
  })

  test('rankings → district → peer (key) → news → back, keeping the quarter', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2')
    await page.locator('[data-testid=rankings-table] tbody tr').first().waitFor()
    await page.locator('[data-testid=rankings-table]').getByRole('link', { name: '黄岛区' }).click()
    await expect.poll(() => page.url()).toMatch(/#\/districts\/huangdao\?quarter=2022Q2$/)
    await ready(page)

    await page.keyboard.press(']')
    await expect.poll(() => page.url()).toMatch(/#\/districts\/jiaozhou\?quarter=2022Q2$/)
    await expect.poll(() => page.getByTestId('composite-score').innerText()).toBe('88.12')

    // Keys typed into a form field do not navigate.
    await page.getByTestId('compare-select').focus()
    await page.keyboard.press('[')
    expect(page.url()).toMatch(/jiaozhou/)

    // The peer link works from the keyboard too.
    await page.getByTestId('peer-next').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(/#\/districts\/laoshan\?quarter=2022Q2$/)
    await ready(page)

    await page.getByRole('link', { name: /查看全部新闻/ }).click()
    await expect.poll(() => page.url()).toMatch(/#\/news\?district=laoshan$/)
    await page.locator('[data-testid=news-item]', { hasText: '张元升' }).waitFor()

    await page.goBack()
    await expect.poll(() => page.url()).toMatch(/laoshan\?quarter=2022Q2$/)
    await page.goBack()
    await expect.poll(() => page.url()).toMatch(/jiaozhou\?quarter=2022Q2$/)
    await expect.poll(() => page.getByTestId('composite-score').innerText()).toBe('88.12')
    await page.goBack()
    await page.goBack()
    await expect.poll(() => page.url()).toMatch(/#\/rankings\?quarter=2022Q2$/)
    expect(collectPageErrors(page)).toEqual([])
  })

  test('compare puts two districts side by side', async () => {
    const page = await openPage('#/districts/huangdao?quarter=2022Q2&compare=jiaozhou')
    const table = page.getByTestId('compare-table')
    await table.waitFor()
    expect(await table.locator('tr[data-row=score]').innerText()).toMatch(/90\.00[\s\S]*88\.12/)
    expect(await table.locator('tr[data-row=section-urban]').innerText()).toMatch(/18\.99[\s\S]*19\.38/)
    await page.getByRole('link', { name: /交换位置/ }).click()
    await expect.poll(() => page.url()).toMatch(/#\/districts\/jiaozhou\?quarter=2022Q2&compare=huangdao$/)
    await screenshot(page, 'districts-compare-desktop')
  })

  test('unknown district ids get a not-found page listing the ten districts', async () => {
    const page = await openPage('#/districts/xyz')
    const nf = page.getByTestId('not-found')
    await nf.waitFor()
    expect(await nf.innerText()).toContain('xyz')
    expect(await page.getByTestId('district-list').getByRole('link').count()).toBe(10)
  })

  test('the index lists the ten districts with their latest composite rank', async () => {
    const page = await openPage('#/districts')
    const rows = page.locator('[data-testid=districts-index] tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(10)
    expect(await rows.first().innerText()).toMatch(/1[\s\S]*黄岛区[\s\S]*98\.30/)
    await rows.first().getByRole('link', { name: '黄岛区' }).click()
    await ready(page)
    expect(await page.getByTestId('composite-score').innerText()).toBe('98.30')
  })
})

describe('print', () => {
  test.each([
    '#/districts/huangdao?quarter=2022Q2',
    '#/districts/shinan?quarter=2022Q2',
    '#/districts/huangdao?quarter=2023Q3&theme=projection',
    '#/districts/laixi?quarter=2024Q4&dataset=demo',
    '#/districts/shinan?quarter=2022Q2&dataset=demo',
    // The tallest card of both datasets: 12 quarters, two flags, two statements about the quarter.
    '#/districts/laoshan?quarter=2023Q1&dataset=demo',
    '#/districts/jiaozhou?quarter=2022Q3',
  ])('%s prints as one A4 page, black on white, without navigation', async (route) => {
    const page = await openPage(route)
    await ready(page)
    // News loads from its own file; print once it is in.
    await expect.poll(() => page.locator('.district-news').innerText()).not.toContain('加载中')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('header.no-print').first().isVisible()).toBe(false)
    expect(await page.getByTestId('peers-nav').isVisible()).toBe(false)
    const colors = await page.evaluate(() => {
      const s = getComputedStyle(document.body)
      const h1 = getComputedStyle(document.querySelector('h1') as Element)
      return [getComputedStyle(document.documentElement).backgroundColor, s.color, h1.color]
    })
    expect(colors).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)'])
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(pdfPageCount(pdf)).toBe(1)
    await screenshot(page, `print ${route}`)
  })
})

describe('accessibility and layouts', () => {
  // One test per page: four axe scans in one test came within seconds of the time limit.
  test.each([
    '#/districts/huangdao?quarter=2022Q2',
    '#/districts/laixi?quarter=2024Q4&dataset=demo&theme=projection',
    '#/districts/huangdao?quarter=2022Q2&compare=jiaozhou',
    '#/districts',
  ])('no axe violations on %s (district page, compare, index; desktop and projection)', async (route) => {
    const page = await openPage(route)
    await page
      .locator('[data-testid=history-table], [data-testid=compare-table], [data-testid=districts-index]')
      .first()
      .waitFor()
    expect(await axeViolations(page, route)).toEqual([])
  })

  test('phone and projection layouts render without horizontal page overflow', async () => {
    const phone = await openPage('#/districts/huangdao?quarter=2022Q2', {
      viewport: { width: 390, height: 844 },
    })
    await ready(phone)
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(phone, 'districts-huangdao-2022Q2-phone')
    const proj = await openPage('#/districts/huangdao?quarter=2024Q2&dataset=demo&theme=projection', {
      viewport: { width: 1920, height: 1080 },
    })
    await ready(proj)
    expect(await proj.evaluate(() => document.documentElement.dataset.theme)).toBe('projection')
    expect(await proj.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920)
    await screenshot(proj, 'districts-huangdao-demo-projection')
  })

  test('phone: no axe violations, scrolling tables are focusable regions (scrollable-region-focusable)', async () => {
    for (const route of [
      '#/districts/huangdao?quarter=2022Q2',
      '#/districts/huangdao?quarter=2022Q2&compare=jiaozhou',
    ]) {
      const page = await openPage(route, {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      })
      await page.locator('[data-testid=history-table], [data-testid=compare-table]').first().waitFor()
      expect(await axeViolations(page, route)).toEqual([])
      await page.close()
    }
  })

  test.each([
    ['#/districts/shinan?dataset=demo', { width: 390, height: 844 }],
    ['#/districts/shinan?dataset=demo', { width: 1366, height: 768 }],
    ['#/districts/huangdao?quarter=2022Q2&compare=jiaozhou', { width: 390, height: 844 }],
    ['#/districts/huangdao?quarter=2022Q2&theme=projection', { width: 1920, height: 1080 }],
  ])('%s at %o: sparkline labels overlap neither the points nor each other', async (route, viewport) => {
    const page = await openPage(route, { viewport })
    await page.locator('[data-testid=history-table], [data-testid=compare-table]').first().waitFor()
    const charts = await page.locator('.history-charts svg').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = (el: SVGGraphicsElement) => {
          const b = el.getBBox()
          // A text's box holds the font's line gap; what is painted is about one font size tall.
          if (el.tagName !== 'text') return { x: b.x, y: b.y, w: b.width, h: b.height }
          const size = Number(el.getAttribute('font-size'))
          return { x: b.x, y: b.y + b.height / 2 - size / 2, w: b.width, h: size }
        }
        const texts = [...svg.querySelectorAll('text')].map((t) => ({ what: t.textContent, ...box(t) }))
        const marks = [...svg.querySelectorAll('circle, rect')].map((m) => ({
          what: 'point',
          ...box(m as SVGGraphicsElement),
        }))
        return { name: svg.getAttribute('aria-label')?.slice(0, 20), texts, marks }
      }),
    )
    expect(charts.length).toBeGreaterThan(1)
    type Box = { what: string | null; x: number; y: number; w: number; h: number }
    const hit = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
    const overlaps: string[] = []
    for (const c of charts)
      for (const [i, t] of c.texts.entries())
        for (const other of [...c.texts.slice(i + 1), ...c.marks])
          if (hit(t, other)) overlaps.push(`${c.name}: ${t.what} / ${other.what}`)
    expect(overlaps).toEqual([])
    await page.close()
  })

  test('projection 1920×1080: sparkline text is at least 14 px on screen', async () => {
    const page = await openPage('#/districts/huangdao?quarter=2022Q2&theme=projection', {
      viewport: { width: 1920, height: 1080 },
    })
    await ready(page)
    // SVG text is in viewBox units: on-screen size = font-size × the svg's scale.
    const sizes = await page.locator('.history-charts svg text').evaluateAll((ts) =>
      ts.map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement as SVGSVGElement
        return Number(t.getAttribute('font-size')) * (svg.getScreenCTM()?.a ?? 0)
      }),
    )
    expect(sizes.length).toBeGreaterThan(10)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14)
    await screenshot(page, 'districts-sparklines-projection')
  })
})

describe('demo marking', () => {
  test.each([
    '#/districts?dataset=demo',
    '#/districts/huangdao?dataset=demo',
    '#/districts/huangdao?quarter=2022Q2&dataset=demo',
    '#/districts/huangdao?quarter=2022Q2&dataset=demo&compare=jiaozhou',
  ])('%s: exactly one demo-marker and one demo-banner (the header’s)', async (route) => {
    const page = await openPage(route)
    await page
      .locator('[data-testid=history-table], [data-testid=compare-table], [data-testid=districts-index]')
      .first()
      .waitFor()
    expect(await page.getByTestId('demo-marker').count()).toBe(1)
    expect(await page.getByTestId('demo-banner').count()).toBe(1)
    expect(await page.getByTestId('demo-marker').innerText()).toContain('DEMO')
  })
})
