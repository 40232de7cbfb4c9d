/**
 * Section breakdown for one district and quarter: each section's score against its weight, its
 * rank among all districts, and the best and median district that quarter, so
 * "52.43 / 60，第2名（共10）" reads at a glance.
 *
 * Honesty rules: the best score is only named when the district(s) ranked 1st have a known score
 * (a partial table could hide a higher one); the median is only computed when every district has
 * a score, and it is a derived figure with its rule and inputs.
 */
import type { Dataset } from '../../../domain/model/dataset'
import type { Figure } from '../../../domain/model/figure'
import { figureValue, NOT_PUBLISHED } from '../../../domain/model/figure'
import type { QuarterId } from '../../../domain/model/quarter'
import type { SectionOrOverall } from '../../../domain/model/schema'
import type { StarComparison } from '../../../domain/rules/stars'
import { scoreKey } from '../../../domain/rules/tie-rule'
import { buildRankingTable } from '../../../domain/tables/ranking-table'

export type ScoredRow = { district: string; score: Figure<number>; rank: Figure<number> }

export type Best = { score: number; districts: string[] }

export type Breakdown = {
  section: SectionOrOverall
  /** Maximum score of the section (or composite) when stated; null when not. */
  weight: number | null
  /** False when nothing of this table was published; `reason` then says why. */
  available: boolean
  reason: string | null
  score: Figure<number>
  rank: Figure<number>
  /** How many districts the ranking is over ("共10"). */
  of: number
  stars: StarComparison | null
  best: Best | null
  median: Figure<number>
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
 * The median score over `total` districts, as a derived figure; not published unless every one
 * of the `total` districts has a known score (a median of the published top 5 would mislead).
 * The rule and inputs are written in the page's language (they are shown as text).
 * Example: scores 10, 20, 30, 40 (total 4) → derived 25 ("第2、3高得分的平均"; en "mean of the 2nd
 * and 3rd highest scores"); 3 of 4 known → not published.
 */
export function medianOf(
  rows: readonly ScoredRow[],
  total: number,
  lang: 'zh' | 'en' = 'zh',
): Figure<number> {
  const scores = rows.map((r) => figureValue(r.score)).filter((s): s is number => s !== null)
  if (total === 0 || scores.length < total) return NOT_PUBLISHED
  const sorted = [...scores].sort((a, b) => b - a)
  const mid = Math.floor(total / 2)
  const odd = total % 2 === 1
  const value = odd ? (sorted[mid] as number) : mean2(sorted[mid - 1] as number, sorted[mid] as number)
  const picked = odd ? [mid] : [mid - 1, mid]
  const sources = [
    ...new Set(rows.flatMap((r) => (r.score.status === 'not-published' ? [] : r.score.sources))),
  ]
  const en = lang === 'en'
  const ord = (n: number) =>
    `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`
  const rule = en
    ? odd
      ? `median of the ${total} districts' scores (the ${ord(mid + 1)} highest)`
      : `median of the ${total} districts' scores (mean of the ${ord(mid)} and ${ord(mid + 1)} highest)`
    : odd
      ? `${total}个区市得分的中位数（第${mid + 1}高）`
      : `${total}个区市得分的中位数（第${mid}、${mid + 1}高得分的平均）`
  return {
    status: 'derived',
    value,
    rule,
    inputs: picked.map((i) =>
      en
        ? `${ord(i + 1)} highest score ${(sorted[i] as number).toFixed(2)}`
        : `第${i + 1}高得分 ${(sorted[i] as number).toFixed(2)}`,
    ),
    sources,
  }
}

/**
 * The composite first, then each section of the quarter in the file's order.
 * Example (real 2022Q2, jiaozhou): economy → score 52.43, weight 60, rank 2 of 10, best 54.96 (huangdao),
 * median 50.05 (derived: mean of 50.19 and 49.91); projects → available false; composite → rank 2, score 88.12, median not published.
 */
export function sectionBreakdown(
  ds: Dataset,
  quarter: QuarterId,
  district: string,
  lang: 'zh' | 'en' = 'zh',
): Breakdown[] {
  const file = ds.quarters.get(quarter)
  const sections: SectionOrOverall[] = ['overall', ...(file?.sections.map((s) => s.id) ?? [])]
  const total = ds.districts.length
  return sections.map((section) => {
    const table = buildRankingTable(ds, quarter, section)
    const own = table.rows.find((r) => r.district.id === district)
    const rows: ScoredRow[] = table.rows.map((r) => ({
      district: r.district.id,
      score: r.score,
      rank: r.rank,
    }))
    return {
      section,
      weight: table.weight,
      available: table.available,
      reason: table.reason,
      score: own?.score ?? NOT_PUBLISHED,
      rank: own?.rank ?? NOT_PUBLISHED,
      of: total,
      stars: own?.stars ?? null,
      best: bestOf(rows),
      median: medianOf(rows, total, lang),
    }
  })
}
