/**
 * URL state of the news view (#/news), declared once (domain/url/define.ts).
 *
 *   #/news?district=jimo&quarter=2022Q2&event=2022-07-26&q=集成电路
 *
 * Here `q` is the text search, not the old short name of `quarter` that other views migrate, so
 * this view does not migrate it. `district` is singular; `districts` (as
 * the rankings view spells it) is migrated to it, keeping the first id.
 */
import type { QuarterId } from '../../../domain/model/quarter'
import { defineParams, optionalText, type Param, renamed, textParam } from '../../../domain/url/define'
import { quarterParam } from '../../../domain/url/params'

export type NewsState = {
  /** A district id (or a name/alias the view resolves); undefined shows every district. */
  district: string | undefined
  quarter: QuarterId | undefined
  /** The event's date (YYYY-MM-DD), which names an event on the assessment calendar. */
  event: string | undefined
  /** Free-text search over titles and summaries; '' means no search. */
  q: string
}

/** One district (the first of a list, as `districts=` from the rankings view spells it). */
const firstDistrict: Param<string | undefined> = {
  parse: (raw) => (raw.split(',')[0] ?? '').trim() || undefined,
  write: (v) => v,
  default: undefined,
}

export const newsUrl = defineParams<NewsState>({
  district: renamed(firstDistrict, 'districts'),
  quarter: quarterParam(),
  event: optionalText(/^\d{4}-\d{2}-\d{2}$/),
  // Not trimmed: the search box writes every keystroke here, and "a " must survive until "a b".
  q: renamed(textParam(), 'search'),
})
export const NEWS_DEFAULTS = newsUrl.defaults

/**
 * Example: parseNews(new URLSearchParams('district=jimo&q=汽车')) →
 *   { state: { district: 'jimo', quarter: undefined, event: undefined, q: '汽车' }, problems: [] };
 * 'event=yesterday' → event undefined and a problem.
 */
export const parseNews = newsUrl.parse

/** Example: serializeNews({ ...NEWS_DEFAULTS, district: 'jimo' }) → 'district=jimo' */
export const serializeNews = newsUrl.serialize
