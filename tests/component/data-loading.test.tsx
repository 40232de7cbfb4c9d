/**
 * Data at run time: the app reads data/manifest.json first and takes each file from the path it lists
 * (fetched with a content-hash cache buster), or from the page's embedded block in the offline copy.
 * A broken manifest stops the app with a named error; a quarter the manifest lists but the server lacks
 * is that quarter's named error while the others work.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { dataBlockElement } from '../../src/lib/embedded-data'
import { DATA_DIR } from '../fixtures/datasets'
import { preloadRoutes, ROUTE_PRELOAD_TIMEOUT, renderApp, stubDataFetch } from './test-utils'

beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)

afterEach(() => {
  vi.unstubAllGlobals()
  document.getElementById('leitai-data')?.remove()
})

const manifestText = readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')
type RawManifest = {
  version: number
  datasets: Record<
    string,
    { quarters: Record<string, { file: string; sha256: string }> } & Record<string, unknown>
  >
}
/** The committed manifest, changed by `edit`, as text to serve instead of the real one. */
function manifestWith(edit: (m: RawManifest) => void): string {
  const m = JSON.parse(manifestText) as RawManifest
  edit(m)
  return JSON.stringify(m)
}
const rows = () => within(screen.getByTestId('rankings-table')).getAllByRole('row').slice(1)
const urlOf = (input: unknown) => new URL(String(input), 'http://localhost')

describe('loading data through the manifest', () => {
  it('fetches the manifest without the cache, then each file by its path with ?v=<first 12 hex of sha256>', async () => {
    const fetchMock = stubDataFetch()
    await renderApp('/rankings?quarter=2022Q2&section=economy')
    await screen.findByTestId('rankings-table')
    expect(rows()[0]).toHaveTextContent('54.96')
    const calls = fetchMock.mock.calls.map(([input, init]) => ({ url: urlOf(input), init }))
    const manifestCall = calls.find((c) => c.url.pathname === '/data/manifest.json')
    expect(manifestCall?.init).toMatchObject({ cache: 'no-cache' })
    const sha = (JSON.parse(manifestText) as RawManifest).datasets.real?.quarters['2022Q2']?.sha256 ?? ''
    const quarterCall = calls.find((c) => c.url.pathname === '/data/real/quarters/2022Q2.json')
    expect(quarterCall?.url.searchParams.get('v')).toBe(sha.slice(0, 12))
    expect(calls.find((c) => c.url.pathname === '/data/real/districts.json')?.url.search).toMatch(
      /^\?v=[0-9a-f]{12}$/,
    )
    // Only what the manifest lists is asked for: no directory guessing.
    for (const c of calls) expect(c.url.pathname).toMatch(/^\/data\/(manifest\.json|real\/.+\.json)$/)
  })

  it('lists the quarters the manifest lists: one dropped from it leaves the quarter selector', async () => {
    stubDataFetch({
      'data/manifest.json': manifestWith((m) => {
        delete m.datasets.real?.quarters['2023Q3']
      }),
    })
    await renderApp('/rankings?quarter=2022Q2&section=economy')
    await screen.findByTestId('rankings-table')
    const options = within(screen.getByRole('combobox', { name: '季度' })).getAllByRole('option')
    expect(options.map((o) => o.getAttribute('value'))).toEqual([
      '2023Q1',
      '2022Q4',
      '2022Q3',
      '2022Q2',
      '2022Q1',
    ])
  })

  it('a broken manifest is a named error: the file and the field', async () => {
    stubDataFetch({
      'data/manifest.json': manifestWith((m) => {
        const q = m.datasets.real?.quarters['2022Q2']
        if (q) q.sha256 = 'not-a-hash'
      }),
    })
    await renderApp('/rankings?quarter=2022Q2&section=economy')
    const alert = await screen.findByTestId('data-error')
    expect(alert).toHaveTextContent('data/manifest.json')
    expect(alert).toHaveTextContent('datasets.real.quarters.2022Q2.sha256')
    expect(alert).toHaveTextContent('schema')
    expect(screen.queryByTestId('rankings-table')).toBeNull()
  })

  it('a manifest that is not JSON, or not there, is named too', async () => {
    stubDataFetch({ 'data/manifest.json': '{"version": 1, ' })
    const first = await renderApp('/rankings?quarter=2022Q2')
    expect(await screen.findByTestId('data-error')).toHaveTextContent(/data\/manifest\.json.*malformed-json/)
    first.unmount()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not found', { status: 404 })),
    )
    await renderApp('/rankings?quarter=2022Q2')
    const alert = await screen.findByTestId('data-error')
    expect(alert).toHaveTextContent('data/manifest.json')
    expect(alert).toHaveTextContent('HTTP 404')
    expect(alert).toHaveTextContent('missing-file')
  })

  it('a dataset the manifest does not list is a named error for that dataset only', async () => {
    stubDataFetch({
      'data/manifest.json': manifestWith((m) => {
        delete m.datasets.demo
      }),
    })
    const { router } = await renderApp('/rankings?quarter=2024Q4&dataset=demo')
    expect(await screen.findByTestId('data-error')).toHaveTextContent('datasets.demo')
    await router.navigate('/rankings?quarter=2022Q2&section=economy')
    await waitFor(() => expect(screen.getByTestId('rankings-table')).toBeInTheDocument())
    expect(rows()[0]).toHaveTextContent('54.96')
  })

  it('a quarter listed in the manifest but missing on the server is its own named error; others work', async () => {
    stubDataFetch({
      'data/manifest.json': manifestWith((m) => {
        const real = m.datasets.real
        if (real) real.quarters['2024Q1'] = { file: 'real/quarters/2024Q1.json', sha256: 'f'.repeat(64) }
      }),
    })
    const { router } = await renderApp('/rankings?quarter=2024Q1')
    const alert = await screen.findByTestId('data-error')
    expect(alert).toHaveTextContent('data/real/quarters/2024Q1.json')
    expect(alert).toHaveTextContent('HTTP 404')
    expect(alert).toHaveTextContent('missing-file')
    // Listed, so it is offered (the administrator sees which quarter is broken), and the others still load.
    const select = screen.getByRole('combobox', { name: '季度' })
    expect(within(select).getByRole('option', { name: '2024年一季度' })).toBeInTheDocument()
    await router.navigate('/rankings?quarter=2022Q2&section=economy')
    await waitFor(() => expect(screen.getByTestId('rankings-table')).toBeInTheDocument())
    expect(rows()[0]).toHaveTextContent('54.96')
  })
})

describe('every view waits for the manifest', () => {
  // Fetched, not seeded: the views first render with no quarter list at all. None may crash on that
  // or say, even for a moment, that the quarter it was asked for does not exist.
  it.each([
    ['/rankings?dataset=demo', 'rankings-table'],
    ['/movement?dataset=demo', 'change-table'],
    ['/districts?dataset=demo', 'districts-index'],
    ['/districts/huangdao?dataset=demo&quarter=2024Q4', 'history-table'],
    ['/news?dataset=demo', 'news-item'],
    ['/present?dataset=demo&quarter=2024Q4', 'slide'],
  ])('%s', async (path, testId) => {
    stubDataFetch()
    const seen: string[] = []
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-testid=not-found]')) seen.push('not-found')
      if (document.querySelector('[data-testid=view-error]')) seen.push('crash')
      if (document.body.textContent?.includes('Something went wrong')) seen.push('crash')
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    try {
      await renderApp(path)
      expect((await screen.findAllByTestId(testId)).length).toBeGreaterThan(0)
    } finally {
      observer.disconnect()
    }
    expect([...new Set(seen)]).toEqual([])
  })
})

describe('the offline copy’s embedded data block', () => {
  /** Every file the manifest lists, as the offline build embeds them (texts exactly as on disk). */
  function bundle(edit: (files: Record<string, string>) => void = () => {}) {
    const manifest = JSON.parse(manifestText) as RawManifest
    const files: Record<string, string> = {}
    for (const ds of Object.values(manifest.datasets))
      for (const e of [ds.districts, ds.sources, ds.news, ...Object.values(ds.quarters)] as {
        file: string
      }[])
        files[e.file] = readFileSync(join(DATA_DIR, e.file), 'utf8')
    edit(files)
    return { manifest, files }
  }
  function embed(data: ReturnType<typeof bundle>) {
    document.head.insertAdjacentHTML('beforeend', dataBlockElement(data))
  }

  it('is read instead of fetching when the page has one', async () => {
    const fetchMock = stubDataFetch()
    embed(bundle())
    await renderApp('/rankings?quarter=2022Q2&section=economy')
    await screen.findByTestId('rankings-table')
    expect(rows()[0]).toHaveTextContent('54.96')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('validates embedded files like served ones: a broken one is named by its data path', async () => {
    const fetchMock = stubDataFetch()
    embed(
      bundle((files) => {
        files['real/quarters/2022Q1.json'] = '{ "quarter": "2022Q1", '
        delete files['real/quarters/2022Q3.json']
      }),
    )
    const { router } = await renderApp('/rankings?quarter=2022Q1')
    expect(await screen.findByTestId('data-error')).toHaveTextContent(
      /data\/real\/quarters\/2022Q1\.json.*malformed-json/,
    )
    await router.navigate('/rankings?quarter=2022Q3')
    await waitFor(() =>
      expect(screen.getByTestId('data-error')).toHaveTextContent(
        /data\/real\/quarters\/2022Q3\.json.*missing-file/,
      ),
    )
    await router.navigate('/rankings?quarter=2022Q2&section=economy')
    await waitFor(() => expect(screen.getByTestId('rankings-table')).toBeInTheDocument())
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
