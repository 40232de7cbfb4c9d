/**
 * Component-test helpers: render a route of the real app (real router config, fresh QueryClient
 * with retry off) with `fetch` of bundled data URLs served from disk, and optional overrides to
 * simulate a broken data file.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { vi } from 'vitest'
import '../../src/lib/i18n'

const root = join(import.meta.dirname, '..', '..')

/**
 * Serves `/src/data/...json` URLs (what `import.meta.glob(..., {query:'?url'})` yields under Vitest)
 * from disk. `overrides` maps a path suffix like 'real/quarters/2022Q1.json' to replacement text.
 */
export function stubDataFetch(overrides: Record<string, string> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
    const override = Object.entries(overrides).find(([suffix]) => path.endsWith(suffix))
    if (override) return new Response(override[1], { status: 200 })
    if (!path.startsWith('/src/data/')) return new Response('not found', { status: 404 })
    try {
      return new Response(readFileSync(join(root, path), 'utf8'), { status: 200 })
    } catch {
      return new Response('not found', { status: 404 })
    }
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** Renders the app's routes at `hashPath` (e.g. '/rankings?quarter=2022Q2'). */
export async function renderApp(hashPath: string) {
  const { router: appRouter } = await import('../../src/app/router')
  const router = createMemoryRouter(appRouter.routes, { initialEntries: [hashPath] })
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  })
  const utils = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...utils, router, client }
}
