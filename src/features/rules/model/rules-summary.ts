/**
 * What 考核规则说明 (#/rules) says, computed from the dataset and the rules' own code (stars.ts,
 * flags.ts, tie-rule.ts), so the page cannot drift from what the tables do.
 * Example: rulesSummary(real).coverage.newest → '2023Q3'; .stars[0] → { rank: 1, stars: 10 }
 */
import { type Dataset, quarterIds } from '../../../domain/model/dataset'
import type { Figure } from '../../../domain/model/figure'
import type { QuarterId } from '../../../domain/model/quarter'
import type { District, SectionId, SectionOrOverall } from '../../../domain/model/schema'
import { RISE_FLAG_MIN_PLACES, TOP_FLAG_MAX_RANK } from '../../../domain/rules/flags'
import { MAX_STARS, starsForRank } from '../../../domain/rules/stars'
import { competitionRanks } from '../../../domain/rules/tie-rule'
import { buildRankingTable } from '../../../domain/tables/ranking-table'

export type QuarterRules = {
  quarter: QuarterId
  /** The composite maximum where stated (sections plus bonus), else null. */
  compositeWeight: number | null
  /** Sections as the quarter's notice lists them; empty when no section list was published. */
  sections: { id: SectionId; weight: number | null; indicatorCount: number | null }[]
  bonusItems: string[]
  basis: string | null
}

export type StatusExample = {
  quarter: QuarterId
  section: SectionOrOverall
  district: District | null
  figure: Figure<number>
  /** Which figure of the row the example is. */
  what: 'score' | 'rank'
  /** For a table not published: the data file's reason. */
  reason: string | null
  reasonEn: string | null
}

export type RulesSummary = {
  quarters: QuarterRules[]
  stars: { rank: number; stars: number }[]
  maxStars: number
  topFlagMaxRank: number
  riseFlagMinPlaces: number
  /** The tie rule applied to an example (competition ranking: equal scores share a rank, the next skips). */
  tie: { scores: number[]; ranks: (number | null)[] }
  examples: {
    published: StatusExample | null
    derived: StatusExample | null
    notPublished: StatusExample | null
  }
  coverage: { first: QuarterId | null; newest: QuarterId | null; count: number }
  /** Ids of every source the quarters cite, oldest quarter first. */
  sources: string[]
}

function tablesOf(ds: Dataset, q: QuarterId): SectionOrOverall[] {
  return [...(ds.quarters.get(q)?.sections.map((s) => s.id) ?? []), 'overall']
}

/** The first row (newest quarter first, sections before the composite) whose score or rank has `status`. */
function findExample(ds: Dataset, status: 'published' | 'derived'): StatusExample | null {
  for (const q of quarterIds(ds).reverse())
    for (const section of tablesOf(ds, q))
      for (const row of buildRankingTable(ds, q, section).rows)
        for (const [what, figure] of [
          ['score', row.score],
          ['rank', row.rank],
        ] as const)
          if (figure.status === status)
            return { quarter: q, section, district: row.district, figure, what, reason: null, reasonEn: null }
  return null
}

/** The newest table the committee introduced but did not publish (e.g. printed as an image). */
function notPublishedExample(ds: Dataset): StatusExample | null {
  for (const q of quarterIds(ds).reverse()) {
    const file = ds.quarters.get(q)
    for (const s of file?.sections ?? [])
      if (s.table.status === 'not-published')
        return {
          quarter: q,
          section: s.id,
          district: null,
          figure: { status: 'not-published' },
          what: 'score',
          reason: s.table.reason,
          reasonEn: s.table.reasonEn ?? null,
        }
  }
  return null
}

export function rulesSummary(ds: Dataset): RulesSummary {
  const ids = quarterIds(ds)
  const quarters = ids.map((q) => {
    const file = ds.quarters.get(q)
    return {
      quarter: q,
      compositeWeight: file?.composite.weight ?? null,
      sections: (file?.sections ?? []).map((s) => ({
        id: s.id,
        weight: s.weight,
        indicatorCount: s.indicatorCount,
      })),
      bonusItems: file?.bonusItems ?? [],
      basis: file?.notice.basis ?? null,
    }
  })
  const districtCount = Math.max(ds.districts.length, 1)
  const tieScores = [92.5, 90.1, 90.1, 88]
  return {
    quarters,
    stars: Array.from({ length: Math.min(districtCount, MAX_STARS) }, (_, i) => ({
      rank: i + 1,
      stars: starsForRank(i + 1),
    })),
    maxStars: MAX_STARS,
    topFlagMaxRank: TOP_FLAG_MAX_RANK,
    riseFlagMinPlaces: RISE_FLAG_MIN_PLACES,
    tie: { scores: tieScores, ranks: competitionRanks(tieScores) },
    examples: {
      published: findExample(ds, 'published'),
      derived: findExample(ds, 'derived'),
      notPublished: notPublishedExample(ds),
    },
    coverage: { first: ids[0] ?? null, newest: ids.at(-1) ?? null, count: ids.length },
    sources: [...new Set(ids.flatMap((q) => ds.quarters.get(q)?.sources ?? []))],
  }
}
