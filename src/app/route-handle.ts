/**
 * Route metadata (React Router `handle`): each route says what it is and which header controls it
 * shows, and the shell reads it with `useMatches()` instead of testing path prefixes.
 */
import { type UIMatch, useMatches } from 'react-router'

export const VIEWS = ['rankings', 'movement', 'districts', 'news', 'present', 'import'] as const
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

/** The handle of the deepest matched route that has one; undefined on the not-found route. */
export function useRouteHandle(): RouteHandle | undefined {
  const matches = useMatches() as UIMatch<unknown, RouteHandle | undefined>[]
  return matches.findLast((m) => m.handle?.view)?.handle ?? undefined
}

/** Which views carry the quarter in view (for the navigation links). */
export const CARRIES_QUARTER: Record<View, boolean> = {
  rankings: true,
  movement: false,
  districts: true,
  news: false,
  present: true,
  import: false,
}
