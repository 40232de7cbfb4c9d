// Browser tests of the table exports on the real build: download Excel and CSV and read them back with
// the same library, the clipboard's two flavours, print emulation and the share link with its QR code.
import { readFileSync } from 'node:fs'
import * as XLSX from '@e965/xlsx'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { axeViolations, collectPageErrors, openPage } from './browser'

const ECONOMY = '#/rankings?quarter=2022Q2&section=economy'

/** The table on screen: rank, district and score of each row, in order. */
async function screenRows(page: Page): Promise<string[][]> {
  await page.locator('[data-testid=rankings-table] tbody tr').first().waitFor()
  return page
    .locator('[data-testid=rankings-table] tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('td')]
          .slice(0, 3)
          .map((td, i) =>
            (i === 0 ? (td.textContent ?? '').replace('并列', '') : (td.textContent ?? '')).trim(),
          ),
      ),
    )
}

async function download(page: Page, kind: 'xlsx' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  await page.locator(`[data-export=${kind}]`).waitFor()
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export=${kind}]`)])
  const path = await dl.path()
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) }
}

/** The first sheet as rows of values (numbers stay numbers). */
function sheetRows(bytes: Buffer): { rows: unknown[][]; ws: XLSX.WorkSheet; wb: XLSX.WorkBook } {
  const wb = XLSX.read(bytes, { type: 'buffer' })
  const ws = wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet
  return { rows: XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true }), ws, wb }
}

/** The rows under the header row (位次 …) down to the first blank row. */
function body(rows: unknown[][]): unknown[][] {
  const at = rows.findIndex((r) => r[0] === '位次')
  expect(at, 'header row').toBeGreaterThan(0)
  const out: unknown[][] = []
  for (const r of rows.slice(at + 1)) {
    if (!r.length || r.every((c) => c === undefined || c === '')) break
    out.push(r)
  }
  return out
}

/** A file row as the screen shows its first three cells. */
const asShown = (r: unknown[]) => [
  String(r[0]),
  String(r[1]),
  typeof r[2] === 'number' ? r[2].toFixed(2) : String(r[2]),
]

function noFormulas(ws: XLSX.WorkSheet) {
  const cells = Object.entries(ws).filter(([k]) => !k.startsWith('!'))
  expect(cells.length).toBeGreaterThan(20)
  for (const [addr, cell] of cells) expect((cell as XLSX.CellObject).f, addr).toBeUndefined()
}

describe('export tables', () => {
  test('Excel and CSV of 2022Q2 economy read back to the ten rows on screen, 未公布 as text', async () => {
    const page = await openPage(ECONOMY)
    const shown = await screenRows(page)
    expect(shown).toHaveLength(10)
    expect(shown[0]).toEqual(['1', '黄岛区', '54.96'])

    const xlsx = await download(page, 'xlsx')
    expect(xlsx.name).toBe('leitai-rankings-2022Q2-economy.xlsx')
    const { rows, ws } = sheetRows(xlsx.bytes)
    expect(rows[0]?.[0]).toBe('2022年二季度 · 经济运行')
    const meta = Object.fromEntries(rows.slice(1, 9).map((r) => [r[0], r[1]]))
    expect(meta.季度).toBe('2022年二季度')
    expect(meta.板块).toBe('经济运行')
    expect(String(meta.发布单位)).toContain('青岛市综合考核委员会')
    expect(meta.数据集).toBe('公开数据')
    expect(String(meta.数据截至)).toMatch(/^2022年/)
    const xrows = body(rows)
    expect(xrows.map(asShown)).toEqual(shown)
    expect(typeof xrows[0]?.[2]).toBe('number')
    // No 2022Q1 economy ranks were published: the change column says so, as text.
    expect(xrows.every((r) => r[6] === '未公布')).toBe(true)
    expect(xrows.map((r) => r[7])).toEqual(Array(10).fill('已公布'))
    noFormulas(ws)

    const csv = await download(page, 'csv')
    expect(csv.name).toBe('leitai-rankings-2022Q2-economy.csv')
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.bytes.toString('utf8')).toContain('\r\n')
    const c = sheetRows(csv.bytes)
    expect(body(c.rows).map(asShown)).toEqual(shown)
    expect(body(c.rows).every((r) => r[6] === '未公布')).toBe(true)
    noFormulas(c.ws)
    expect(collectPageErrors(page)).toEqual([])
  })

  test('a filtered, sorted view exports exactly its rows in its order', async () => {
    const page = await openPage(`${ECONOMY}&districts=huangdao,licang,jimo&sort=score.asc`)
    const shown = await screenRows(page)
    expect(shown.map((r) => r[1])).toEqual(['李沧区', '即墨区', '黄岛区'])
    const xlsx = body(sheetRows((await download(page, 'xlsx')).bytes).rows)
    expect(xlsx.map(asShown)).toEqual(shown)
    const csv = body(sheetRows((await download(page, 'csv')).bytes).rows)
    expect(csv.map(asShown)).toEqual(shown)
  })

  test('demo data is marked DEMO, and a formula-looking name stays text (no live formula)', async () => {
    const page = await openPage('#/', { waitUntil: 'domcontentloaded' })
    // A districts file whose name looks like a formula (served instead of the demo's own file).
    const file = JSON.parse(readFileSync('public/data/demo/districts.json', 'utf8')) as {
      id: string
      name: string
    }[]
    const target = file.find((d) => d.id === 'laixi')
    if (!target) throw new Error('no laixi in the demo districts')
    target.name = '=HYPERLINK("http://x.test","莱西市")'
    await page.route('**/data/demo/districts.json*', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }),
    )
    await page.goto(page.url().replace(/#.*$/, '#/rankings?dataset=demo&section=economy&sort=district.asc'))
    const shown = await screenRows(page)
    expect(shown).toHaveLength(10)
    expect(shown.some((r) => r[1]?.startsWith('=HYPERLINK'))).toBe(true)

    const x = sheetRows((await download(page, 'xlsx')).bytes)
    expect(x.wb.SheetNames[0]).toContain('DEMO')
    expect(x.rows.find((r) => r[0] === '数据集')?.[1]).toBe('示例数据 DEMO')
    const xb = body(x.rows)
    expect(xb.map(asShown)).toEqual(shown)
    noFormulas(x.ws)

    const csv = await download(page, 'csv')
    expect(csv.name).toMatch(/^leitai-rankings-\d{4}Q\d-economy-demo\.csv$/)
    const text = csv.bytes.toString('utf8')
    expect(text).toContain(`"'=HYPERLINK(""http://x.test"",""莱西市"")"`)
    const c = sheetRows(csv.bytes)
    noFormulas(c.ws)
    expect(body(c.rows).map((r) => String(r[1]))).toEqual(
      shown.map((r) => (r[1]?.startsWith('=') ? `'${r[1]}` : r[1])),
    )
  })

  test('复制表格 puts an HTML table and TSV with the same cells on the clipboard', async () => {
    const page = await openPage(ECONOMY)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    const shown = await screenRows(page)
    await page.click('[data-export=copy]')
    await expect.poll(() => page.locator('[data-testid=export-status]').innerText()).toContain('已复制')
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read()
      if (!item) return null
      return {
        types: item.types,
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      }
    })
    expect(clip?.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']))
    const tsv = (clip?.text ?? '').split(/\r?\n/).map((l) => l.split('\t'))
    expect(tsv[0]?.slice(0, 3)).toEqual(['位次', '区市', '得分（满分60）'])
    expect(tsv.slice(1).map((r) => r.slice(0, 3))).toEqual(shown)
    const cells = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html')
      return [...doc.querySelectorAll('table tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent),
      )
    }, clip?.html ?? '')
    expect(cells).toEqual(shown)
  })

  test('打印: the table fits the page, no controls, flags outlined in black, a title block', async () => {
    const page = await openPage(ECONOMY)
    await screenRows(page)
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed++
      }
    })
    await page.click('[data-export=print]')
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    // A4 portrait inside 10 mm margins is 190 mm ≈ 718 CSS px.
    await page.setViewportSize({ width: 718, height: 1000 })
    await page.emulateMedia({ media: 'print' })
    const fit = await page.evaluate(() => {
      const table = document.querySelector('[data-testid=rankings-table]') as HTMLElement
      const root = document.documentElement
      return {
        page: [root.scrollWidth, root.clientWidth],
        table: [
          table.scrollWidth,
          table.parentElement?.clientWidth ?? 0,
          table.getBoundingClientRect().right,
        ],
        toolbar: getComputedStyle(document.querySelector('[data-testid=export-toolbar]') as Element).display,
        header: document.querySelector('[data-testid=print-header]')?.textContent ?? '',
        headerShown: getComputedStyle(document.querySelector('[data-testid=print-header]') as Element)
          .display,
        nav: getComputedStyle(document.querySelector('header') as Element).display,
      }
    })
    expect(fit.page[0]).toBeLessThanOrEqual(fit.page[1] as number)
    expect(fit.table[0]).toBeLessThanOrEqual(fit.table[1] as number)
    expect(fit.table[2]).toBeLessThanOrEqual(718)
    expect(fit.toolbar).toBe('none')
    expect(fit.nav).toBe('none')
    expect(fit.headerShown).not.toBe('none')
    for (const word of ['季度', '板块', '发布单位', '来源', '数据截至', '打印于'])
      expect(fit.header).toContain(word)
    const flags = await page.locator('[data-testid=rankings-table] td .bg-flag-badge').evaluateAll((els) =>
      els.map((el) => {
        const cs = getComputedStyle(el)
        return {
          color: cs.color,
          bg: cs.backgroundColor,
          border: cs.borderTopWidth,
          style: cs.borderTopStyle,
        }
      }),
    )
    expect(flags.length).toBe(3)
    for (const f of flags) {
      // Black text in a black outline on no fill: the same on a greyscale printer as on screen.
      expect(f.color).toBe('rgb(0, 0, 0)')
      expect(['rgba(0, 0, 0, 0)', 'transparent']).toContain(f.bg)
      expect(Number.parseFloat(f.border)).toBeGreaterThanOrEqual(1)
      expect(f.style).toBe('solid')
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBe(1)
  })

  test.each([
    // Landscape A4 (277 mm ≈ 1047 px) for the wide change table and chart; portrait (190 mm ≈ 718 px) for news.
    { route: '#/movement?from=2022Q1&to=2022Q2', width: 1047, maxPages: 4 },
    { route: '#/news?district=jimo', width: 718, maxPages: 2 },
    { route: '#/rankings?quarter=2022Q2&dataset=demo', width: 718, maxPages: 1 },
  ])(
    '打印 $route: nothing clipped at the page width, at most $maxPages pages',
    async ({ route, width, maxPages }) => {
      const page = await openPage(route)
      await page.locator('[data-export=print]').waitFor()
      await page.evaluate(() => {
        window.print = () => {}
      })
      await page.click('[data-export=print]')
      await page.locator('[data-testid=print-header]').waitFor({ state: 'attached' })
      await page.setViewportSize({ width, height: 1000 })
      await page.emulateMedia({ media: 'print' })
      const clipped = await page.evaluate((w) => {
        const out: string[] = []
        for (const el of document.querySelectorAll('main *')) {
          const r = el.getBoundingClientRect()
          if (r.width <= 1 || el.closest('.sr-only')) continue
          if (r.right > w + 1)
            out.push(`${el.tagName}.${String(el.className).slice(0, 40)} right=${Math.round(r.right)}`)
        }
        return [document.documentElement.scrollWidth, out.slice(0, 5)] as const
      }, width)
      expect(clipped[1]).toEqual([])
      expect(clipped[0]).toBeLessThanOrEqual(width)
      expect(await page.locator('[data-testid=export-toolbar]').isVisible()).toBe(false)
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length
      expect(pages).toBeGreaterThanOrEqual(1)
      expect(pages).toBeLessThanOrEqual(maxPages)
    },
  )

  test('复制链接/分享 copies the link without theme=projection and shows its QR code', async () => {
    const page = await openPage(`${ECONOMY}&theme=projection`)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await screenRows(page)
    await page.click('[data-export=share]')
    const panel = page.locator('[data-testid=share-panel]')
    await panel.waitFor()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('quarter=2022Q2')
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toContain('#/rankings?')
    expect(link).toContain('section=economy')
    expect(link).not.toContain('theme=')
    expect(await page.locator('[data-testid=share-link]').inputValue()).toBe(link)
    const qr = page.locator('[data-testid=share-qr]')
    expect(await qr.getAttribute('data-text')).toBe(link)
    expect(((await qr.locator('path').getAttribute('d')) ?? '').length).toBeGreaterThan(200)
    expect(await axeViolations(page, 'share panel')).toEqual([])
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
    // Focus goes back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('share')
    await page.click('[data-export=share]')
    await panel.waitFor()
    await page.mouse.click(5, 700)
    await panel.waitFor({ state: 'detached' })
  })

  test('the movement change table and the news list export their rows', async () => {
    const page = await openPage('#/movement?from=2022Q1&to=2022Q2')
    await page.locator('[data-testid=change-table] tbody tr').first().waitFor()
    const names = await page
      .locator('[data-testid=change-table] tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r.querySelector('td')?.textContent ?? '').trim()))
    const m = sheetRows((await download(page, 'xlsx')).bytes)
    const at = m.rows.findIndex((r) => r[0] === '区市')
    expect(m.rows.slice(at + 1, at + 11).map((r) => r[0])).toEqual(names)
    noFormulas(m.ws)

    await page.goto(page.url().replace(/#.*$/, '#/news?district=jimo'))
    await page.locator('[data-testid=news-list] li').first().waitFor()
    const count = await page.locator('[data-testid=news-list] > li').count()
    const n = await download(page, 'csv')
    expect(n.name).toBe('leitai-news-jimo.csv')
    const nrows = sheetRows(n.bytes).rows
    const nat = nrows.findIndex((r) => r[0] === '日期')
    expect(nrows.slice(nat + 1).filter((r) => r.length > 2)).toHaveLength(count)
  })
})
