// Browser tests of issue 11B in the real build: the arena deck downloaded as PowerPoint and read
// back (one slide per deck slide, 黄岛区 first among the district cards), a slide saved as a 2× PNG
// that is not blank, and the closing slide's QR code of the results link.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { unzip } from '../fixtures/unzip'
import { axeViolations, collectPageErrors, openPage, screenshot } from './browser'

const slideId = (page: Page) => page.getAttribute('[data-testid="slide"]', 'data-slide-id')

async function waitForDeck(page: Page) {
  await page
    .locator('[data-testid="slide"][data-slide-id]:not([data-slide-id=""])')
    .waitFor({ timeout: 20_000 })
}

/** Clicks an export control of the presentation and returns the downloaded file's bytes and name. */
async function download(page: Page, control: 'download' | 'image'): Promise<{ name: string; bytes: Buffer }> {
  await page.mouse.move(900, 400)
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.locator(`[data-testid="control-bar"] [data-control="${control}"]`).click(),
  ])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: await readFile(path) }
}

/** The `<a:t>` runs of a slide part, in order. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '')

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** Distinct colours in a 64×64 grid of the PNG, decoded by the browser: a blank image has one or two. */
async function sampledColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bmp.width, bmp.height)
    const ctx = canvas.getContext('2d')
    if (!ctx) return 0
    ctx.drawImage(bmp, 0, 0)
    const seen = new Set<string>()
    for (let i = 0; i < 64; i++)
      for (let j = 0; j < 64; j++) {
        const x = Math.floor(((i + 0.5) * bmp.width) / 64)
        const y = Math.floor(((j + 0.5) * bmp.height) / 64)
        seen.add([...ctx.getImageData(x, y, 1, 1).data].join(','))
      }
    return seen.size
  }, png.toString('base64'))
}

describe('exports of the arena deck', () => {
  test('下载 PowerPoint: one slide per deck slide, 黄岛区 first among the district cards, no errors', async () => {
    const page = await openPage('#/present?deck=arena&quarter=2022Q2', {
      viewport: { width: 1920, height: 1080 },
    })
    await waitForDeck(page)
    const count = Number((await page.textContent('[data-testid="slide-counter"]'))?.split('/')[1]?.trim())
    expect(count).toBe(17)
    const { name, bytes } = await download(page, 'download')
    expect(name).toBe('leitai-2022Q2-arena.pptx')
    const zip = unzip(bytes)
    const slides = [...zip.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slides).toHaveLength(count)
    const text = (n: number) => runs(zip.get(`ppt/slides/slide${n}.xml`)?.toString('utf8') ?? '')
    // District cards say 发言 n / 10; the first card's big name is 黄岛区.
    const cards = Array.from({ length: count }, (_, i) => text(i + 1)).filter(
      (t) => t.includes('发言 1 / 10') || t.some((x) => /^发言 \d+ \/ 10$/.test(x)),
    )
    expect(cards).toHaveLength(10)
    expect(cards[0]).toContain('黄岛区')
    expect(cards[0]?.indexOf('黄岛区')).toBeLessThan(cards[0]?.indexOf('经济运行') ?? -1)
    expect(cards[1]).toContain('胶州市')
    // The closing slide carries the results link.
    const last = text(count)
    expect(last.some((x) => x.endsWith('#/rankings?quarter=2022Q2'))).toBe(true)
    await expect.poll(() => page.getAttribute('[data-testid="export-status"]', 'data-kind')).toBe('done')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('the overview deck of the demo data downloads too, DEMO on every slide', async () => {
    const page = await openPage('#/present?deck=overview&quarter=2024Q4&dataset=demo&auto=0', {
      viewport: { width: 1920, height: 1080 },
    })
    await waitForDeck(page)
    const count = Number((await page.textContent('[data-testid="slide-counter"]'))?.split('/')[1]?.trim())
    const { name, bytes } = await download(page, 'download')
    expect(name).toBe('leitai-2024Q4-overview-demo.pptx')
    const zip = unzip(bytes)
    const slides = [...zip.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slides).toHaveLength(count)
    for (const s of slides) expect(runs(zip.get(s)?.toString('utf8') ?? '')).toContain('示例数据 DEMO')
  })

  test('保存为图片 of a slide: a 2× PNG (3840 px wide for the 1920 px canvas) that is not blank', async () => {
    const page = await openPage('#/present?deck=arena&quarter=2022Q2&slide=4', {
      viewport: { width: 1366, height: 768 },
    })
    await waitForDeck(page)
    expect(await slideId(page)).toBe('board:economy')
    const canvas = await page.locator('[data-testid="present-canvas"]').evaluate((el) => ({
      w: (el as HTMLElement).offsetWidth,
      h: (el as HTMLElement).offsetHeight,
    }))
    const { name, bytes } = await download(page, 'image')
    expect(name).toBe('leitai-2022Q2-arena-4.png')
    const size = pngSize(bytes)
    expect(size.width).toBe(2 * canvas.w)
    // The slide plus its title and source lines.
    expect(size.height).toBeGreaterThan(2 * canvas.h)
    expect(await sampledColours(page, bytes)).toBeGreaterThan(8)
    // The frame is gone again; the page is as it was.
    expect(await page.locator('[data-image-frame]').count()).toBe(0)
    expect(collectPageErrors(page)).toEqual([])
  })

  test('the closing slide shows a QR code of the results link, and the link', async () => {
    const page = await openPage('#/present?deck=arena&quarter=2022Q2&slide=17&theme=projection', {
      viewport: { width: 1920, height: 1080 },
    })
    await waitForDeck(page)
    expect(await slideId(page)).toBe('closing')
    const qr = page.locator('[data-testid="results-qr"]')
    await expect.poll(() => qr.getAttribute('data-qr-text')).not.toBe('')
    const expected = `${new URL(page.url()).href.split('#')[0]}#/rankings?quarter=2022Q2`
    expect(await qr.getAttribute('data-qr-text')).toBe(expected)
    expect(await page.textContent('[data-testid="results-link"]')).toBe(expected)
    const path = (await qr.locator('svg path').getAttribute('d')) ?? ''
    expect(path.length).toBeGreaterThan(200)
    const box = await qr.locator('svg').boundingBox()
    expect(box?.width).toBeGreaterThan(100)
    // The control bar shows on load and fades out; axe reads the slide once it has gone (a fading
    // bar is mid-opacity, which axe's contrast rule cannot judge).
    const bar = page.locator('[data-testid="control-bar"]')
    await expect.poll(() => bar.getAttribute('data-shown'), { timeout: 10_000 }).toBe('false')
    await page.waitForTimeout(400)
    await screenshot(page, 'export-deck-closing-qr')
    expect(await axeViolations(page, 'closing slide with QR')).toEqual([])
  })

  test('保存为图片 of the bump chart on movement: 2× the chart panel, not blank, axe-clean page', async () => {
    const page = await openPage('#/movement?from=2022Q1&to=2023Q3&section=overall&metric=rank')
    const panel = page.locator('[data-testid="movement-chart"]')
    await panel.locator('svg.recharts-surface').first().waitFor({ timeout: 20_000 })
    const w = await panel.evaluate((el) => (el as HTMLElement).offsetWidth)
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: '保存为图片' }).click(),
    ])
    expect(file.suggestedFilename()).toBe('leitai-movement-2022Q1-2023Q3-overall-rank.png')
    const bytes = await readFile(await file.path())
    expect(pngSize(bytes).width).toBe(2 * w)
    expect(await sampledColours(page, bytes)).toBeGreaterThan(8)
    expect(await axeViolations(page, 'movement with save-image')).toEqual([])
    expect(collectPageErrors(page)).toEqual([])
  })

  test('保存为图片 of a district card (demo data): 2× wide, DEMO in the frame', async () => {
    const page = await openPage('#/districts/huangdao?quarter=2024Q4&dataset=demo')
    const card = page.locator('[data-testid="district-page"]')
    await card.waitFor({ timeout: 20_000 })
    const w = await card.evaluate((el) => (el as HTMLElement).offsetWidth)
    // Catch the frame while it is drawn: it carries the title and the DEMO mark.
    const framed = page.waitForFunction(
      () => document.querySelector('[data-image-frame]')?.textContent?.includes('示例数据 DEMO') ?? false,
      undefined,
      { polling: 10, timeout: 60_000 },
    )
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      card.getByRole('button', { name: '保存为图片' }).click(),
      framed,
    ])
    expect(file.suggestedFilename()).toBe('leitai-huangdao-2024Q4.png')
    const bytes = await readFile(await file.path())
    expect(pngSize(bytes).width).toBe(2 * w)
    expect(await sampledColours(page, bytes)).toBeGreaterThan(8)
  })
})
