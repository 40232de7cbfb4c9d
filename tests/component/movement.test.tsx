import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadDataset } from '../fixtures/datasets'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(async () => {
  await preloadRoutes()
  // The chart is its own lazy chunk inside the view (React.lazy); load it once here too.
  await import('../../src/features/movement/bump-chart')
}, ROUTE_PRELOAD_TIMEOUT)
beforeAll(() => {
  // jsdom has no ResizeObserver; recharts' responsive container needs one to mount (it then
  // measures 0×0 and draws no series, which is fine: what it draws is tested in chart-data.test.ts).
  if (!('ResizeObserver' in globalThis))
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    )
})
afterEach(() => vi.unstubAllGlobals())

/**
 * The view is ready when the change table (which needs every quarter file) is on screen. Fetches
 * every file when a file is overridden (broken), else starts from seeded data.
 */
async function openMovement(path: string, overrides: Record<string, string> = {}) {
  stubDataFetch(overrides)
  const app = await renderApp(path, { seed: Object.keys(overrides).length === 0 })
  await screen.findByTestId('change-table')
  return app
}
const row = (id: string) =>
  screen.getByTestId('change-table').querySelector(`tr[data-district="${id}"]`) as HTMLElement
const cells = (id: string) => [...row(id).querySelectorAll('td')].map((td) => td.textContent ?? '')
const search = (app: Awaited<ReturnType<typeof renderApp>>) =>
  new URLSearchParams(app.router.state.location.search)

describe('movement view, real data 2022Q1 → 2022Q2 (the issue check)', () => {
  it('shows 市南区 moving from 7 (derived, marked) to 5 with ▲2 vs 2022Q1', async () => {
    await openMovement('/movement?from=2022Q1&to=2022Q2&section=overall')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2022年一季度 至 2022年二季度')
    const [name, start, end, delta] = cells('shinan')
    expect(name).toContain('市南区')
    expect(start).toMatch(/^7/)
    expect(within(row('shinan')).getByText(/推算/, { selector: '.sr-only' })).toBeInTheDocument()
    expect(end).toBe('5')
    expect(delta).toContain('▲2')
    expect(delta).toContain('较2022年一季度上升2位')
  })

  it('never shows 0 for unpublished figures, and names the districts drawn without a line', async () => {
    await openMovement('/movement?from=2022Q1&to=2022Q2')
    expect(cells('shibei').slice(1, 3)).toEqual(['未公布', '未公布'])
    expect(cells('shibei')[3]).toContain('?')
    expect(screen.getByTestId('unplotted-note')).toHaveTextContent('市北区、李沧区、城阳区、平度市和莱西市')
  })

  it('the movers brief says only what the data supports', async () => {
    await openMovement('/movement?from=2022Q1&to=2022Q2')
    const summary = screen.getByTestId('movers-summary')
    expect(summary).toHaveTextContent('市南区综合成绩较一季度上升2位，获“加压奋进、进位赶超”红旗。')
    expect(summary.textContent).not.toMatch(/最多/)
    expect(within(screen.getByTestId('composite-risers')).getByText('市南区')).toBeInTheDocument()
    expect(screen.getByTestId('movers-brief')).toHaveTextContent('仅 4/10 个区市的变化已知')
  })

  it('"why it moved" names the missing inputs for shinan', async () => {
    await openMovement('/movement?from=2022Q1&to=2022Q2&why=shinan')
    const missing = screen.getByTestId('why-missing')
    expect(missing).toHaveTextContent('2022Q1 综合得分：该区市的数值未公布')
    expect(missing).toHaveTextContent('2022Q1 经济运行：该季度未公布任何板块成绩')
    expect(missing).toHaveTextContent('2022Q2 项目签约落地：该表未公布')
    // The change is unknown, but the published side is still shown.
    const composite = screen.getByTestId('why-table').querySelector('tr[data-section="overall"]')
    expect(composite).toHaveTextContent('83.91')
    expect(composite).toHaveTextContent('未公布')
  })

  it('marks the gaps of the full real range: 2023Q2 has no file', async () => {
    await openMovement('/movement')
    expect(screen.getByTestId('gaps-note')).toHaveTextContent('2023Q2*（无资料）')
    expect(screen.getByTestId('gaps-note')).toHaveTextContent('2023Q1（未公布）')
  })

  it('loads the chart lazily into the page', async () => {
    await openMovement('/movement?from=2022Q1&to=2022Q2')
    expect(await screen.findByTestId('bump-chart')).toHaveAttribute(
      'aria-label',
      expect.stringContaining('文字版见下方变动表'),
    )
  })
})

describe('a table with nothing to compare', () => {
  it('is one sentence naming the only quarter with that table, with a link to it (real 经济运行)', async () => {
    stubDataFetch()
    await renderApp('/movement?section=economy', { seed: true })
    const note = await screen.findByTestId('no-change-table')
    expect(note.textContent).toContain('经济运行仅2022年二季度有成绩表，无法比较变动。')
    expect(within(note).getByRole('link').getAttribute('href')).toContain(
      '/rankings?quarter=2022Q2&section=economy',
    )
    // No table of ten rows of 未公布 beside it.
    expect(screen.queryByTestId('change-table')).toBeNull()
  })

  it('the brief’s section table of nothing but 位次变化未公布 is one line (real 2023Q3)', async () => {
    stubDataFetch()
    await renderApp('/movement?section=economy', { seed: true })
    const line = await screen.findByTestId('section-movers-none')
    expect(line.textContent).toBe(
      '各板块位次变化：经济运行、项目签约落地、城市更新建设和优化营商环境均未公布。',
    )
    expect(screen.queryByTestId('section-movers')).toBeNull()
  })

  it('keeps the table where any change is known (real composite 2022Q1 → 2022Q2)', async () => {
    await openMovement('/movement?from=2022Q1&to=2022Q2')
    expect(screen.queryByTestId('no-change-table')).toBeNull()
  })
})

describe('movement view, demo data', () => {
  const demo = loadDataset('demo')

  it('names the biggest riser of the last quarter as the files say', async () => {
    await openMovement('/movement?dataset=demo')
    const rank = (q: '2024Q3' | '2024Q4', d: string) =>
      demo.quarters.get(q)?.composite.rows.find((r) => r.district === d)?.rank ?? Number.NaN
    const gains = demo.districts.map((d) => [d.name, rank('2024Q3', d.id) - rank('2024Q4', d.id)] as const)
    const best = Math.max(...gains.map(([, g]) => g))
    const expected = gains.filter(([, g]) => g === best).map(([n]) => n)
    const risers = within(screen.getByTestId('composite-risers')).getAllByRole('listitem')
    const top = risers.slice(0, expected.length).map((li) => li.querySelector('a')?.textContent)
    expect(top.sort()).toEqual([...expected].sort())
    const sentence = [...screen.getByTestId('movers-summary').querySelectorAll('li')]
      .map((li) => li.textContent ?? '')
      .find((s) => s.startsWith('综合位次较'))
    expect(sentence).toMatch(new RegExp(`上升最多的是[^（]+（上升${best}位）`))
    for (const n of expected) expect(sentence?.split('上升最多的是')[1]?.split('（')[0]).toContain(n)
    expect(screen.getByTestId('brief-demo-marker')).toHaveTextContent('示例数据')
    // The header's marker stays the only one with its test id.
    expect(screen.getAllByTestId('demo-marker')).toHaveLength(1)
  })

  it('lists all ten districts with complete changes over 12 quarters', async () => {
    await openMovement('/movement?dataset=demo')
    const rows = screen.getByTestId('change-table').querySelectorAll('tbody tr')
    expect(rows).toHaveLength(10)
    for (const r of rows) expect(r.textContent).not.toContain('未公布')
    expect(screen.queryByTestId('unplotted-note')).toBeNull()
    expect(screen.queryByTestId('gaps-note')).toBeNull()
  })

  it('"why it moved" splits huangdao 2022Q2 exactly into its sections', async () => {
    await openMovement('/movement?dataset=demo&from=2022Q1&to=2022Q2&why=huangdao')
    const why = screen.getByTestId('why-table')
    expect(why.querySelector('tr[data-section="economy"]')).toHaveTextContent('▲1.09')
    expect(why.querySelector('tr[data-section="economy"]')).toHaveTextContent('上升1.09分')
    expect(why.querySelector('tr[data-section="projects"]')).toHaveTextContent('▲0.23')
    expect(why.querySelector('tr[data-section="urban"]')).toHaveTextContent('▼0.16')
    expect(why.querySelector('tr[data-section="overall"]')).toHaveTextContent('▲1.16')
    expect(screen.getByTestId('why-verdict')).toHaveTextContent('+1.16')
  })
})

describe('weight changes', () => {
  it('warns that urban score changes across 2023Q3 (20 → 15) are partly a change of scale', async () => {
    await openMovement('/movement?dataset=demo&from=2023Q1&to=2024Q4&section=urban')
    expect(screen.getByTestId('weight-note')).toHaveTextContent('2023Q3起 20→15')
  })
  it('says nothing when the maximum is constant', async () => {
    await openMovement('/movement?dataset=demo&from=2023Q3&to=2024Q4&section=urban')
    expect(screen.queryByTestId('weight-note')).toBeNull()
  })
})

describe('URL state', () => {
  it('metric toggle, district selection, sorting and the why district all go to the URL', async () => {
    const app = await openMovement('/movement?dataset=demo')
    fireEvent.click(within(screen.getByTestId('metric-toggle')).getByRole('button', { name: '得分' }))
    await waitFor(() => expect(search(app).get('metric')).toBe('score'))
    expect(search(app).get('dataset')).toBe('demo')
    // The default range stays implicit ("up to the latest quarter"), so the link keeps following new data.
    expect(search(app).has('from') || search(app).has('to')).toBe(false)

    const jimo = within(screen.getByTestId('district-legend')).getByRole('button', { name: /即墨区/ })
    fireEvent.click(jimo)
    await waitFor(() => expect(search(app).get('districts')).toBe('jimo'))
    expect(jimo).toHaveAttribute('aria-pressed', 'true')
    expect(row('jimo')).toHaveAttribute('data-selected', 'true')
    // Selecting a district makes it the one "why it moved" explains.
    expect(screen.getByTestId('why-district')).toHaveValue('jimo')

    fireEvent.click(
      screen.getByTestId('change-table').querySelector('button[data-column="rankDelta"]') as HTMLElement,
    )
    await waitFor(() => expect(search(app).get('sort')).toBe('rankDelta.desc'))
    const deltas = [...screen.getByTestId('change-table').querySelectorAll('tbody tr')].map((tr) => {
      const m = /([▲▼＝])[+−±]?(\d+)/.exec(tr.querySelectorAll('td')[3]?.textContent ?? '')
      return m ? (m[1] === '▼' ? -1 : 1) * Number(m[2]) : Number.NaN
    })
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a))

    fireEvent.change(screen.getByTestId('why-district'), { target: { value: 'laixi' } })
    await waitFor(() => expect(search(app).get('why')).toBe('laixi'))

    fireEvent.change(screen.getByTestId('range-from'), { target: { value: '2023Q1' } })
    await waitFor(() => expect(search(app).get('from')).toBe('2023Q1'))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2023年一季度 至 2024年四季度')
  })

  it('a quarter without data gives a helpful not-found with links', async () => {
    stubDataFetch()
    await renderApp('/movement?from=2023Q2', { seed: true })
    const nf = await screen.findByTestId('not-found')
    expect(nf).toHaveTextContent('2023Q2')
    expect(within(nf).getByRole('link', { name: '2023年一季度' })).toHaveAttribute(
      'href',
      expect.stringContaining('from=2023Q1'),
    )
  })

  it('a reversed range is swapped and said so; bad parameters are reported', async () => {
    await openMovement('/movement?from=2022Q4&to=2022Q1&metric=stars')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2022年一季度 至 2022年四季度')
    expect(screen.getByText(/起止季度顺序相反/)).toBeInTheDocument()
    expect(screen.getByText(/metric=stars/)).toBeInTheDocument()
  })

  it('a broken quarter file is shown where it is, and the chart gap says so', async () => {
    await openMovement('/movement?from=2022Q1&to=2022Q3', { 'real/quarters/2022Q2.json': '{"quarter": 1}' })
    expect(screen.getByTestId('data-error')).toHaveTextContent('quarters/2022Q2.json')
    expect(screen.getByTestId('gaps-note')).toHaveTextContent('2022Q2!（数据文件有误）')
  })

  it('a broken quarter inside the range is named as an error everywhere, not as a gap or "no file"', async () => {
    const broken = { 'real/quarters/2022Q2.json': '{"quarter": 1}' }
    await openMovement('/movement?from=2022Q1&to=2022Q3&why=huangdao', broken)
    expect(screen.getByTestId('gaps-note')).toHaveTextContent('2022Q2!（数据文件有误）')
    expect(screen.getByTestId('gaps-note')).not.toHaveTextContent('2022Q2*')
    expect(screen.getByTestId('key-invalid')).toHaveTextContent('数据文件有误')
    // "Why it moved" (2022Q3 vs 2022Q2): the baseline is an error, not a missing file.
    const missing = screen.getByTestId('why-missing')
    expect(missing).toHaveTextContent('2022Q2 综合得分：该季度的数据文件有误')
    expect(missing).not.toHaveTextContent('没有数据文件')
    expect(screen.getByTestId('brief-invalid')).toHaveTextContent('2022Q2 的数据文件有误')
  })

  it('a broken end quarter: its change-table columns say the file has an error, not 未公布', async () => {
    const broken = { 'real/quarters/2022Q2.json': '{"quarter": 1}' }
    await openMovement('/movement?from=2022Q1&to=2022Q2', broken)
    const [, , end, , , endScore] = cells('huangdao')
    expect(end).toBe('数据文件有误')
    expect(endScore).toBe('数据文件有误')
  })

  it('English: no Chinese list separators or brackets in the brief’s own text', async () => {
    await openMovement('/movement?dataset=demo&lang=en')
    await waitFor(() => expect(screen.getByTestId('movers-summary')).toHaveTextContent(/composite/))
    for (const id of ['movers-summary', 'top-three'])
      expect(screen.getByTestId(id).textContent).not.toMatch(/[、（），：；]/)
  })

  it('English: the brief is in English', async () => {
    await openMovement('/movement?from=2022Q1&to=2022Q2&lang=en')
    await waitFor(() =>
      expect(screen.getByTestId('movers-summary')).toHaveTextContent(
        'Shinan rose 2 composite places vs Q1 2022 and won the "Pressing ahead, climbing the ranks" flag.',
      ),
    )
  })
})
