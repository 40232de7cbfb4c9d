/**
 * Runs every view model (src/features/…/model and the shared tables) over a dataset and checks that
 * no value on screen is outside its rule: ranks 1..n, stars 0..10 (per section) or 0..sections×10
 * (totals), scores within 0..weight (or the sane bound where no weight is published), changes finite
 * and within ±(n−1) places. Shared by the data fuzzer and the property test.
 * Example: runViewModels(ds, news) → number of figures checked; throws naming the first bad value.
 */

import type { Dataset } from '../../../src/domain/model/dataset'
import type { Figure } from '../../../src/domain/model/figure'
import { SECTION_OR_OVERALL_IDS } from '../../../src/domain/model/ids'
import { previousQuarter, type QuarterId } from '../../../src/domain/model/quarter'
import type { NewsItem } from '../../../src/domain/model/schema'
import { MAX_WEIGHT } from '../../../src/domain/model/validate'
import type { Change } from '../../../src/domain/rules/change'
import { districtHistory } from '../../../src/domain/tables/district-history'
import { tableMovers } from '../../../src/domain/tables/movers'
import { buildRankingTable, starDiscrepancies } from '../../../src/domain/tables/ranking-table'
import { districtNews } from '../../../src/features/districts/model/district-news'
import { peersOf } from '../../../src/features/districts/model/district-peers'
import { districtsIndex } from '../../../src/features/districts/model/districts-index'
import { sectionBreakdown } from '../../../src/features/districts/model/section-breakdown'
import { historyStreaks } from '../../../src/features/districts/model/streaks'
import { prepareBumpData } from '../../../src/features/movement/model/chart-data'
import { decomposeChange } from '../../../src/features/movement/model/decomposition'
import { buildMovementSeries, buildRangeChanges } from '../../../src/features/movement/model/movement-series'
import { buildMoversBrief } from '../../../src/features/movement/model/movers'
import { newsCards } from '../../../src/features/news/model/news-view'
import { buildDeck } from '../../../src/features/present/model/deck'
import { DECK_IDS } from '../../../src/features/present/model/deck-ids'

export type ViewModelOptions = {
  /** Only these quarters (and the views that compare them with their neighbours); default: all. */
  quarters?: readonly QuarterId[]
  /** Quarters whose file was rejected (the views take them as `invalid`). */
  invalid?: ReadonlySet<QuarterId>
}

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`)
}

function checkFigure(f: Figure<number>, lo: number, hi: number, where: string, integer = false) {
  if (f.status === 'not-published') return
  const v = f.value
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, `not a finite number: ${v}`)
  if (integer && !Number.isInteger(v)) fail(where, `not a whole number: ${v}`)
  if (v < lo || v > hi) fail(where, `${v} outside ${lo}..${hi}`)
}

function checkChange(c: Change, unit: 'rank' | 'score', n: number, where: string) {
  if (c.kind !== 'known') return
  if (!Number.isFinite(c.delta)) fail(where, `change not finite: ${c.delta}`)
  if (unit === 'rank' && Math.abs(c.delta) > n - 1) fail(where, `rank change ${c.delta} beyond ±${n - 1}`)
}

export function runViewModels(
  ds: Dataset,
  news: readonly NewsItem[] = [],
  options: ViewModelOptions = {},
): number {
  const n = ds.districts.length
  const invalid = options.invalid ?? new Set<QuarterId>()
  const all = [...ds.quarters.keys()].sort()
  const quarters = options.quarters ?? all
  let checked = 0
  for (const q of quarters) {
    if (!ds.quarters.has(q)) continue
    const file = ds.quarters.get(q)
    const sectionCount = file?.sections.length ?? 0
    for (const section of SECTION_OR_OVERALL_IDS) {
      const table = buildRankingTable(ds, q, section)
      const bound = table.weight ?? MAX_WEIGHT
      for (const row of table.rows) {
        const where = `${q} ${section} ${row.district.id}`
        checkFigure(row.rank, 1, n, `${where} rank`, true)
        checkFigure(row.score, 0, bound, `${where} score`)
        checkFigure(row.totalStars, 0, Math.max(sectionCount, 1) * 10, `${where} totalStars`, true)
        if (row.stars?.published != null && (row.stars.published < 0 || row.stars.published > 10))
          fail(where, `stars ${row.stars.published}`)
        if (row.stars?.rule != null && (row.stars.rule < 1 || row.stars.rule > 10))
          fail(where, `rule stars ${row.stars.rule}`)
        checkChange(row.rankChange, 'rank', n, `${where} rankChange`)
        checkChange(row.scoreChange, 'score', n, `${where} scoreChange`)
        checked += 4
      }
      tableMovers(table)
    }
    starDiscrepancies(ds, q)
    buildMoversBrief(ds, q)
    districtsIndex(ds, q)
    for (const deck of DECK_IDS) buildDeck(ds, q, deck)
    for (const d of ds.districts) {
      sectionBreakdown(ds, q, d.id)
      peersOf(ds, q, d.id)
      decomposeChange(ds, d, q, invalid)
      districtNews(ds, news, d.id, q, 5, invalid)
    }
    const from = all.includes(previousQuarter(q)) ? previousQuarter(q) : q
    for (const section of SECTION_OR_OVERALL_IDS) {
      const ms = buildMovementSeries(ds, from, q, section, invalid)
      prepareBumpData(ms, 'rank')
      prepareBumpData(ms, 'score')
      for (const c of buildRangeChanges(ms, ds))
        checkChange(c.rankDelta, 'rank', n, `${from}→${q} ${section}`)
    }
  }
  for (const d of ds.districts) historyStreaks(districtHistory(ds, d.id, invalid))
  newsCards(ds, news, {}, true, invalid)
  return checked
}
