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
import { ChunkLoadError, RouteError, RouteNotFound, ViewError } from './route-not-found'

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
  // A chunk that cannot be fetched becomes a ChunkLoadError: its view offers a reload. React.lazy
  // remembers a rejection, so the reload (not a retry) is the way out.
  const View = lazy(async () => ({
    default: await load().catch((e: unknown) => {
      throw new ChunkLoadError(e)
    }),
  }))
  return (
    <Suspense fallback={LOADING}>
      <View />
    </Suspense>
  )
}

/** Each view inside its own boundary, reset by navigation: a crash leaves the header and the other views. */
function view(element: ReactNode): ReactNode {
  return <ViewBoundary>{element}</ViewBoundary>
}

const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/rankings" replace /> },
      { path: 'rankings', element: view(<RankingsRoute />), handle: ROUTE_HANDLES.rankings },
      { path: 'movement', element: view(lazyView(VIEW_MODULES.movement)), handle: ROUTE_HANDLES.movement },
      {
        path: 'districts',
        element: view(lazyView(VIEW_MODULES.districtsIndex)),
        handle: ROUTE_HANDLES.districts,
      },
      {
        path: 'districts/:id',
        element: view(lazyView(VIEW_MODULES.district)),
        handle: ROUTE_HANDLES.districts,
      },
      { path: 'news', element: view(lazyView(VIEW_MODULES.news)), handle: ROUTE_HANDLES.news },
      { path: 'present', element: view(lazyView(VIEW_MODULES.present)), handle: ROUTE_HANDLES.present },
      { path: 'import', element: view(lazyView(VIEW_MODULES.import)), handle: ROUTE_HANDLES.import },
      { path: 'rules', element: view(lazyView(VIEW_MODULES.rules)), handle: ROUTE_HANDLES.rules },
      { path: '*', element: <RouteNotFound /> },
    ],
  },
]

/** The app's routes, inside the last-resort boundary; render inside a router (HistoryRouter, MemoryRouter). */
export function AppRoutes() {
  const { pathname } = useLocation()
  // Not keyed by path: a key would remount the header and every view on each navigation. The boundary
  // clears itself when the path changes instead.
  return (
    <GlobalParamsProvider>
      <ErrorBoundary pathname={pathname} fallback={(error) => <RouteError error={error} />}>
        {useRoutes(routes)}
      </ErrorBoundary>
    </GlobalParamsProvider>
  )
}

function ViewBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return (
    <ErrorBoundary pathname={pathname} fallback={(error) => <ViewError error={error} />}>
      {children}
    </ErrorBoundary>
  )
}

type BoundaryProps = { pathname: string; fallback: (error: unknown) => ReactNode; children: ReactNode }

/** Shows `fallback` for a crash below it instead of a blank page; navigating to another path clears it. */
class ErrorBoundary extends Component<BoundaryProps, { error: unknown; pathname: string }> {
  state = { error: undefined as unknown, pathname: this.props.pathname }
  static getDerivedStateFromError(error: unknown) {
    return { error }
  }
  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; pathname: string }) {
    return props.pathname === state.pathname ? null : { error: undefined, pathname: props.pathname }
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A view crashed:', error, info.componentStack)
  }
  render() {
    return this.state.error === undefined ? this.props.children : this.props.fallback(this.state.error)
  }
}
