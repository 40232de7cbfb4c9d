/**
 * Hash routes (GUIDE.md "Links are an API"): deep links work on any static server without
 * rewrites and from a file:// copy. Rankings is the first view and loads eagerly; every other
 * view is its own chunk, so the first view doesn't pay for charts.
 */
import { createHashRouter, Navigate } from 'react-router'
import { RankingsRoute } from '../features/rankings/rankings-route'
import { Layout } from './layout'
import type { RouteHandle } from './route-handle'
import { RouteError, RouteNotFound } from './route-not-found'

export const router = createHashRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while a lazily loaded view's chunk arrives on a deep link (e.g. #/movement).
    hydrateFallbackElement: <p className="p-6 text-muted">加载中… / Loading…</p>,
    children: [
      { index: true, element: <Navigate to="/rankings" replace /> },
      {
        path: 'rankings',
        element: <RankingsRoute />,
        handle: { view: 'rankings', controls: { quarter: true, section: true } } satisfies RouteHandle,
      },
      {
        path: 'movement',
        handle: { view: 'movement', controls: { section: true } } satisfies RouteHandle,
        lazy: async () => ({
          Component: (await import('../features/movement/movement-route')).MovementRoute,
        }),
      },
      {
        path: 'districts',
        handle: { view: 'districts', controls: { quarter: true } } satisfies RouteHandle,
        lazy: async () => ({
          Component: (await import('../features/districts/districts-route')).DistrictsIndexRoute,
        }),
      },
      {
        path: 'districts/:id',
        handle: { view: 'districts', controls: { quarter: true } } satisfies RouteHandle,
        lazy: async () => ({
          Component: (await import('../features/districts/districts-route')).DistrictRoute,
        }),
      },
      {
        path: 'news',
        handle: { view: 'news' } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/news/news-route')).NewsRoute }),
      },
      {
        path: 'present',
        handle: { view: 'present', bare: true } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/present/present-route')).PresentRoute }),
      },
      {
        path: 'import',
        handle: { view: 'import' } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/import/import-route')).ImportRoute }),
      },
      { path: '*', element: <RouteNotFound /> },
    ],
  },
])
