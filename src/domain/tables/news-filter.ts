/**
 * News highlights as data: ordering, filters and text search as plain functions. The view renders
 * every field as text (never HTML), so nothing here escapes or strips markup.
 */
import type { QuarterId } from '../model/quarter'
import type { NewsItem } from '../model/schema'

/**
 * Newest first by event date; same-day items keep a stable order by id.
 * Example: [2022-07-26 a, 2023-11-07 b] → [b, a]
 */
export function newestFirst(items: readonly NewsItem[]): NewsItem[] {
  return [...items].sort((a, b) =>
    a.eventDate === b.eventDate ? a.id.localeCompare(b.id) : a.eventDate < b.eventDate ? 1 : -1,
  )
}

/** Lower-case, whitespace removed, full-width ASCII folded, so "ＡＢ c" matches "abc". */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

/**
 * Every whitespace-separated term of the query must occur in the title, the summary or the
 * speaker's name (people search for a secretary by name). An empty query matches everything.
 * Example: matchesText(jimoItem, '汽车 即墨') → true; matchesText(jimoItem, '汽车 崂山') → false
 */
export function matchesText(item: NewsItem, query: string): boolean {
  const terms = query.split(/\s+/).map(normalizeText).filter(Boolean)
  if (!terms.length) return true
  const hay = normalizeText([item.title, item.summary, item.speaker?.name ?? ''].join('\n'))
  return terms.every((t) => hay.includes(t))
}

export type NewsFilter = {
  /** A resolved district id; items about all districts (district null) do not match a district. */
  district?: string | undefined
  quarter?: QuarterId | undefined
  /** An event date, YYYY-MM-DD. */
  event?: string | undefined
  q?: string
}

/**
 * Items matching every given filter, newest first.
 * Example: filterNews(realNews, { district: 'jimo' }) → [韩世军's 2022-07-26 statement]
 */
export function filterNews(items: readonly NewsItem[], f: NewsFilter): NewsItem[] {
  return newestFirst(
    items.filter(
      (i) =>
        (!f.district || i.district === f.district) &&
        (!f.quarter || i.quarter === f.quarter) &&
        (!f.event || i.eventDate === f.event) &&
        matchesText(i, f.q ?? ''),
    ),
  )
}

export type NewsEvent = { date: string; names: string[]; count: number }

/**
 * The events news items belong to, keyed by date (the URL's `event=`), newest first. Two events on
 * one day share a key and list both names.
 * Example (real data): first → { date: '2023-11-07', names: ['2023年三季度“摘星夺旗”结果（新华财经报道）'], count: 1 }
 */
export function newsEvents(items: readonly NewsItem[]): NewsEvent[] {
  const byDate = new Map<string, NewsEvent>()
  for (const i of items) {
    const e = byDate.get(i.eventDate) ?? { date: i.eventDate, names: [], count: 0 }
    if (!e.names.includes(i.event)) e.names.push(i.event)
    e.count++
    byDate.set(i.eventDate, e)
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}

/** Quarters the items refer to, newest first. Example (real data) → ['2023Q3','2023Q1','2022Q4','2022Q3','2022Q2'] */
export function newsQuarters(items: readonly NewsItem[]): QuarterId[] {
  return [...new Set(items.map((i) => i.quarter).filter((q): q is QuarterId => q !== null))].sort().reverse()
}
