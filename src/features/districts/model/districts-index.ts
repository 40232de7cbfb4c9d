/**
 * The districts index (#/districts): every district with the quarter's composite rank, score and
 * flags, and, where the quarter's rank is unknown, the most recent quarter up to it with a known
 * rank, so a partial table still says where each district last stood.
 *
 * Scale: the index shows three figures per district, so it reads just those through the shared
 * rules (rankFigure, scoreFigure, flagsFor) in the composite order shared with the peers nav,
 * instead of building whole ranking rows (movement, total stars) it does not show; the latest
 * known ranks are one pass over the quarters up to it, newest first (O(known ranks)). No district
 * history is built.
 */
import { compositeRanks, type Dataset, rankFigure, scoreFigure } from '../../../domain/model/dataset'
import { memoOn } from '../../../domain/model/dataset-index'
import type { Figure, KnownFigure } from '../../../domain/model/figure'
import type { QuarterId } from '../../../domain/model/quarter'
import type { District } from '../../../domain/model/schema'
import { type FlagView, flagsFor } from '../../../domain/tables/ranking-table'
import { compositeOrder } from './district-peers'

export type LatestRank = { quarter: QuarterId; rank: KnownFigure<number> }

export type IndexRow = {
  district: District
  rank: Figure<number>
  score: Figure<number>
  flags: FlagView[]
  /** The latest known composite rank up to the quarter, or null when none is known. */
  latest: LatestRank | null
}

const latestMemo = new WeakMap<Dataset, Map<string, Map<string, LatestRank>>>()
const indexMemo = new WeakMap<Dataset, Map<string, IndexRow[]>>()

/**
 * Each district's latest known composite rank in a quarter up to `quarter` (published or derived).
 * Example (real data, up to 2023Q3): shinan → 2022Q2 rank 5; laoshan → 2022Q3 rank 3 (derived);
 * laixi → absent (no rank ever known).
 */
export function latestKnownRanks(ds: Dataset, quarter: QuarterId): Map<string, LatestRank> {
  return memoOn(latestMemo, ds, quarter, () => {
    const ranks = compositeRanks(ds)
    const out = new Map<string, LatestRank>()
    const upTo = [...ranks.keys()].filter((q) => q <= quarter).sort()
    for (let i = upTo.length - 1; i >= 0; i--) {
      const q = upTo[i] as QuarterId
      for (const [district, rank] of ranks.get(q) ?? []) {
        if (rank.status === 'not-published' || out.has(district)) continue
        out.set(district, { quarter: q, rank })
      }
    }
    return out
  })
}

/**
 * Rows in the composite order: ranked first, then the districts file's order. Memoised per
 * dataset and quarter (read-only).
 * Example (real 2022Q2): huangdao (1, 90.00, top flag), jiaozhou, laoshan, jimo, shinan, then the
 * five without a published rank, laixi with no known rank at all (latest null).
 */
export function districtsIndex(ds: Dataset, quarter: QuarterId): IndexRow[] {
  return memoOn(indexMemo, ds, quarter, () => {
    const ranks = compositeRanks(ds)
    const file = ds.quarters.get(quarter)
    const latest = latestKnownRanks(ds, quarter)
    return compositeOrder(ds, quarter).order.map(({ district }) => ({
      district,
      rank: rankFigure(ds, ranks, quarter, 'overall', district.id),
      score: scoreFigure(file, 'overall', district.id),
      flags: flagsFor(ds, ranks, quarter, district.id),
      latest: latest.get(district.id) ?? null,
    }))
  })
}
