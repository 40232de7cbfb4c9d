/**
 * Hash routes (GUIDE.md "Links are an API"): deep links work on any static server without
 * rewrites and from a file:// copy. React Router in its declarative mode (a history and `useRoutes`):
 * the app has no loaders or actions, and the data router's machinery was 16 kB gzip of the first
 * view. Rankings is the first view and loads eagerly; every other view is its own chunk, so the first
 * view doesn't pay for charts.
 */
import { Component, type ComponentType, type ErrorInfo, lazy, type ReactNode, Suspense } from 'react'
import { Navigate, type RouteObject, useLocation, useRoutes } from 'react-router'
import { RankingsRoute } from '../features/rankings/rankings-route'
import { GlobalParamsProvider } from '../lib/use-global-params'
import { Layout } from './layout'
import { ROUTE_HANDLES } from './route-handle'
import { RouteError, RouteNotFound } from './route-not-found'

/** The lazily loaded views, by name: `React.lazy` for rendering, and for tests that load them up front. */
const VIEW_MODULES = {
  movement: () => import('../features/movement/movement-route').then((m) => m.MovementRoute),
  districtsIndex: () => import('../features/districts/districts-route').then((m) => m.DistrictsIndexRoute),
  district: () => import('../features/districts/districts-route').then((m) => m.DistrictRoute),
  news: () => import('../features/news/news-route').then((m) => m.NewsRoute),
  present: () => import('../features/present/present-route').then((m) => m.PresentRoute),
  import: () => import('../features/import/import-route').then((m) => m.ImportRoute),
  rules: () => import('../features/rules/rules-route').then((m) => m.RulesRoute),
} satisfies Record<string, () => Promise<ComponentType>>

/** Loads every lazy view (component tests, so no test waits for a chunk inside its time limit). */
export async function preloadViews(): Promise<void> {
  await Promise.all(Object.values(VIEW_MODULES).map((load) => load()))
}

// Shown while a lazily loaded view's chunk arrives on a deep link (e.g. #/movement).
const LOADING = <p className="p-6 text-muted">加载中… / Loading…</p>

function lazyView(load: () => Promise<ComponentType>): ReactNode {
  const View = lazy(async () => ({ default: await load() }))
  return (
    <Suspense fallback={LOADING}>
      <View />
    </Suspense>
  )
}

const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/rankings" replace /> },
      { path: 'rankings', element: <RankingsRoute />, handle: ROUTE_HANDLES.rankings },
      { path: 'movement', element: lazyView(VIEW_MODULES.movement), handle: ROUTE_HANDLES.movement },
      {
        path: 'districts',
        element: lazyView(VIEW_MODULES.districtsIndex),
        handle: ROUTE_HANDLES.districts,
      },
      { path: 'districts/:id', element: lazyView(VIEW_MODULES.district), handle: ROUTE_HANDLES.districts },
      { path: 'news', element: lazyView(VIEW_MODULES.news), handle: ROUTE_HANDLES.news },
      { path: 'present', element: lazyView(VIEW_MODULES.present), handle: ROUTE_HANDLES.present },
      { path: 'import', element: lazyView(VIEW_MODULES.import), handle: ROUTE_HANDLES.import },
      { path: 'rules', element: lazyView(VIEW_MODULES.rules), handle: ROUTE_HANDLES.rules },
      { path: '*', element: <RouteNotFound /> },
    ],
  },
]

/** The app's routes, inside the error boundary; render inside a router (HistoryRouter, MemoryRouter). */
export function AppRoutes() {
  const { pathname } = useLocation()
  // Keyed by path: a crash in one view is cleared by navigating to another.
  return (
    <GlobalParamsProvider>
      <RouteErrorBoundary key={pathname}>{useRoutes(routes)}</RouteErrorBoundary>
    </GlobalParamsProvider>
  )
}

/** Last resort for a crash inside a route: say what happened instead of a blank page. */
class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: undefined as unknown }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A view crashed:', error, info.componentStack)
  }
  render() {
    return this.state.error === undefined ? this.props.children : <RouteError error={this.state.error} />
  }
}
