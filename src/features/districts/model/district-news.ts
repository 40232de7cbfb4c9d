/**
 * The news highlights of one district's page: its items newest first, each with the district's
 * results for the quarter it refers to, and which of them the one-page print card keeps (at most
 * `printed` statements about the page's quarter). O(items) plus one districtEntry per item.
 */
import type { Dataset } from '../../../domain/model/dataset'
import type { QuarterId } from '../../../domain/model/quarter'
import type { NewsItem } from '../../../domain/model/schema'
import { districtEntry, type HistoryEntry } from '../../../domain/tables/district-history'
import { filterNews } from '../../../domain/tables/news-filter'

export type DistrictNewsEntry = {
  item: NewsItem
  /** The district's results for the item's quarter; null when the item names no quarter. */
  results: HistoryEntry | null
  /** True for the first `printed` items about the page's quarter (the ones kept on paper). */
  printed: boolean
}

export type DistrictNewsModel = {
  entries: DistrictNewsEntry[]
  /** How many items refer to the page's quarter. */
  current: number
  /** How many items about the page's quarter are left off the print card. */
  notPrinted: number
}

/**
 * Example (real data, jiaozhou, 2022Q3, printed 2): three items, two about 2022Q3 (both printed),
 * one about 2022Q2; each with jiaozhou's results for its quarter.
 */
export function districtNews(
  ds: Dataset,
  items: readonly NewsItem[],
  district: string,
  quarter: QuarterId,
  printed: number,
  invalid: ReadonlySet<QuarterId> = new Set(),
): DistrictNewsModel {
  let current = 0
  const entries = filterNews(items, { district }).map((item) => {
    const isCurrent = item.quarter === quarter
    if (isCurrent) current++
    return {
      item,
      results: item.quarter ? districtEntry(ds, item.quarter, district, invalid) : null,
      printed: isCurrent && current <= printed,
    }
  })
  return { entries, current, notPrinted: Math.max(0, current - printed) }
}
