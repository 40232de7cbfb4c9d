/**
 * Component-test helpers: render a route of the real app (real router config, fresh QueryClient
 * with retry off) with `fetch` of `data/…` (the manifest and every file it lists) served from
 * public/data on disk, and optional overrides to simulate a broken data file or manifest.
 *
 * Two ways to get data into the views:
 * - fetched (the default): every data file goes through fetch → validation in the query functions,
 *   as in the browser. Use it where loading is the point: broken files (`stubDataFetch(overrides)`),
 *   error and reload behaviour.
 * - seeded (`renderApp(path, { seed: true })`): the QueryClient starts with the manifest and every
 *   bundled file already validated, so the view renders on the first pass without a dozen fetch round trips
 *   (the main cost of a component test, and what made them time out on a loaded machine).
 *
 * Example:
 *   beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)
 *   stubDataFetch()
 *   await renderApp('/rankings?quarter=2022Q2', { seed: true })
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import { unstable_HistoryRouter as HistoryRouter, UNSAFE_createMemoryHistory } from 'react-router'
import { vi } from 'vitest'
import '../../src/lib/i18n'
import { listedDataset } from '../../src/domain/model/folder-manifest'
import type { DatasetKind as DatasetId } from '../../src/domain/model/ids'
import type { QuarterId } from '../../src/domain/model/quarter'
import type { District, NewsItem, QuarterFile, Source } from '../../src/domain/model/schema'
import { validateNews } from '../../src/domain/model/validate'
import { localQuartersQueryOptions } from '../../src/lib/local-layer'
import {
  datasetSourceQueryOptions,
  districtsQueryOptions,
  manifestQueryOptions,
  newsQueryOptions,
  quarterQueryOptions,
  sourcesQueryOptions,
} from '../../src/lib/queries'
import {
  DATA_DIR,
  loadDistricts,
  loadManifest,
  loadQuarter,
  loadSources,
  quarterFiles,
  quarterOfFile,
  readDataText,
} from '../fixtures/datasets'

const DATASETS: readonly DatasetId[] = ['real', 'demo']

/**
 * Serves the app's `data/…` URLs (`/data/manifest.json`, `/data/real/quarters/2022Q2.json?v=…` under
 * jsdom's http://localhost:3000/) from public/data, 404 for anything else. `overrides` maps a path
 * suffix like 'real/quarters/2022Q1.json' or 'data/manifest.json' to replacement text.
 */
export function stubDataFetch(overrides: Record<string, string> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
    const override = Object.entries(overrides).find(([suffix]) => path.endsWith(suffix))
    if (override) return new Response(override[1], { status: 200 })
    if (!path.startsWith('/data/') || path.includes('..')) return new Response('not found', { status: 404 })
    try {
      return new Response(readFileSync(join(DATA_DIR, path.slice('/data/'.length)), 'utf8'), { status: 200 })
    } catch {
      return new Response('not found', { status: 404 })
    }
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

type ValidatedFiles = {
  districts: District[]
  sources: Source[]
  news: NewsItem[]
  quarters: Map<QuarterId, QuarterFile>
}

// Validated once per test file (validation of ~25 files is the expensive part); each seeding gets
// its own structuredClone, so a view that mutated its data could not leak into the next test.
const validated = new Map<DatasetId, ValidatedFiles>()

function validatedFiles(id: DatasetId): ValidatedFiles {
  let files = validated.get(id)
  if (!files) {
    // The same files and validators as the query functions in src/lib/queries.ts.
    const districts = loadDistricts(id)
    const sources = loadSources(id)
    const ctx = {
      districtIds: new Set(districts.map((d) => d.id)),
      sourceIds: new Set(sources.map((s) => s.id)),
    }
    const quarters = new Map(
      quarterFiles(id).map((f) => [quarterOfFile(f), loadQuarter(id, f, ctx)] as const),
    )
    const news = validateNews('news.json', readDataText(id, 'news.json'), ctx)
    files = { districts, sources, news, quarters }
    validated.set(id, files)
  }
  return files
}

/**
 * Puts every bundled data file of `datasets` into `client` under the app's own query keys (taken
 * from the queryOptions factories, so they cannot drift). Seeded queries never go stale
 * (staleTime: Infinity), so the views read them without fetching; `client.resetQueries()` still
 * refetches through `fetch`.
 */
function seedQueryClient(client: QueryClient, datasets: readonly DatasetId[] = DATASETS) {
  const manifest = loadManifest()
  client.setQueryData(manifestQueryOptions().queryKey, manifest)
  // An empty local layer (the importer's IndexedDB), as on a machine that never imported anything.
  client.setQueryData(localQuartersQueryOptions().queryKey, { persistent: false, quarters: [] })
  for (const id of datasets) {
    const files = validatedFiles(id)
    client.setQueryData(datasetSourceQueryOptions(id).queryKey, listedDataset(manifest, id) ?? undefined)
    client.setQueryData(districtsQueryOptions(id).queryKey, structuredClone(files.districts))
    client.setQueryData(sourcesQueryOptions(id).queryKey, structuredClone(files.sources))
    client.setQueryData(newsQueryOptions(id).queryKey, structuredClone(files.news))
    for (const [quarter, file] of files.quarters)
      client.setQueryData(quarterQueryOptions(id, quarter).queryKey, structuredClone(file))
  }
}

export type RenderAppOptions = {
  /** Start with every bundled data file validated in the cache (see the top of this file). */
  seed?: boolean
}

/** Renders the app's routes at `hashPath` (e.g. '/rankings?quarter=2022Q2'). */
export async function renderApp(hashPath: string, { seed = false }: RenderAppOptions = {}) {
  const { AppRoutes } = await import('../../src/app/router')
  const history = UNSAFE_createMemoryHistory({ initialEntries: [hashPath], v5Compat: true })
  // What tests need of a router: navigate as a link would, and read where it is.
  const router = {
    navigate: async (to: string) => {
      await act(async () => history.push(to))
    },
    get state() {
      return { location: history.location, historyAction: history.action }
    },
  }
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  })
  if (seed) seedQueryClient(client)
  const utils = render(
    <QueryClientProvider client={client}>
      <HistoryRouter history={history}>
        <AppRoutes />
      </HistoryRouter>
    </QueryClientProvider>,
  )
  return { ...utils, router, client }
}

/**
 * Imports every lazily loaded view once (and validates the seed data), so no test waits for a
 * route chunk or for validation inside its own time limit:
 * the first test of a file used to spend most of its time there, and all of it on a loaded machine.
 * For `beforeAll(preloadRoutes, ROUTE_PRELOAD_TIMEOUT)`.
 */
export async function preloadRoutes() {
  const { preloadViews } = await import('../../src/app/router')
  await preloadViews()
  // Validate the seed data here too, so the first seeded test of a file doesn't pay for it.
  for (const id of DATASETS) validatedFiles(id)
}

/** One-time module loading (recharts, every view), not per-test work: allowed more than a test. */
export const ROUTE_PRELOAD_TIMEOUT = 60_000
