/**
 * Route metadata (React Router `handle`): each route says what it is and which header controls it
 * shows, and the shell finds the handle of the matched route instead of testing path prefixes.
 */
import { matchRoutes, useLocation } from 'react-router'

export const VIEWS = ['rankings', 'movement', 'districts', 'news', 'present', 'import', 'rules'] as const
export type View = (typeof VIEWS)[number]

export type RouteHandle = {
  view: View
  /** Header controls the view uses (the quarter select, the section switch). */
  controls?: { quarter?: boolean; section?: boolean }
  /** The view carries the quarter in view to itself when navigated to (single-quarter views). */
  carriesQuarter?: boolean
  /** The view owns the whole screen and draws its own chrome (presentation mode). */
  bare?: boolean
}

/** Each view's handle; router.tsx puts them on its routes. */
export const ROUTE_HANDLES = {
  rankings: { view: 'rankings', controls: { quarter: true, section: true } },
  movement: { view: 'movement', controls: { section: true } },
  districts: { view: 'districts', controls: { quarter: true } },
  news: { view: 'news' },
  present: { view: 'present', bare: true },
  import: { view: 'import' },
  rules: { view: 'rules' },
} as const satisfies Record<View, RouteHandle>

// The paths that have a handle (the same as router.tsx's), matched the way the router matches them.
const HANDLED_PATHS = [
  ...VIEWS.map((view) => ({ path: `/${view}`, handle: ROUTE_HANDLES[view] as RouteHandle })),
  { path: '/districts/:id', handle: ROUTE_HANDLES.districts as RouteHandle },
]

/** The handle of the matched route; undefined on the not-found route. */
export function useRouteHandle(): RouteHandle | undefined {
  const { pathname } = useLocation()
  const match = matchRoutes(HANDLED_PATHS, pathname)?.at(-1)
  return match?.route.handle
}

/** Which views carry the quarter in view (for the navigation links). */
export const CARRIES_QUARTER: Record<View, boolean> = {
  rankings: true,
  movement: false,
  districts: true,
  news: false,
  present: true,
  import: false,
  rules: false,
}
