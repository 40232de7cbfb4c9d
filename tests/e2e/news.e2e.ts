// Browser tests of the news view on the real build: filters in the URL, provenance, text never HTML.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { axeViolations, collectPageErrors, openPage, screenshot } from './browser'

const items = (page: Page) => page.getByTestId('news-item')
const ids = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-news-id')))

describe('news', () => {
  test('#/news?district=jimo lists 韩世军’s statement with its source and jimo’s results', async () => {
    const page = await openPage('#/news?district=jimo')
    await page.getByTestId('news-count').waitFor()
    expect(await ids(page)).toEqual(['2022-07-26-jimo'])
    const item = items(page).first()
    expect(await item.getByTestId('news-speaker').innerText()).toContain('韩世军')
    expect(await item.getByRole('link', { name: /“书记擂台”侧记/ }).getAttribute('href')).toBe(
      'sources/qdrb-2022-07-26.txt',
    )
    await expect.poll(() => item.getByTestId('quarter-results').innerText()).toMatch(/第4名[\s\S]*86\.17/)
    // The item links to the district page for the quarter it refers to.
    await item.getByRole('link', { name: '即墨区' }).first().click()
    await expect.poll(() => page.url()).toMatch(/#\/districts\/jimo\?quarter=2022Q2$/)
    await page.getByTestId('history-table').waitFor()
    expect(collectPageErrors(page)).toEqual([])
  })

  test('markup in a news summary renders as text: no element, no dialog', async () => {
    const page = await openPage('#/news?dataset=demo', { waitUntil: 'networkidle' })
    const dialogs: string[] = []
    page.on('dialog', async (d) => {
      dialogs.push(d.message())
      await d.dismiss()
    })
    await page.getByTestId('news-count').waitFor()
    const item = page.locator('[data-news-id=demo-text-escaping]')
    expect(await item.locator('.news-summary').innerText()).toContain('<img src=x onerror=alert(1)>')
    expect(await page.locator('img').count()).toBe(0)
    // Give a would-be onerror handler time to fire.
    await page.waitForTimeout(300)
    expect(dialogs).toEqual([])
    expect(collectPageErrors(page)).toEqual([])
    await screenshot(page, 'news-demo-desktop')
  })

  test('filters by keyboard go into the URL and survive a reload', async () => {
    const page = await openPage('#/news')
    await page.getByTestId('news-count').waitFor()
    expect(await items(page).count()).toBe(17)
    await page.getByLabel('活动').focus()
    await page.getByLabel('活动').selectOption('2022-07-26')
    await expect.poll(() => page.url()).toMatch(/#\/news\?event=2022-07-26$/)
    await expect.poll(() => items(page).count()).toBe(10)
    await page.getByLabel('搜索标题和摘要').fill('集成电路')
    await expect.poll(() => ids(page)).toEqual(['2022-07-26-huangdao', '2022-07-26-jimo'])
    expect(decodeURIComponent(page.url())).toMatch(/event=2022-07-26&q=集成电路$/)
    await page.reload()
    await page.getByTestId('news-count').waitFor()
    expect(await ids(page)).toEqual(['2022-07-26-huangdao', '2022-07-26-jimo'])
    expect(await page.getByLabel('搜索标题和摘要').inputValue()).toBe('集成电路')
    // Newest first without filters.
    await page.getByRole('link', { name: '清除筛选' }).click()
    await expect.poll(() => items(page).count()).toBe(17)
    const dates = await items(page)
      .locator('time')
      .evaluateAll((t) => t.map((e) => e.getAttribute('datetime')))
    expect(dates).toEqual([...dates].sort().reverse())
  })

  test('no axe violations; phone and projection without horizontal overflow', async () => {
    for (const route of ['#/news?district=huangdao', '#/news?dataset=demo&theme=projection']) {
      const page = await openPage(route)
      await page.getByTestId('news-count').waitFor()
      expect(await axeViolations(page, route)).toEqual([])
      await page.close()
    }
    const phone = await openPage('#/news?district=huangdao', { viewport: { width: 390, height: 844 } })
    await phone.getByTestId('news-count').waitFor()
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(phone, 'news-huangdao-phone')
    const proj = await openPage('#/news?district=huangdao&theme=projection', {
      viewport: { width: 1920, height: 1080 },
    })
    await proj.getByTestId('news-count').waitFor()
    expect(await proj.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920)
    await screenshot(proj, 'news-huangdao-projection')
  })

  test('demo: exactly one demo-marker and one demo-banner', async () => {
    const page = await openPage('#/news?dataset=demo')
    await page.getByTestId('news-count').waitFor()
    expect(await page.getByTestId('demo-marker').count()).toBe(1)
    expect(await page.getByTestId('demo-banner').count()).toBe(1)
  })
})
