/**
 * A route's URL state from its declaration (domain/url/define.ts): the parsed state and problems,
 * and an `update` that writes a patch back to the URL (keeping global and foreign parameters).
 */
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { UrlCodec, UrlProblem } from '../domain/url/define'
import { useSetSearch } from './use-global-params'

export type RouteState<S> = {
  state: S
  problems: UrlProblem[]
  params: URLSearchParams
  /** Example: update({ section: 'economy' }); update({ sort }, { replace: true }) for view tweaks. */
  update: (patch: Partial<S>, opts?: { replace?: boolean }) => void
}

export function useRouteState<S>(url: UrlCodec<S>): RouteState<S> {
  const [params] = useSearchParams()
  const setSearch = useSetSearch()
  const { state, problems } = useMemo(() => url.parse(params), [url, params])
  const update = useCallback(
    (patch: Partial<S>, opts?: { replace?: boolean }) =>
      setSearch(url.serialize({ ...state, ...patch }, params), { replace: opts?.replace ?? false }),
    [url, state, params, setSearch],
  )
  return { state, problems, params, update }
}
