/**
 * URL state of the district pages, declared once (domain/url/define.ts).
 *
 *   #/districts?quarter=2022Q2                              the index
 *   #/districts/huangdao?quarter=2022Q2                      one district
 *   #/districts/huangdao?quarter=2022Q2&compare=jiaozhou     two districts side by side
 *
 * The district itself is the path segment, not a parameter, so it is not part of this state.
 */
import type { QuarterId } from '../../../domain/model/quarter'
import { defineParams, optionalText, renamed } from '../../../domain/url/define'
import { quarterParam } from '../../../domain/url/params'

export type DistrictPageState = {
  /** Undefined means "the latest quarter of the dataset". */
  quarter: QuarterId | undefined
  /** The district to compare with; unknown ids are kept so the view can name them. */
  compare: string | undefined
}

/** `q` is the old short name of `quarter`; `vs` reads naturally for compare. */
export const districtPageUrl = defineParams<DistrictPageState>({
  quarter: renamed(quarterParam(), 'q'),
  compare: renamed(
    optionalText(/^[a-z0-9][a-z0-9-]*$/, (s) => s.trim().toLowerCase()),
    'vs',
  ),
})
export const DISTRICT_PAGE_DEFAULTS = districtPageUrl.defaults

/**
 * Example: parseDistrictPage(new URLSearchParams('quarter=2022Q2&compare=jiaozhou'))
 *   → { state: { quarter: '2022Q2', compare: 'jiaozhou' }, problems: [] };
 * 'quarter=2022Q5' → quarter undefined and a problem { param: 'quarter', value: '2022Q5' }.
 */
export const parseDistrictPage = districtPageUrl.parse

/**
 * Writes the state over `base` (which keeps global params such as dataset and lang).
 * Example: serializeDistrictPage({ quarter: '2022Q2', compare: undefined }, new URLSearchParams('lang=en'))
 *   → 'lang=en&quarter=2022Q2'
 */
export const serializeDistrictPage = districtPageUrl.serialize
