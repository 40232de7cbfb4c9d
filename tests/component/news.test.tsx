import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
afterEach(() => vi.unstubAllGlobals())

/** Fetches every file when a file is overridden (broken), else starts from seeded data. */
async function openNews(path: string, overrides: Record<string, string> = {}) {
  stubDataFetch(overrides)
  const app = await renderApp(path, { seed: Object.keys(overrides).length === 0 })
  await screen.findByTestId('news-count')
  return app
}
const items = () => screen.queryAllByTestId('news-item')
const ids = () => items().map((i) => i.getAttribute('data-news-id'))

describe('news view', () => {
  it('lists 韩世军’s statement for district=jimo, with its source and jimo’s actual 2022Q2 results', async () => {
    await openNews('/news?district=jimo')
    expect(ids()).toEqual(['2022-07-26-jimo'])
    const item = items()[0] as HTMLElement
    expect(within(item).getByTestId('news-speaker')).toHaveTextContent('韩世军')
    for (const link of within(item).getAllByRole('link', { name: '即墨区' }))
      expect(link).toHaveAttribute('href', '/districts/jimo?quarter=2022Q2')
    expect(within(item).getByRole('link', { name: /“书记擂台”侧记/ })).toBeInTheDocument()
    const results = await within(item).findByTestId('quarter-results')
    expect(results).toHaveTextContent('第4名')
    expect(results).toHaveTextContent('86.17')
    expect(results).toHaveTextContent('项目签约落地 未公布')
  })

  it('lists every item newest first without filters', async () => {
    await openNews('/news')
    const dates = items().map((i) => i.querySelector('time')?.getAttribute('datetime') ?? '')
    expect(dates.length).toBe(17)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(screen.getByTestId('news-count')).toHaveTextContent('共 17 条')
    // An item about all ten districts says so instead of linking one.
    expect(screen.getByText('十个区市')).toBeInTheDocument()
  })

  it('names events and quarters in the filters through the shared formatters, in both languages', async () => {
    const { router } = await openNews('/news')
    const event = () => screen.getByRole('option', { name: /^2022年7月26日 .*（10）$/ })
    expect(event()).toHaveAttribute('value', '2022-07-26')
    expect(screen.getByRole('option', { name: '2022年三季度' })).toHaveAttribute('value', '2022Q3')
    await router.navigate('/news?lang=en')
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Q3 2022' })).toHaveAttribute('value', '2022Q3'),
    )
    expect(screen.getByRole('option', { name: /^26 July 2022 .* \(10\)$/ })).toHaveAttribute(
      'value',
      '2022-07-26',
    )
    expect(screen.getByRole('option', { name: 'Huangdao (West Coast New Area)' })).toHaveAttribute(
      'value',
      'huangdao',
    )
  })

  it('filters by quarter, event and text from the URL', async () => {
    const { router } = await openNews('/news?quarter=2022Q3')
    expect(ids()).toEqual(['2022-12-29-jiaozhou', '2022-11-16-jiaozhou'])
    await router.navigate('/news?event=2022-07-26&q=集成电路')
    await waitFor(() => expect(ids()).toEqual(['2022-07-26-huangdao', '2022-07-26-jimo']))
  })

  it('writes the filters to the URL as they are used', async () => {
    const { router } = await openNews('/news')
    const user = userEvent.setup({ delay: null })
    await user.selectOptions(screen.getByLabelText('区市'), 'jiaozhou')
    expect(router.state.location.search).toBe('?district=jiaozhou')
    expect(ids()).toHaveLength(3)
    await user.type(screen.getByLabelText('搜索标题和摘要'), '红旗')
    expect(router.state.location.search).toBe(`?district=jiaozhou&q=${encodeURIComponent('红旗')}`)
    expect(ids()).toEqual(['2022-12-29-jiaozhou', '2022-11-16-jiaozhou'])
    await user.click(screen.getByRole('link', { name: '清除筛选' }))
    expect(router.state.location.search).toBe('')
    expect(ids()).toHaveLength(17)
  })

  it('resolves an alias and names an unknown district', async () => {
    const { router } = await openNews(`/news?district=${encodeURIComponent('西海岸新区')}`)
    expect(ids()).toEqual([
      '2023-11-07-huangdao',
      '2023-04-21-huangdao',
      '2022-07-30-huangdao',
      '2022-07-26-huangdao',
    ])
    await router.navigate('/news?district=atlantis')
    expect(await screen.findByText(/链接中的区市「atlantis」无法识别/)).toHaveAttribute('role', 'status')
    expect(ids()).toHaveLength(17)
  })

  it('renders markup in a summary as literal text, never as HTML', async () => {
    await openNews('/news?dataset=demo&q=onerror')
    expect(ids()).toEqual(['demo-text-escaping'])
    const item = items()[0] as HTMLElement
    expect(item.querySelector('.news-summary')?.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(item.querySelector('img')).toBeNull()
    expect(document.querySelector('img[src="x"]')).toBeNull()
    expect(screen.getByTestId('demo-banner')).toBeInTheDocument()
  })

  it('shows a named error for a broken news.json, and the district page keeps its numbers', async () => {
    stubDataFetch({ 'real/news.json': '[{"id": "x"' })
    const { router } = await renderApp('/news')
    const alert = await screen.findByTestId('data-error')
    expect(alert).toHaveTextContent('news.json')
    await router.navigate('/districts/huangdao?quarter=2022Q2')
    await screen.findByTestId('history-table')
    expect(screen.getByTestId('composite-score')).toHaveTextContent('90.00')
    expect(await screen.findByTestId('data-error')).toHaveTextContent('news.json')
  })

  it('a statement about a quarter whose file is broken says the file has an error, not "no data"', async () => {
    stubDataFetch({ 'real/quarters/2022Q2.json': '{ "quarter": "2022Q2", ' })
    await renderApp('/news?district=jimo')
    const item = (await screen.findAllByTestId('news-item'))[0] as HTMLElement
    const results = await within(item).findByTestId('quarter-results')
    expect(within(results).getByTestId('results-invalid')).toHaveTextContent('数据文件有误')
    expect(results).not.toHaveTextContent('该季度无考核数据')
  })

  it('results of a quarter that lists no sections say the section results are 未公布', async () => {
    stubDataFetch()
    await renderApp('/news?district=jiaozhou', { seed: true })
    const items = await screen.findAllByTestId('news-item')
    const q3 = items.find((i) => i.textContent?.includes('所指季度：2022年三季度'))
    if (!q3) return expect.fail('expected a jiaozhou item about 2022Q3')
    expect(await within(q3).findByTestId('quarter-results')).toHaveTextContent('板块成绩：未公布')
  })
})
