// Browser tests of the rankings view on the real build: what an official does with it.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { appURL, axeViolations, collectPageErrors, openPage, screenshot } from './browser'

const rowsOf = (page: Page) => page.locator('[data-testid=rankings-table] tbody tr')
const districtsInOrder = (page: Page) =>
  rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-district')))

describe('rankings', () => {
  test('2022Q2 economy lists 黄岛区 54.96 first and 李沧区 44.69 last, with stars', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=economy')
    await rowsOf(page).first().waitFor()
    expect(await rowsOf(page).count()).toBe(10)
    const first = rowsOf(page).first()
    const last = rowsOf(page).last()
    expect(await first.innerText()).toMatch(/黄岛区[\s\S]*54\.96/)
    expect(await last.innerText()).toMatch(/李沧区[\s\S]*44\.69/)
    expect(await first.getByRole('img').getAttribute('aria-label')).toMatch(
      /^9星（满10星）；与评星规则有出入，见数据说明$/,
    )
    expect(await last.getByRole('img').getAttribute('aria-label')).toBe('1星（满10星）')
    await screenshot(page, 'rankings-2022Q2-economy-desktop')
    expect(collectPageErrors(page)).toEqual([])
  })

  test('sorting by keyboard goes into the URL and survives a reload', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=economy')
    await rowsOf(page).first().waitFor()
    const header = page.locator('th button[data-column=district]')
    await header.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('sort=district.asc')
    await expect
      .poll(() => page.locator('th:has(button[data-column=district])').getAttribute('aria-sort'))
      .toBe('ascending')
    const byName = await districtsInOrder(page)
    expect(byName).toHaveLength(10)
    // The notices' customary order puts 市南区 first (pinyin would put 城阳区 first).
    await expect.poll(async () => (await districtsInOrder(page))[0]).toBe('shinan')
    expect((await districtsInOrder(page)).slice(0, 4)).toEqual(['shinan', 'shibei', 'licang', 'laoshan'])

    await page.locator('th button[data-column=score]').focus()
    await page.keyboard.press('Space')
    await expect.poll(() => page.url()).toContain('sort=score.desc')
    // As a user would: press again once the header shows the new state (the URL changes a moment before
    // the table re-renders, and a press in between toggles from the state still on screen).
    await expect
      .poll(() => page.locator('th:has(button[data-column=score])').getAttribute('aria-sort'))
      .toBe('descending')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('sort=score.asc')
    // The URL changes first; React renders the new order in a transition right after.
    await expect.poll(async () => (await districtsInOrder(page))[0]).toBe('licang')

    await page.reload()
    await rowsOf(page).first().waitFor()
    expect(page.url()).toContain('sort=score.asc')
    expect((await districtsInOrder(page))[0]).toBe('licang')
    expect(await page.locator('th:has(button[data-column=score])').getAttribute('aria-sort')).toBe(
      'ascending',
    )
  })

  test('missing composite values sort last in both directions', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&sort=score.asc')
    await rowsOf(page).first().waitFor()
    const order = await districtsInOrder(page)
    expect(order.slice(0, 5)).toEqual(['shinan', 'jimo', 'laoshan', 'jiaozhou', 'huangdao'])
    for (const text of await rowsOf(page).allInnerTexts()) expect(text).not.toMatch(/\b0\.00\b/)
    const missing = (await rowsOf(page).allInnerTexts()).slice(5)
    expect(missing.every((t) => t.includes('未公布'))).toBe(true)
  })

  test('filtering by alias with the keyboard narrows the table, keeps ranks, and survives a reload', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=urban')
    await rowsOf(page).first().waitFor()
    await page.locator('summary', { hasText: '筛选区市' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('searchbox').fill('西海岸新区')
    await page.getByRole('checkbox', { name: /黄岛区/ }).focus()
    await page.keyboard.press('Space')
    await page.getByRole('searchbox').fill('胶州')
    await page.getByRole('checkbox', { name: /胶州市/ }).click()
    await expect.poll(() => page.url()).toContain('districts=huangdao,jiaozhou')
    await expect.poll(() => districtsInOrder(page)).toEqual(['jiaozhou', 'huangdao'])
    expect(await page.getByRole('checkbox', { name: /胶州市/ }).isChecked()).toBe(true)
    // 黄岛区 is 6th of ten in 城市更新建设; filtering doesn't renumber.
    expect(await rowsOf(page).nth(1).locator('td').first().innerText()).toContain('6')
    await page.reload()
    await rowsOf(page).first().waitFor()
    expect(await districtsInOrder(page)).toEqual(['jiaozhou', 'huangdao'])
  })

  test('2022Q2 composite: five published scores, the rest 未公布; sources and the star note one click away', async () => {
    const page = await openPage('#/rankings?quarter=2022Q2&section=overall')
    await rowsOf(page).first().waitFor()
    const texts = await rowsOf(page).allInnerTexts()
    expect(texts.filter((t) => /\d+\.\d\d/.test(t))).toHaveLength(5)
    expect(texts.filter((t) => t.includes('未公布') && !/\d+\.\d\d/.test(t))).toHaveLength(5)
    expect(texts.find((t) => t.includes('市南区'))).toMatch(/▲2[\s\S]*较上季度/)

    await page.getByTestId('sources-toggle').click()
    await expect.poll(() => page.getByTestId('sources-panel').innerText()).toContain('2022年7月26日')
    await page.getByTestId('notes-toggle').click()
    const notes = await page.getByTestId('notes-panel').innerText()
    expect(notes).toContain('9,9,8,8,6,5,4,3,2,1')
    expect(notes).toContain('10,9,8,7,6,5,4,3,2,1')
  })

  test('a broken quarter file shows a named error while other quarters load', async () => {
    const page = await openPage('#/no-such-page')
    expect(await page.getByTestId('not-found').innerText()).toContain('/no-such-page')
    // A deploy whose 2022Q1 file changed after the build (the page carries the build's data): the served
    // manifest lists the new file's hash, and the file as the app asks for it (its manifest path, with
    // the content-hash cache buster) is broken.
    await page.route(/\/data\/manifest\.json(\?|$)/, async (route) => {
      const manifest = await (await route.fetch()).json()
      manifest.datasets.real.quarters['2022Q1'].sha256 = 'f'.repeat(64)
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(manifest) })
    })
    await page.route(/\/data\/real\/quarters\/2022Q1\.json\?v=f{12}$/, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"quarter": "2022Q1", "sections": [',
      }),
    )
    await page.goto(appURL('#/rankings?quarter=2022Q1'))
    await page.reload() // the page read the manifest when it loaded: load it again, as after the deploy
    const error = page.getByTestId('data-error')
    await error.waitFor()
    expect(await error.innerText()).toMatch(/data\/real\/quarters\/2022Q1\.json[\s\S]*malformed-json/)
    await screenshot(page, 'rankings-broken-quarter')
    await page.getByLabel('季度').selectOption('2022Q2')
    await rowsOf(page).first().waitFor()
    expect(await rowsOf(page).first().innerText()).toContain('90.00')
  })

  test('the demo dataset is marked on every view', async () => {
    for (const route of ['rankings', 'movement', 'districts', 'news', 'districts/huangdao']) {
      const page = await openPage(`#/${route}?dataset=demo`)
      await page.getByTestId('demo-banner').waitFor()
      expect(await page.getByTestId('demo-banner').innerText()).toContain('示例数据')
      expect(await page.getByTestId('demo-marker').innerText()).toContain('DEMO')
      await page.close()
    }
  })

  test('unknown quarters and districts get helpful messages', async () => {
    const page = await openPage('#/rankings?quarter=2019Q3&districts=huangdao,atlantis')
    expect(await page.getByTestId('not-found').innerText()).toContain('2019Q3')
    await page.getByRole('link', { name: '2022年二季度' }).click()
    await rowsOf(page).first().waitFor()
    await page.goto(appURL('#/rankings?quarter=2022Q2&districts=huangdao,atlantis'))
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('atlantis'))
  })

  test('no axe violations on the rankings view, desktop and projection theme', async () => {
    for (const route of [
      '#/rankings?quarter=2022Q2&section=economy',
      '#/rankings?quarter=2022Q2&theme=projection&dataset=demo',
    ]) {
      const page = await openPage(route)
      await rowsOf(page).first().waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    }
  })

  test('phone and projection layouts render without horizontal page overflow', async () => {
    const phone = await openPage('#/rankings?quarter=2022Q2&section=economy', {
      viewport: { width: 390, height: 844 },
    })
    await rowsOf(phone).first().waitFor()
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(phone, 'rankings-2022Q2-economy-phone')
    const proj = await openPage('#/rankings?quarter=2022Q2&section=economy&theme=projection', {
      viewport: { width: 1920, height: 1080 },
    })
    await rowsOf(proj).first().waitFor()
    expect(await proj.evaluate(() => document.documentElement.dataset.theme)).toBe('projection')
    expect(await proj.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920)
    await screenshot(proj, 'rankings-2022Q2-economy-projection')
  })
})
