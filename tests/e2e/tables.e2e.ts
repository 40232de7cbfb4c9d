// Browser tests of the tables' type and layout on the real build: tabular figures, visible sort arrows,
// official wording, red flags, quiet 未公布, the customary district order, phone and projection fit.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { axeViolations, collectPageErrors, openPage } from './browser'

const rowsOf = (page: Page) => page.locator('[data-testid=rankings-table] tbody tr')

/** WCAG contrast ratio of two CSS colours ("rgb(…)"), computed in the page. */
function contrastOf(page: Page, selector: string, backgroundSelector: string): Promise<number> {
  return page.evaluate(
    ([sel, bgSel]) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const s = v / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
      }
      const fgEl = document.querySelector(sel as string)
      const bgEl = document.querySelector(bgSel as string)
      if (!fgEl || !bgEl) throw new Error(`missing ${sel} or ${bgSel}`)
      // The icon draws in currentColor.
      const fg = getComputedStyle(fgEl).color
      const bg = getComputedStyle(bgEl).backgroundColor
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x)
      return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05)
    },
    [selector, backgroundSelector],
  )
}

describe('tables: type', () => {
  test('score cells are right-aligned tabular figures, text cells are not', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=economy')
    await rowsOf(page).first().waitFor()
    const cell = (column: string) =>
      page
        .locator('[data-testid=rankings-table] tbody tr')
        .first()
        .locator('td')
        .nth(column === 'rank' ? 0 : 2)
    const style = await cell('score').evaluate((td) => {
      const figure = td.querySelector('span') ?? td
      return {
        align: getComputedStyle(td).textAlign,
        numeric: getComputedStyle(figure).fontVariantNumeric,
        text: td.textContent,
      }
    })
    expect(style.text).toContain('54.96')
    expect(style.align).toBe('right')
    expect(style.numeric).toContain('tabular-nums')
    const header = await page
      .locator('th:has(button[data-column=score])')
      .evaluate((th) => getComputedStyle(th).textAlign)
    expect(header).toBe('right')
    const district = await page
      .locator('[data-testid=rankings-table] tbody tr')
      .first()
      .locator('td')
      .nth(1)
      .evaluate((td) => getComputedStyle(td).textAlign)
    expect(district).not.toBe('right')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('sort arrows are SVG icons with at least 3:1 contrast, on the desktop and in projection', async () => {
    for (const theme of ['', '&theme=projection']) {
      const page = await openPage(`#/rankings?quarter=2022Q2&section=economy&sort=score.desc${theme}`)
      await rowsOf(page).first().waitFor()
      // An unsorted column (the faintest state) and the sorted one.
      expect(await page.locator('button[data-column=district] svg[data-sort-icon=none]').count()).toBe(1)
      expect(await page.locator('button[data-column=score] svg[data-sort-icon=desc]').count()).toBe(1)
      expect(await page.locator('thead').innerText()).not.toMatch(/[⇅▲▼]/)
      const unsorted = await contrastOf(page, 'button[data-column=district] svg', 'thead')
      const sorted = await contrastOf(page, 'button[data-column=score] svg', 'thead')
      expect(unsorted, `unsorted arrow ${theme}`).toBeGreaterThanOrEqual(3)
      expect(sorted, `sorted arrow ${theme}`).toBeGreaterThanOrEqual(3)
    }
  })

  test('no emoji glyphs on the district page (the print button has an SVG printer)', async () => {
    const page = await openPage('#/districts/huangdao?quarter=2022Q2')
    const print = page.getByRole('button', { name: /打印/ })
    await print.waitFor()
    expect(await print.locator('svg').count()).toBe(1)
    const text = await page.locator('main').innerText()
    // Non-BMP characters (🖨 and other emoji) and the symbols that office fonts draw as boxes.
    expect(text).not.toMatch(/[\u{10000}-\u{10FFFF}]|[⚑⚠✕⇅]/u)
  })
})

describe('tables: stars and maxima', () => {
  test('total stars show their maximum and a bonus is named as such (demo 2023Q1 composite)', async () => {
    const page = await openPage('#/rankings?quarter=2023Q1&dataset=demo')
    await rowsOf(page).first().waitFor()
    const header = await page.locator('th:has(button[data-column=score])').innerText()
    expect(header).toContain('满分100 + 加分1')
    expect(header).not.toContain('101')
    const stars = await page
      .locator('th:has(button[data-column=stars])')
      .evaluate((th) => (th as HTMLTableCellElement).cellIndex)
    const cell = await rowsOf(page).first().locator('td').nth(stars).innerText()
    expect(cell).toMatch(/^\d+★\/30$/)
  })

  test('real 2023Q3: 黄岛区 38★/40', async () => {
    const page = await openPage('#/rankings?quarter=2023Q3')
    await rowsOf(page).first().waitFor()
    const row = page.locator('[data-testid=rankings-table] tbody tr[data-district=huangdao]')
    expect(await row.innerText()).toContain('38★/40')
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('tables: wording, flags, order, phone and projection', () => {
  test('official Chinese wording: 较上季度 and 持平, no "vs 2022Q1" or "＝0"', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2')
    await rowsOf(page).first().waitFor()
    const huangdao = await page.locator('[data-testid=rankings-table] tr[data-district=huangdao]').innerText()
    expect(huangdao).toContain('持平')
    const table = await page.locator('[data-testid=rankings-table] tbody').innerText()
    expect(table).toContain('较上季度')
    expect(table).not.toMatch(/vs 20\d\dQ|＝0/)
  })

  test('red flags: true red with white text and at least 14 px, in both themes, full names', async () => {
    for (const theme of ['', '&theme=projection']) {
      const page = await openPage(`#/rankings?quarter=2022Q2${theme}`)
      await rowsOf(page).first().waitFor()
      const badge = page.locator(
        '[data-testid=rankings-table] tr[data-district=huangdao] td .bg-flag-badge',
        {
          hasText: '真抓实干、勇当排头',
        },
      )
      const read = () =>
        badge.last().evaluate((el) => {
          const s = getComputedStyle(el)
          return { bg: s.backgroundColor, fg: s.color, size: Number.parseFloat(s.fontSize) }
        })
      // A late re-render can replace the badge between finding and reading it (a detached element's
      // computed style is empty): read again until the badge on the page answers.
      await expect.poll(async () => (await read()).bg, { timeout: 5000 }).not.toBe('')
      const style = await read()
      expect(style.bg, theme).toBe('rgb(200, 16, 46)')
      expect(style.fg, theme).toBe('rgb(255, 255, 255)')
      expect(style.size, theme).toBeGreaterThanOrEqual(14)
    }
  })

  test('the district column sorts in the customary order of the notices, not by pinyin', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=economy&sort=district.asc')
    await rowsOf(page).first().waitFor()
    const order = await rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-district')))
    expect(order).toEqual([
      'shinan',
      'shibei',
      'licang',
      'laoshan',
      'huangdao',
      'chengyang',
      'jimo',
      'jiaozhou',
      'pingdu',
      'laixi',
    ])
  })

  test('phone 390×844: the district stays visible after scrolling right, and the edge fade says there is more', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=economy', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    await rowsOf(page).first().waitFor()
    const fade = page.locator('[data-edge-fade=right]')
    await expect.poll(() => fade.getAttribute('data-visible')).toBe('true')
    const scroller = page.locator('[data-h-scroll]').first()
    await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth
    })
    await expect.poll(() => fade.getAttribute('data-visible')).toBeNull()
    const district = rowsOf(page).first().locator('td').nth(1)
    const box = await district.boundingBox()
    expect(box).not.toBeNull()
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
    expect((box?.x ?? 999) + (box?.width ?? 0)).toBeLessThanOrEqual(390)
    // The cell is on top at its own centre: not scrolled under anything.
    const onTop = await district.evaluate((td) => {
      const r = td.getBoundingClientRect()
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      return hit !== null && td.contains(hit)
    })
    expect(onTop).toBe(true)
  })

  test.each([
    '#/rankings?quarter=2022Q2&theme=projection',
    '#/rankings?quarter=2024Q4&dataset=demo&theme=projection',
    '#/rankings?quarter=2023Q3&theme=projection',
  ])('projection 1920×1080: the table of ten fits without scrolling (%s)', async (route) => {
    const page = await openPage(route, { viewport: { width: 1920, height: 1080 } })
    await rowsOf(page).first().waitFor()
    expect(await rowsOf(page).count()).toBe(10)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080)
  })

  test('quiet 未公布: not bold, muted, and a whole missing column is a light dash with one header note', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2')
    await rowsOf(page).first().waitFor()
    const cell = page
      .locator('[data-testid=rankings-table] tr[data-district=shibei] [data-missing=cell]')
      .first()
    expect(Number(await cell.evaluate((el) => getComputedStyle(el).fontWeight))).toBeLessThan(600)
    // 2022Q2 published no total stars: one header note, dashes in the cells.
    const header = await page.locator('th:has(button[data-column=stars])').innerText()
    expect(header).toContain('未公布')
    expect(await page.locator('[data-missing=column]').count()).toBe(10)
    expect(await axeViolations(page)).toEqual([])
  })
})
