import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
afterEach(() => vi.unstubAllGlobals())

/**
 * The page is ready when the history table (which needs every quarter file) is on screen. With
 * overrides (a broken file) every file is fetched and validated as in the browser; without, the
 * data is seeded and the page renders at once.
 */
async function openDistrict(path: string, overrides: Record<string, string> = {}) {
  stubDataFetch(overrides)
  const app = await renderApp(path, { seed: Object.keys(overrides).length === 0 })
  await screen.findByTestId('history-table')
  return app
}
const breakdownRow = (section: string) =>
  screen.getByTestId('section-breakdown').querySelector(`tr[data-section="${section}"]`) as HTMLElement
const historyRow = (q: string) =>
  screen.getByTestId('history-table').querySelector(`tr[data-quarter="${q}"]`) as HTMLElement

describe('district page with the real (partial) data', () => {
  it('shows huangdao 2022Q2: rank 1, 90.00, sections, 未公布 projects, the top flag and 孙永红 with results', async () => {
    await openDistrict('/districts/huangdao?quarter=2022Q2')
    expect(screen.getByTestId('district-name')).toHaveTextContent('黄岛区 · 西海岸新区')
    expect(screen.getByTestId('composite-rank')).toHaveTextContent('第1名')
    expect(screen.getByTestId('composite-score')).toHaveTextContent('90.00')

    expect(breakdownRow('economy')).toHaveTextContent('54.96')
    expect(breakdownRow('economy')).toHaveTextContent('/ 60')
    expect(breakdownRow('economy')).toHaveTextContent('第1名（共10）')
    expect(breakdownRow('urban')).toHaveTextContent('18.99')
    expect(breakdownRow('urban')).toHaveTextContent('第6名（共10）')
    // Best and median of urban that quarter: 胶州市 19.38, median of all ten 19.00 (derived).
    expect(breakdownRow('urban')).toHaveTextContent('19.38 胶州市')
    expect(breakdownRow('urban')).toHaveTextContent('19.00')
    expect(breakdownRow('projects')).toHaveTextContent('未公布')
    expect(breakdownRow('projects').textContent).not.toMatch(/\d+\.\d\d/)

    expect(within(screen.getByTestId('flags-won')).getByText('真抓实干、勇当排头')).toBeInTheDocument()

    const news = await screen.findByTestId('district-news')
    const statement = within(news)
      .getAllByTestId('news-item')
      .find((n) => n.textContent?.includes('孙永红')) as HTMLElement
    expect(statement).toBeDefined()
    expect(within(statement).getByText('2022年7月26日')).toBeInTheDocument()
    const source = within(statement).getByRole('link', { name: /“书记擂台”侧记/ })
    // No online original was found: the link opens the bundled copy of the page text.
    expect(source).toHaveAttribute('href', 'sources/qdrb-2022-07-26.txt')
    expect(statement).toHaveTextContent('随附文本')
    const results = within(statement).getByTestId('quarter-results')
    expect(results).toHaveTextContent('2022年二季度实际结果')
    expect(results).toHaveTextContent('第1名')
    expect(results).toHaveTextContent('90.00')
  })

  it('shows shinan 2022Q2 with the published ▲2 vs 2022Q1, its rise flag and a derived 2022Q1 rank', async () => {
    await openDistrict('/districts/shinan?quarter=2022Q2')
    const change = screen.getByTestId('composite-change')
    expect(change).toHaveTextContent('▲2')
    expect(change).toHaveTextContent('▲2较上季度较2022年一季度上升2位')
    expect(within(screen.getByTestId('flags-won')).getByText('加压奋进、进位赶超')).toBeInTheDocument()
    // 2022Q1 rank 7 is derived from "较一季度上升2个位次": shown, marked, with its rule.
    const q1 = historyRow('2022Q1')
    expect(q1).toHaveTextContent('第7')
    expect(within(q1).getByText(/推算/, { selector: '.sr-only' })).toBeInTheDocument()
  })

  it('never shows 0 for missing composite figures (laixi, 2022Q2: ranks 6–10 not published)', async () => {
    await openDistrict('/districts/laixi?quarter=2022Q2')
    expect(screen.getByTestId('composite-rank')).toHaveTextContent('未公布')
    expect(screen.getByTestId('composite-score')).toHaveTextContent('未公布')
    expect(screen.getByTestId('district-facts').textContent).not.toMatch(/\b0(\.00)?\b/)
    // No rank: the peers nav says the order is the list order, not a ranking.
    expect(screen.getByTestId('peer-position')).toHaveTextContent('位次未公布')
    expect(screen.getByTestId('peer-previous')).toHaveTextContent('平度市')
  })

  it('shows history gaps: 2023Q2 has no file, sections not assessed are told apart from 未公布', async () => {
    await openDistrict('/districts/huangdao?quarter=2022Q2')
    expect(historyRow('2023Q2')).toHaveTextContent('无数据')
    expect(historyRow('2023Q1')).toHaveTextContent('未公布')
    expect(historyRow('2022Q2')).toHaveAttribute('aria-current', 'true')
    expect(screen.getByTestId('streaks')).toHaveTextContent('连续5个季度（2022年一季度–2023年一季度）')
    // The composite sparkline reads out every quarter, gaps included.
    expect(
      screen.getByRole('img', { name: /黄岛区综合成绩位次：2022Q1 第1.*2023Q2 未公布/ }),
    ).toBeInTheDocument()
  })

  it('a quarter that lists no sections shows them as 未公布; "not assessed" only where the quarter lists its sections', async () => {
    await openDistrict('/districts/huangdao?quarter=2022Q2')
    const cell = (q: string, col: number) =>
      historyRow(q).querySelectorAll('td')[3 + col]?.firstElementChild as HTMLElement
    // Columns after rank, score, flags: economy, projects, urban, business.
    for (const q of ['2022Q1', '2022Q3', '2022Q4']) {
      expect(historyRow(q).textContent).not.toContain('未设此板块')
      for (const col of [0, 1, 2, 3]) {
        expect(cell(q, col)).toHaveTextContent('未公布')
        expect(cell(q, col)).toHaveAttribute('data-cell', 'unknown')
      }
    }
    // 2023Q1 lists economy, projects and urban; 优化营商环境 starts in 2023Q3.
    expect(cell('2023Q1', 3)).toHaveAttribute('data-cell', 'not-assessed')
    expect(cell('2023Q1', 3)).toHaveTextContent('未设此板块')
    expect(cell('2023Q1', 0)).toHaveAttribute('data-cell', 'not-published')
  })

  it('the header streak says when a counted quarter is derived by the rule (huangdao 2022Q2 counts 2022Q1)', async () => {
    await openDistrict('/districts/huangdao?quarter=2022Q2')
    const now = screen.getByTestId('streak-now')
    expect(now).toHaveTextContent('至本季度已连续2个季度')
    expect(now).toHaveTextContent('含按规则推算的季度')
  })

  it('a broken file for the page’s quarter shows the error in place of its figures, never 未公布', async () => {
    const broken = { 'real/quarters/2022Q2.json': '{ "quarter": "2022Q2", ' }
    await openDistrict('/districts/huangdao?quarter=2022Q2', broken)
    const alert = screen.getByTestId('data-error')
    expect(alert).toHaveTextContent('quarters/2022Q2.json')
    // No figures that would read as "not published": no facts, no stars/flags boxes, no breakdown.
    expect(screen.queryByTestId('district-facts')).toBeNull()
    expect(screen.queryByTestId('section-breakdown')).toBeNull()
    expect(screen.queryByText('本季度无已知红旗')).toBeNull()
    expect(screen.queryByText(/未列出任何板块/)).toBeNull()
    expect(historyRow('2022Q2')).toHaveTextContent('数据文件有误')
    // The 2022Q2 statement's results say the file has an error, not "no data".
    const news = await screen.findByTestId('district-news')
    const statement = within(news)
      .getAllByTestId('news-item')
      .find((n) => n.textContent?.includes('孙永红')) as HTMLElement
    expect(within(statement).getByTestId('results-invalid')).toHaveTextContent('数据文件有误')
    expect(statement).not.toHaveTextContent('该季度无考核数据')
  })

  it('keeps working when another quarter’s file is broken, and names the file on that quarter', async () => {
    const broken = { 'real/quarters/2022Q3.json': '{ "quarter": "2022Q3", ' }
    const { router } = await openDistrict('/districts/jiaozhou?quarter=2022Q2', broken)
    expect(screen.getByTestId('composite-score')).toHaveTextContent('88.12')
    expect(historyRow('2022Q3')).toHaveTextContent('数据文件有误')
    await router.navigate('/districts/jiaozhou?quarter=2022Q3')
    const alert = await screen.findByTestId('data-error')
    expect(alert).toHaveTextContent('quarters/2022Q3.json')
    expect(screen.getByTestId('history-table')).toBeInTheDocument()
  })

  it('gives the ten districts for an unknown id, and resolves a name or alias to its page', async () => {
    stubDataFetch()
    const { router } = await renderApp('/districts/xyz?quarter=2022Q2', { seed: true })
    const nf = await screen.findByTestId('not-found')
    expect(nf).toHaveTextContent('xyz')
    const links = within(nf)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.includes('/districts/'))
    expect(links).toHaveLength(10)
    expect(links[0]).toHaveAttribute('href', '/districts/shinan?quarter=2022Q2')

    await router.navigate(`/districts/${encodeURIComponent('西海岸新区')}?quarter=2022Q2`)
    await waitFor(() => expect(router.state.location.pathname).toBe('/districts/huangdao'))
    expect(router.state.location.search).toBe('?quarter=2022Q2')
  })

  it('says when the quarter does not exist and lists the quarters', async () => {
    stubDataFetch()
    await renderApp('/districts/huangdao?quarter=2031Q1', { seed: true })
    const nf = await screen.findByTestId('not-found')
    expect(nf).toHaveTextContent('2031Q1')
    expect(within(nf).getByRole('link', { name: '2022年二季度' })).toHaveAttribute(
      'href',
      '/districts/huangdao?quarter=2022Q2',
    )
  })
})

describe('peers and compare', () => {
  it('steps with ] and [ (and arrows), but not while a form field has focus or with Alt', async () => {
    const { router } = await openDistrict('/districts/huangdao?quarter=2022Q2')
    fireEvent.keyDown(window, { key: ']' })
    await waitFor(() => expect(router.state.location.pathname).toBe('/districts/jiaozhou'))
    expect(router.state.location.search).toBe('?quarter=2022Q2')
    await screen.findByTestId('history-table')
    fireEvent.keyDown(window, { key: 'ArrowRight' })
    await waitFor(() => expect(router.state.location.pathname).toBe('/districts/laoshan'))
    await screen.findByTestId('history-table')
    fireEvent.keyDown(window, { key: '[' })
    await waitFor(() => expect(router.state.location.pathname).toBe('/districts/jiaozhou'))
    await screen.findByTestId('history-table')

    fireEvent.keyDown(window, { key: 'ArrowLeft', altKey: true })
    const select = screen.getByTestId('compare-select')
    fireEvent.keyDown(select, { key: ']' })
    await new Promise((r) => setTimeout(r, 50))
    expect(router.state.location.pathname).toBe('/districts/jiaozhou')
  })

  it('links previous and next by rank, then by list order past the published ranks', async () => {
    await openDistrict('/districts/shinan?quarter=2022Q2')
    expect(screen.getByTestId('peer-previous')).toHaveTextContent('即墨区（第4）')
    expect(screen.getByTestId('peer-next')).toHaveTextContent('市北区')
    expect(screen.getByTestId('peer-next')).toHaveAttribute('href', '/districts/shibei?quarter=2022Q2')
    expect(screen.getByTestId('peers-nav')).toHaveTextContent('位次未公布的区市排在后面')
  })

  it('compares two districts side by side from the picker, and back', async () => {
    const { router } = await openDistrict('/districts/huangdao?quarter=2022Q2')
    const user = userEvent.setup({ delay: null })
    await user.selectOptions(screen.getByTestId('compare-select'), 'jiaozhou')
    expect(router.state.location.search).toBe('?quarter=2022Q2&compare=jiaozhou')
    const table = await screen.findByTestId('compare-table')
    const rank = table.querySelector('tr[data-row="rank"]') as HTMLElement
    expect(rank).toHaveTextContent('第1名')
    expect(rank).toHaveTextContent('第2名')
    expect(table.querySelector('tr[data-row="section-economy"]')).toHaveTextContent(/54\.96.*52\.43/)
    expect(screen.getByTestId('compare-history')).toHaveTextContent('88.12')
    await user.click(screen.getByRole('link', { name: /结束对比/ }))
    expect(router.state.location.search).toBe('?quarter=2022Q2')
    await screen.findByTestId('history-table')
  })

  it('names an unknown compare id and still shows the district', async () => {
    await openDistrict('/districts/huangdao?quarter=2022Q2&compare=nowhere')
    expect(screen.getByRole('status')).toHaveTextContent('nowhere')
    expect(screen.getByTestId('composite-score')).toHaveTextContent('90.00')
  })
})

describe('districts index and demo data', () => {
  it('lists the ten districts with their composite rank, linking to their pages', async () => {
    stubDataFetch()
    await renderApp('/districts?quarter=2022Q2', { seed: true })
    const table = await screen.findByTestId('districts-index')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(10)
    expect(rows.map((r) => r.getAttribute('data-district')).slice(0, 5)).toEqual([
      'huangdao',
      'jiaozhou',
      'laoshan',
      'jimo',
      'shinan',
    ])
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: '黄岛区' })).toHaveAttribute(
      'href',
      '/districts/huangdao?quarter=2022Q2',
    )
    // Past the published top 5 the current rank is 未公布 but the latest known one is given where any.
    expect(rows[5]).toHaveTextContent('未公布')
  })

  it('defaults to the latest quarter and gives the latest known rank where the current one is unknown', async () => {
    stubDataFetch()
    await renderApp('/districts', { seed: true })
    const table = await screen.findByTestId('districts-index')
    const row = (id: string) => table.querySelector(`tr[data-district="${id}"]`) as HTMLElement
    expect(row('huangdao')).toHaveTextContent('98.30')
    expect(row('shinan')).toHaveTextContent('2022Q2 第5')
    // 崂山区 2022Q3 rank 3 is derived (exclusion rule): shown and marked.
    expect(row('laoshan')).toHaveTextContent('2022Q3 第3')
    expect(within(row('laoshan')).getByText(/推算/, { selector: '.sr-only' })).toBeInTheDocument()
    expect(row('laixi')).toHaveTextContent('无已知位次')
  })

  it('shows full history with the demo dataset, marked as demo', async () => {
    await openDistrict('/districts/laixi?quarter=2024Q4&dataset=demo')
    // Exactly one header marker and banner (getByTestId in the browser test needs one); the page's
    // own printed mark has its own test id.
    expect(screen.getAllByTestId('demo-marker')).toHaveLength(1)
    expect(screen.getAllByTestId('demo-banner')).toHaveLength(1)
    expect(screen.getByTestId('demo-marker-page')).toHaveTextContent('示例数据')
    const rows = within(screen.getByTestId('history-table')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(12)
    expect(rows.every((r) => !r.textContent?.includes('未公布'))).toBe(true)
    expect(breakdownRow('business')).toHaveTextContent('/ 20')
  })

  it('switches to English with lang=en', async () => {
    await openDistrict('/districts/huangdao?quarter=2022Q2&lang=en')
    await waitFor(() =>
      expect(screen.getByTestId('district-name')).toHaveTextContent('Huangdao (West Coast New Area)'),
    )
    expect(screen.getByTestId('composite-rank')).toHaveTextContent('No. 1')
    expect(breakdownRow('economy')).toHaveTextContent('No. 1 of 10')
    // The derived median's rule (read out to screen readers) is English too.
    const median = breakdownRow('urban').querySelectorAll('td')[4] as HTMLElement
    expect(median).toHaveTextContent('19.00')
    expect(median).toHaveTextContent("median of the 10 districts' scores (mean of the 5th and 6th highest)")
    expect(median.textContent).not.toMatch(/[\u4e00-\u9fff、]/)
    // Names, quarters, flags and lists come from the shared formatters.
    expect(screen.getByTestId('district-name').textContent).toBe('Huangdao (West Coast New Area)')
    expect(screen.getByRole('heading', { name: 'Sections, Q2 2022' })).toBeInTheDocument()
    expect(breakdownRow('urban')).toHaveTextContent('19.38 Jiaozhou')
    expect(screen.getByTestId('streaks')).toHaveTextContent(
      'Hard work, leading the pack: 5 quarters in a row (Q1 2022–Q1 2023)',
    )
    expect(screen.getByTestId('peer-next')).toHaveTextContent('Next: Jiaozhou #2')
    expect(screen.getByTestId('peer-position')).toHaveTextContent('No. 1 of 10')
  })

  it('words the Chinese page through the same pipeline: median rule, list, quarter names, peers', async () => {
    await openDistrict('/districts/huangdao?quarter=2022Q2')
    expect(screen.getByRole('heading', { name: '2022年二季度板块得分' })).toBeInTheDocument()
    const median = breakdownRow('urban').querySelectorAll('td')[4] as HTMLElement
    expect(median).toHaveTextContent('10个区市得分的中位数（第5、6高得分的平均）')
    // The inputs are the two scores it was taken from, as printed (two decimals).
    expect(median.querySelector('[title]')?.getAttribute('title')).toMatch(
      /推算：10个区市得分的中位数（第5、6高得分的平均）\n第5高得分 \d+\.\d\d\n第6高得分 \d+\.\d\d/,
    )
    expect(screen.getByTestId('streaks')).toHaveTextContent(
      '真抓实干、勇当排头：连续5个季度（2022年一季度–2023年一季度）',
    )
    expect(screen.getByTestId('peer-next')).toHaveTextContent('下一个：胶州市（第2）')
    expect(screen.getByTestId('peers-nav')).toHaveTextContent('上一个：—')
  })

  it('compare: the second district has square markers and its own colour; dashes only for derived', async () => {
    stubDataFetch()
    await renderApp('/districts/huangdao?quarter=2022Q2&compare=shinan', { seed: true })
    await screen.findByTestId('compare-table')
    const chart = screen.getByTestId('compare-view').querySelector('[data-chart="overall"]') as HTMLElement
    const a = chart.querySelector('[data-series="huangdao"]') as SVGGElement
    const b = chart.querySelector('[data-series="shinan"]') as SVGGElement
    expect(a.getAttribute('data-marker')).toBe('circle')
    expect(b.getAttribute('data-marker')).toBe('square')
    expect(b.querySelectorAll('rect').length).toBeGreaterThan(0)
    expect(a.querySelector('circle')?.getAttribute('stroke')).not.toBe(
      b.querySelector('rect')?.getAttribute('stroke'),
    )
    // shinan 2022Q1 rank 7 is derived: its segment to 2022Q2 is dashed and its marker hollow; a
    // segment between two published ranks is solid.
    const dashed = [...chart.querySelectorAll('line[stroke-dasharray]')]
    expect(dashed.length).toBeGreaterThan(0)
    for (const l of dashed) expect(l.getAttribute('data-dashed')).toBe('true')
    expect(b.querySelector('rect[data-derived]')).not.toBeNull()
    const solidA = [...a.querySelectorAll('line')].filter((l) => !l.hasAttribute('stroke-dasharray'))
    expect(solidA.length).toBeGreaterThan(0) // huangdao 2022Q2→Q3… published
  })
})
