/**
 * Router helpers that keep the global parameters (dataset, lang, theme) on every link, so a
 * presenter in demo + projection mode stays there while navigating.
 */
import { createContext, createElement, type ReactNode, useCallback, useContext, useMemo } from 'react'
import { UNSAFE_NavigationContext, useLocation, useNavigate, useSearchParams } from 'react-router'
import { GLOBAL_PARAMS, type GlobalState, parseGlobal, searchString } from '../domain/url/params'

// The global parameters of the current URL as a search string (`?dataset=demo&lang=en`). A string, so a
// link that reads it renders again only when they change, not on every navigation (a sort, a filter).
const GlobalSearch = createContext<string | null>(null)

/** Provides the global parameters to useHrefBuilder (router.tsx wraps every route in it). */
export function GlobalParamsProvider({ children }: { children: ReactNode }) {
  const [params] = useSearchParams()
  const globals = new URLSearchParams()
  for (const k of GLOBAL_PARAMS) {
    const v = params.get(k)
    if (v !== null) globals.set(k, v)
  }
  return createElement(GlobalSearch.Provider, { value: searchString(globals) }, children)
}

/** The global parameters of the URL; renders again only when one of them changes. */
export function useGlobalParams(): GlobalState {
  const globals = useContext(GlobalSearch)
  if (globals === null) throw new Error('useGlobalParams needs a GlobalParamsProvider (router.tsx)')
  return useMemo(() => parseGlobal(new URLSearchParams(globals)), [globals])
}

/** Builds `path?params` carrying the current global parameters. */
export function useHrefBuilder(): (
  path: string,
  params?: URLSearchParams | Record<string, string | undefined>,
) => string {
  const globals = useContext(GlobalSearch)
  if (globals === null) throw new Error('useHrefBuilder needs a GlobalParamsProvider (router.tsx)')
  const current = useMemo(() => new URLSearchParams(globals), [globals])
  return useCallback(
    (path, params) => {
      const p = new URLSearchParams()
      if (params instanceof URLSearchParams) {
        params.forEach((v, k) => {
          p.set(k, v)
        })
      } else if (params)
        for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, v)
      for (const k of GLOBAL_PARAMS) {
        const v = current.get(k)
        if (v !== null && !p.has(k)) p.set(k, v)
      }
      return `${path}${searchString(p)}`
    },
    [current],
  )
}

/** Replaces (or pushes) the current route's search params, keeping the path. */
export function useSetSearch(): (next: URLSearchParams, opts?: { replace?: boolean }) => void {
  const navigate = useNavigate()
  const location = useLocation()
  return useCallback(
    (next, opts) =>
      navigate(`${location.pathname}${searchString(next)}`, { replace: opts?.replace ?? false }),
    [navigate, location.pathname],
  )
}

type HistoryLocation = { location: { pathname: string; search: string } }

/**
 * For controls that must not render again on every navigation (the header's, while the table is sorted):
 * the URL's parameters as of the moment they are read, and a setter that keeps the current path; both
 * read the router's history when called, so neither changes identity as the URL changes.
 */
export function useStableSearch(): {
  read: () => URLSearchParams
  set: (next: URLSearchParams, opts?: { replace?: boolean }) => void
} {
  const { navigator } = useContext(UNSAFE_NavigationContext)
  return useMemo(() => {
    const history = navigator as unknown as HistoryLocation
    return {
      read: () => new URLSearchParams(history.location.search),
      set: (next, opts) => {
        const to = `${history.location.pathname}${searchString(next)}`
        if (opts?.replace) navigator.replace(to)
        else navigator.push(to)
      },
    }
  }, [navigator])
}
