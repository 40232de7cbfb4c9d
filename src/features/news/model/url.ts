/**
 * URL ↔ state for the news view (#/news), as pure functions (conventions as in url-state.ts).
 *
 *   #/news?district=jimo&quarter=2022Q2&event=2022-07-26&q=集成电路
 *
 * Here `q` is the text search, not the old short name of `quarter` that other views migrate, so
 * this view does not apply url-state.ts's RENAMED_PARAMS. `district` is singular; `districts` (as
 * the rankings view spells it) is migrated to it, keeping the first id.
 */
import { z } from 'zod'
import type { QuarterId } from '../../../domain/model/quarter'
import { migrateParams, quarterParam, readParam, type UrlProblem } from '../../../domain/url/params'

export type NewsState = {
  /** A district id (or a name/alias the view resolves); undefined shows every district. */
  district: string | undefined
  quarter: QuarterId | undefined
  /** The event's date (YYYY-MM-DD), which names an event on the assessment calendar. */
  event: string | undefined
  /** Free-text search over titles and summaries; '' means no search. */
  q: string
}

export const NEWS_DEFAULTS: NewsState = { district: undefined, quarter: undefined, event: undefined, q: '' }

export const NEWS_RENAMED_PARAMS: Record<string, string> = { districts: 'district', search: 'q' }

const districtParam = z
  .string()
  .transform((s) => (s.split(',')[0] ?? '').trim())
  .pipe(z.string().min(1))
const eventParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
// Not trimmed: the search box writes every keystroke here, and "a " must survive until "a b".
const textParam = z.string()

/**
 * Example: parseNews(new URLSearchParams('district=jimo&q=汽车')) →
 *   { state: { district: 'jimo', quarter: undefined, event: undefined, q: '汽车' }, problems: [] };
 * 'event=yesterday' → event undefined and a problem.
 */
export function parseNews(search: URLSearchParams): { state: NewsState; problems: UrlProblem[] } {
  const params = migrateParams(search, NEWS_RENAMED_PARAMS)
  const problems: UrlProblem[] = []
  return {
    state: {
      district: readParam(params, 'district', districtParam.optional(), undefined, problems),
      quarter: readParam(params, 'quarter', quarterParam.optional(), undefined, problems),
      event: readParam(params, 'event', eventParam.optional(), undefined, problems),
      q: readParam(params, 'q', textParam, '', problems),
    },
    problems,
  }
}

/** Example: serializeNews({ ...NEWS_DEFAULTS, district: 'jimo' }) → 'district=jimo' */
export function serializeNews(state: NewsState, base = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base)
  for (const k of ['district', 'quarter', 'event', 'q', ...Object.keys(NEWS_RENAMED_PARAMS)]) p.delete(k)
  if (state.district) p.set('district', state.district)
  if (state.quarter) p.set('quarter', state.quarter)
  if (state.event) p.set('event', state.event)
  if (state.q.trim()) p.set('q', state.q)
  return p
}
