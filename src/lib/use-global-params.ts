/**
 * Router helpers that keep the global parameters (dataset, lang, theme) on every link, so a
 * presenter in demo + projection mode stays there while navigating.
 */
import { useCallback } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { GLOBAL_PARAMS, type GlobalState, parseGlobal, searchString } from '../domain/url/params'

export function useGlobalParams(): GlobalState {
  const [params] = useSearchParams()
  return parseGlobal(params)
}

/** Builds `path?params` carrying the current global parameters. */
export function useHrefBuilder(): (
  path: string,
  params?: URLSearchParams | Record<string, string | undefined>,
) => string {
  const [current] = useSearchParams()
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
