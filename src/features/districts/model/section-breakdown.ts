/**
 * Section breakdown for one district and quarter: each section's score against its weight, its
 * rank among all districts, and the best and median district that quarter, so
 * "52.43 / 60，第2名（共10）" reads at a glance. Facts only: the table words them.
 *
 * Honesty rules: the best score is only named when the district(s) ranked 1st have a known score
 * (a partial table could hide a higher one); the median is only computed when every district has
 * a score, and it is a derived figure: the view shows its rule and the scores it was taken from.
 *
 * Scale: one district's own figures come from `rankingRow` (O(sections)); the best and median of a
 * section need every district's score, read from the file's indexes in O(rows) and memoised per
 * dataset, quarter and section, so stepping through 3,000 districts never rebuilds a table.
 */
import { compositeRanks, type Dataset, districtsById, scoreFigure } from '../../../domain/model/dataset'
import { fileIndex, memoOn } from '../../../domain/model/dataset-index'
import type { Figure } from '../../../domain/model/figure'
import { figureValue, NOT_PUBLISHED } from '../../../domain/model/figure'
import { OVERALL, type SectionOrOverall } from '../../../domain/model/ids'
import type { QuarterId } from '../../../domain/model/quarter'
import type { StarComparison } from '../../../domain/rules/stars'
import { scoreKey } from '../../../domain/rules/tie-rule'
import { rankingRow, tableAvailability } from '../../../domain/tables/ranking-table'

export type ScoredRow = { district: string; score: Figure<number>; rank: Figure<number> }

export type Best = { score: number; districts: string[] }

/**
 * The median score as a fact: its value, over how many districts, and the places it was taken
 * from (1 = the highest score) with their scores; one place for an odd count, two for an even one.
 * Example: scores 10, 20, 30, 40 → { value: 25, total: 4, picked: [{ place: 2, score: 30 }, { place: 3, score: 20 }] }
 */
export type Median = {
  value: number
  total: number
  picked: { place: number; score: number }[]
  /** The sources of every score it was computed from. */
  sources: string[]
}

export type Breakdown = {
  section: SectionOrOverall
  /** Maximum score of the section (or composite) when stated; null when not. */
  weight: number | null
  /**
   * False when nothing of this table was published; `reason` then says why: 'quarter-missing',
   * 'sections-unknown', 'section-missing' (codes the view words), or the data file's own text.
   */
  available: boolean
  reason: string | null
  score: Figure<number>
  rank: Figure<number>
  /** How many districts the ranking is over ("共10"). */
  of: number
  stars: StarComparison | null
  best: Best | null
  /** Null when not every district's score is known (a median of a published top 5 would mislead). */
  median: Median | null
}

/**
 * Mean of two scores at the published precision, computed in integer hundredths so float noise
 * cannot flip a half: mean2(19.00, 18.99) → 19.00 (18.995 rounded half up), not 18.99.
 */
function mean2(a: number, b: number): number {
  return Math.round((scoreKey(a) + scoreKey(b)) / 2) / 100
}

/**
 * The best score and who holds it; ties list every holder. Null when no district ranked 1st has a
 * known score, because then a higher, unpublished score may exist.
 * Example: [{a 50 #1}, {b 50 #1}, {c 40 #3}] → { score: 50, districts: ['a','b'] };
 * [{a rank 1, score unknown}, {b 40 #2}] → null.
 */
export function bestOf(rows: readonly ScoredRow[]): Best | null {
  const known = rows.filter((r) => r.score.status !== 'not-published')
  const top = known.filter((r) => figureValue(r.rank) === 1)
  if (!top.length) return null
  const score = Math.max(...top.map((r) => figureValue(r.score) as number))
  const key = scoreKey(score)
  return {
    score,
    districts: known.filter((r) => scoreKey(figureValue(r.score) as number) === key).map((r) => r.district),
  }
}

/**
 * The median score over `total` districts; null unless every one of the `total` districts has a
 * known score. Example: scores 10, 20, 30, 40 (total 4) → value 25 from places 2 and 3;
 * 3 of 4 known → null.
 */
export function medianOf(rows: readonly ScoredRow[], total: number): Median | null {
  const scores: number[] = []
  const sources = new Set<string>()
  for (const r of rows) {
    if (r.score.status === 'not-published') continue
    scores.push(r.score.value)
    for (const s of r.score.sources) sources.add(s)
  }
  if (total === 0 || scores.length < total) return null
  const sorted = scores.sort((a, b) => b - a)
  const mid = Math.floor(total / 2)
  const odd = total % 2 === 1
  const places = odd ? [mid] : [mid - 1, mid]
  return {
    value: odd ? (sorted[mid] as number) : mean2(sorted[mid - 1] as number, sorted[mid] as number),
    total,
    picked: places.map((i) => ({ place: i + 1, score: sorted[i] as number })),
    sources: [...sources],
  }
}

type SectionStats = { best: Best | null; median: Median | null }
const statsMemo = new WeakMap<Dataset, Map<string, SectionStats>>()

/**
 * Best and median of one section (or the composite) in one quarter, the same for every district,
 * so memoised per dataset. Only districts with a known score can hold the best or enter the
 * median, so the rows are read straight from the file's indexes (O(rows), no per-district lookup).
 */
function sectionStats(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): SectionStats {
  return memoOn(statsMemo, ds, `${quarter}|${section}`, () => {
    const rows = scoredRows(ds, quarter, section)
    const best = bestOf(rows)
    // Tied holders in the districts file's order, as the rankings table lists ties.
    if (best && best.districts.length > 1) {
      const at = (id: string) => ds.districts.findIndex((d) => d.id === id)
      best.districts.sort((a, b) => at(a) - at(b))
    }
    return { best, median: medianOf(rows, ds.districts.length) }
  })
}

/** The rows with a known score, for the dataset's districts: the same figures as the rankings table's. */
function scoredRows(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): ScoredRow[] {
  const file = ds.quarters.get(quarter)
  if (!file) return []
  const ix = fileIndex(file)
  const byId = districtsById(ds)
  const rows: ScoredRow[] = []
  if (section === OVERALL) {
    const ranks = compositeRanks(ds).get(quarter)
    for (const [district, row] of ix.compositeRows) {
      if (row.score === null || !byId.has(district)) continue
      rows.push({
        district,
        score: scoreFigure(file, OVERALL, district),
        rank: ranks?.get(district) ?? NOT_PUBLISHED,
      })
    }
    return rows
  }
  const table = ix.sections.get(section)?.table
  if (table?.status !== 'published') return rows
  for (const [district, row] of ix.sectionRows.get(section) ?? []) {
    if (!byId.has(district)) continue
    rows.push({
      district,
      score: { status: 'published', value: row.score, sources: table.sources },
      rank: { status: 'published', value: row.rank, sources: table.sources },
    })
  }
  return rows
}

/**
 * The composite first, then each section of the quarter in the file's order.
 * Example (real 2022Q2, jiaozhou): economy → score 52.43, weight 60, rank 2 of 10, best 54.96 (huangdao),
 * median 50.05 (places 5 and 6: 50.19 and 49.91); projects → available false; composite → rank 2,
 * score 88.12, median null.
 */
export function sectionBreakdown(ds: Dataset, quarter: QuarterId, district: string): Breakdown[] {
  const file = ds.quarters.get(quarter)
  const ix = file ? fileIndex(file) : null
  const d = districtsById(ds).get(district)
  const sections: SectionOrOverall[] = [OVERALL, ...(file?.sections.map((s) => s.id) ?? [])]
  return sections.map((section) => {
    const own = d ? rankingRow(ds, quarter, section, d) : undefined
    const { available, reason } = tableAvailability(file, section)
    const { best, median } = sectionStats(ds, quarter, section)
    return {
      section,
      weight:
        section === OVERALL ? (file?.composite.weight ?? null) : (ix?.sections.get(section)?.weight ?? null),
      available,
      reason,
      score: own?.score ?? NOT_PUBLISHED,
      rank: own?.rank ?? NOT_PUBLISHED,
      of: ds.districts.length,
      stars: own?.stars ?? null,
      best,
      median,
    }
  })
}
