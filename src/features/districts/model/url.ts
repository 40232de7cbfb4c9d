/**
 * URL ↔ state for the district pages, as pure functions (see url-state.ts for the conventions:
 * forgiving parse with reported problems, defaults omitted when serializing, renamed params migrated).
 *
 *   #/districts?quarter=2022Q2                              the index
 *   #/districts/huangdao?quarter=2022Q2                      one district
 *   #/districts/huangdao?quarter=2022Q2&compare=jiaozhou     two districts side by side
 *
 * The district itself is the path segment, not a parameter, so it is not part of this state.
 */
import { z } from 'zod'
import type { QuarterId } from '../../../domain/model/quarter'
import { migrateParams, quarterParam, readParam, type UrlProblem } from '../../../domain/url/params'

export type DistrictPageState = {
  /** Undefined means "the latest quarter of the dataset". */
  quarter: QuarterId | undefined
  /** The district to compare with; unknown ids are kept so the view can name them. */
  compare: string | undefined
}

export const DISTRICT_PAGE_DEFAULTS: DistrictPageState = { quarter: undefined, compare: undefined }

/** `q` is the old short name of `quarter` (as in url-state.ts); `vs` reads naturally for compare. */
export const DISTRICT_RENAMED_PARAMS: Record<string, string> = { q: 'quarter', vs: 'compare' }

const districtId = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9-]*$/))

/**
 * Example: parseDistrictPage(new URLSearchParams('quarter=2022Q2&compare=jiaozhou'))
 *   → { state: { quarter: '2022Q2', compare: 'jiaozhou' }, problems: [] };
 * 'quarter=2022Q5' → quarter undefined and a problem { param: 'quarter', value: '2022Q5' }.
 */
export function parseDistrictPage(search: URLSearchParams): {
  state: DistrictPageState
  problems: UrlProblem[]
} {
  const params = migrateParams(search, DISTRICT_RENAMED_PARAMS)
  const problems: UrlProblem[] = []
  return {
    state: {
      quarter: readParam(params, 'quarter', quarterParam.optional(), undefined, problems),
      compare: readParam(params, 'compare', districtId.optional(), undefined, problems),
    },
    problems,
  }
}

/**
 * Writes the state over `base` (which keeps global params such as dataset and lang).
 * Example: serializeDistrictPage({ quarter: '2022Q2', compare: undefined }, new URLSearchParams('lang=en'))
 *   → 'lang=en&quarter=2022Q2'
 */
export function serializeDistrictPage(
  state: DistrictPageState,
  base = new URLSearchParams(),
): URLSearchParams {
  const p = new URLSearchParams(base)
  for (const k of ['quarter', 'compare', ...Object.keys(DISTRICT_RENAMED_PARAMS)]) p.delete(k)
  if (state.quarter) p.set('quarter', state.quarter)
  if (state.compare) p.set('compare', state.compare)
  return p
}
