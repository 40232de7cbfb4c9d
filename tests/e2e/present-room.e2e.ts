// Browser tests of the meeting room (issue 12): the full composite slide after the podium, a tie
// for 2nd on the podium, driving the deck by mouse and touch (click halves, the control bar), and
// the 4:3 projector canvas.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { collectPageErrors, openPage, screenshot } from './browser'

const slideId = (page: Page) => page.getAttribute('[data-testid="slide"]', 'data-slide-id')

async function waitForDeck(page: Page) {
  await page
    .locator('[data-testid="slide"][data-slide-id]:not([data-slide-id=""])')
    .waitFor({ timeout: 20_000 })
}

describe('the arena deck in the meeting room', () => {
  test('the full composite table follows the podium: ten rows, 未公布 where not published', async () => {
    const page = await openPage('#/present?deck=arena&quarter=2022Q2&slide=3', {
      viewport: { width: 1920, height: 1080 },
    })
    await waitForDeck(page)
    expect(await slideId(page)).toBe('board:overall')
    const rows = page.locator('[data-testid="slide"] tr[data-district]')
    expect(await rows.count()).toBe(10)
    // Published top 5 first, then the five not published.
    expect(await rows.nth(0).getAttribute('data-district')).toBe('huangdao')
    expect(await rows.nth(9).textContent()).toContain('未公布')
    expect(await page.textContent('[data-testid="board-partial"]')).toContain('已公布 5 / 10')
    await screenshot(page, 'present-room-2022Q2-composite')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('demo 2024Q3, a tie for 2nd: both on the 2nd pedestal, no 3rd place, no 第3名 未公布', async () => {
    const page = await openPage('#/present?deck=arena&quarter=2024Q3&dataset=demo&slide=2', {
      viewport: { width: 1920, height: 1080 },
    })
    await waitForDeck(page)
    expect(await slideId(page)).toBe('podium')
    const second = page.locator('[data-testid="slide"] li[data-place="2"] .font-black')
    expect(await second.count()).toBeGreaterThanOrEqual(2)
    expect(await page.locator('[data-testid="pillar-3"]').count()).toBe(0)
    const text = (await page.textContent('[data-testid="slide"]')) ?? ''
    expect(text).not.toContain('第3名')
    expect(text).not.toContain('未公布')
    await screenshot(page, 'present-room-demo-2024Q3-podium-tie')
  })

  test('a click on the right half advances, the left half goes back; the control bar shows on mouse move and hides', async () => {
    const page = await openPage('#/present?deck=arena&quarter=2022Q2', {
      viewport: { width: 1920, height: 1080 },
    })
    await waitForDeck(page)
    expect(await slideId(page)).toBe('title')
    await page.mouse.click(1500, 500)
    await expect.poll(() => slideId(page)).toBe('podium')
    await page.mouse.click(1500, 500)
    await expect.poll(() => slideId(page)).toBe('board:overall')
    await page.mouse.click(300, 500)
    await expect.poll(() => slideId(page)).toBe('podium')

    const bar = page.locator('[data-testid="control-bar"]')
    await page.mouse.move(900, 400)
    await expect.poll(() => bar.getAttribute('data-shown')).toBe('true')
    await screenshot(page, 'present-room-control-bar')
    // A click on a control does only what it says: 下一张 moves one slide, not two.
    await page.getByRole('button', { name: '下一张' }).click()
    await expect.poll(() => slideId(page)).toBe('board:overall')
    await expect.poll(() => bar.getAttribute('data-shown'), { timeout: 5000 }).toBe('false')
    // The help hint in the footer is a button.
    await page.getByRole('button', { name: '? 键盘帮助' }).click()
    await page.locator('[data-testid="help-overlay"]').waitFor()
    expect(await slideId(page)).toBe('board:overall')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('4:3 projector (1024×768): the canvas uses the full height; names and figures ≥ 28 px of the canvas', async () => {
    const page = await openPage('#/present?deck=arena&quarter=2022Q2&slide=3', {
      viewport: { width: 1024, height: 768 },
    })
    await waitForDeck(page)
    const box = await page.locator('[data-testid="present-canvas"]').boundingBox()
    expect(box?.height).toBeCloseTo(768, 0)
    expect(box?.y).toBeCloseTo(0, 0)
    const sizes = await page
      .locator('[data-testid="slide"] tr[data-district] th, [data-testid="slide"] tr[data-district] td')
      .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28)
    await screenshot(page, 'present-room-1024x768-composite')
    await page.keyboard.press('Home')
    await page.keyboard.press('PageDown')
    await expect.poll(() => slideId(page)).toBe('podium')
    await screenshot(page, 'present-room-1024x768-podium')
  })
})
