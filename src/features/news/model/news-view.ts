/**
 * The news view's cards: the items matching the filters, newest first, each with its district
 * (resolved through the dataset's id map, not a scan per item) and, once every quarter file is in,
 * that district's results for the quarter the item refers to.
 */
import { type Dataset, districtsById } from '../../../domain/model/dataset'
import type { QuarterId } from '../../../domain/model/quarter'
import type { District, NewsItem } from '../../../domain/model/schema'
import { districtEntry, type HistoryEntry } from '../../../domain/tables/district-history'
import { filterNews, type NewsFilter } from '../../../domain/tables/news-filter'

export type NewsCardModel = {
  item: NewsItem
  /** The item's district; null for items about every district (or before the districts load). */
  district: District | null
  /** Null until results can be computed, and for items without a district or a quarter. */
  results: HistoryEntry | null
}

/**
 * Example (real data, { district: 'jimo' }, all quarters loaded) → one card: 韩世军's 2022-07-26
 * statement, district jimo, jimo's 2022Q2 results (rank 4, 86.17).
 * `withResults` is false while quarter files are still loading (derived ranks need neighbours).
 */
export function newsCards(
  ds: Dataset | undefined,
  items: readonly NewsItem[],
  filter: NewsFilter,
  withResults: boolean,
  invalid: ReadonlySet<QuarterId> = new Set(),
): NewsCardModel[] {
  const byId = ds ? districtsById(ds) : undefined
  return filterNews(items, filter).map((item) => {
    const district = (item.district && byId?.get(item.district)) || null
    const results =
      ds && withResults && district && item.quarter
        ? districtEntry(ds, item.quarter, district.id, invalid)
        : null
    return { item, district, results }
  })
}
