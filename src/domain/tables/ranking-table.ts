/**
 * Builds the rows of a rankings table (one quarter, the composite or one section) for all
 * districts, published or not, so partial quarters still list every district.
 */
import { compositeRanks, type Dataset, rankFigure, scoreFigure } from '../model/dataset'
import type { Figure } from '../model/figure'
import { figureValue } from '../model/figure'
import { previousQuarter, type QuarterId } from '../model/quarter'
import type { District, FlagId, Provenance, SectionId, SectionOrOverall } from '../model/schema'
import { type Change, rankChange, scoreChange } from '../rules/change'
import { FLAG_RULE_TEXT, riseFlagByRule, topFlagByRule } from '../rules/flags'
import { compareStars, type StarComparison } from '../rules/stars'

export type FlagView = {
  flag: FlagId
  status: 'published' | 'derived'
  reason: string
  provenance: Provenance
}

export type RankingRow = {
  district: District
  rank: Figure<number>
  score: Figure<number>
  /** Section stars (published vs rule), or for the composite the total stars where known. */
  stars: StarComparison | null
  totalStars: Figure<number>
  flags: FlagView[]
  rankChange: Change
  scoreChange: Change
}

export type RankingTable = {
  quarter: QuarterId
  section: SectionOrOverall
  weight: number | null
  /**
   * Whether anything is published for this table; when false, `reason` says why: 'quarter-missing',
   * 'sections-unknown' (no section list published), 'section-missing' (not assessed that quarter),
   * or the data file's own reason text for an unpublished table.
   */
  available: boolean
  reason: string | null
  rows: RankingRow[]
}

/**
 * Flags for one district in one quarter: published awards, plus rule-derived ones where the
 * rule's inputs are known and nothing was published for that flag.
 * Example: 2022Q1 huangdao (rank 1, published) → derived 'top' flag.
 */
export function flagsFor(
  ds: Dataset,
  ranks: ReturnType<typeof compositeRanks>,
  quarter: QuarterId,
  district: string,
): FlagView[] {
  const file = ds.quarters.get(quarter)
  if (!file) return []
  const out: FlagView[] = file.flags
    .filter((f) => f.districts.includes(district))
    .map((f) => ({ flag: f.flag, status: 'published', reason: f.reason, provenance: f.provenance }))
  const has = (flag: FlagId) => out.some((f) => f.flag === flag)
  const name = ds.districts.find((d) => d.id === district)?.name ?? district
  const rank = ranks.get(quarter)?.get(district)
  const rankVal = figureValue(rank)
  if (!has('top') && topFlagByRule(rankVal) && rank && rank.status !== 'not-published') {
    out.push({
      flag: 'top',
      status: 'derived',
      reason: FLAG_RULE_TEXT.top,
      provenance: {
        status: 'derived',
        rule: `按规则：${FLAG_RULE_TEXT.top}`,
        ruleId: 'topFlag',
        inputs: [`${quarter} ${name} 综合第${rankVal}`],
        sources: rank.sources,
      },
    })
  }
  const prevQ = previousQuarter(quarter)
  const prev = ranks.get(prevQ)?.get(district)
  const prevVal = figureValue(prev)
  if (
    !has('rise') &&
    riseFlagByRule(rankVal, prevVal) &&
    rank &&
    prev &&
    rank.status !== 'not-published' &&
    prev.status !== 'not-published'
  ) {
    out.push({
      flag: 'rise',
      status: 'derived',
      reason: FLAG_RULE_TEXT.rise,
      provenance: {
        status: 'derived',
        rule: `按规则：${FLAG_RULE_TEXT.rise}`,
        ruleId: 'riseFlag',
        inputs: [`${prevQ} ${name} 综合第${prevVal}`, `${quarter} ${name} 综合第${rankVal}`],
        sources: [...rank.sources, ...prev.sources],
      },
    })
  }
  return out
}

/** Total stars over all sections: published (e.g. "共摘38星") or the sum when every section's stars are known. */
function totalStarsFigure(ds: Dataset, quarter: QuarterId, district: string): Figure<number> {
  const file = ds.quarters.get(quarter)
  if (!file) return { status: 'not-published' }
  const row = file.composite.rows.find((r) => r.district === district)
  if (row?.totalStars != null) return { ...row.provenance, value: row.totalStars } as Figure<number>
  if (file.sections.length === 0) return { status: 'not-published' }
  let sum = 0
  const inputs: string[] = []
  const sources: string[] = []
  for (const s of file.sections) {
    if (s.table.status !== 'published') return { status: 'not-published' }
    const r = s.table.rows.find((x) => x.district === district)
    if (!r || r.stars === null) return { status: 'not-published' }
    sum += r.stars
    inputs.push(`${s.id} ${r.stars}★`)
    sources.push(...s.table.sources)
  }
  return {
    status: 'derived',
    value: sum,
    rule: '各板块星数之和',
    ruleId: 'starsSum',
    inputs,
    sources: [...new Set(sources)],
  }
}

export function buildRankingTable(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): RankingTable {
  const ranks = compositeRanks(ds)
  const file = ds.quarters.get(quarter)
  const prevQ = previousQuarter(quarter)
  const prevFile = ds.quarters.get(prevQ)
  const sec = section === 'overall' ? null : file?.sections.find((s) => s.id === section)
  const weight = section === 'overall' ? (file?.composite.weight ?? null) : (sec?.weight ?? null)
  let available = true
  let reason: string | null = null
  if (!file) {
    available = false
    reason = 'quarter-missing'
  } else if (section !== 'overall' && file.sections.length === 0) {
    // No section list was published (or verified) for this quarter: its sections are unknown,
    // which is "not published", not "not assessed".
    available = false
    reason = 'sections-unknown'
  } else if (section !== 'overall' && !sec) {
    available = false
    reason = 'section-missing'
  } else if (sec && sec.table.status === 'not-published') {
    available = false
    reason = sec.table.reason
  }
  const rows = ds.districts.map((district): RankingRow => {
    const rank = rankFigure(ds, ranks, quarter, section, district.id)
    const prevRank = rankFigure(ds, ranks, prevQ, section, district.id)
    const score = scoreFigure(file, section, district.id)
    const prevScore = scoreFigure(prevFile, section, district.id)
    const stated =
      section === 'overall'
        ? file?.movements.find((m) => m.district === district.id && m.vs === prevQ)?.placesUp
        : undefined
    let stars: StarComparison | null = null
    if (sec && sec.table.status === 'published') {
      const row = sec.table.rows.find((r) => r.district === district.id)
      stars = row ? compareStars(row.stars, row.rank) : null
    }
    return {
      district,
      rank,
      score,
      stars,
      totalStars:
        section === 'overall' ? totalStarsFigure(ds, quarter, district.id) : { status: 'not-published' },
      flags: flagsFor(ds, ranks, quarter, district.id),
      rankChange: rankChange(rank, prevRank, prevQ, stated),
      scoreChange: scoreChange(score, prevScore, prevQ),
    }
  })
  // Default order: by rank, unranked districts after in the districts file's order.
  rows.sort(
    (a, b) =>
      (figureValue(a.rank) ?? Number.POSITIVE_INFINITY) - (figureValue(b.rank) ?? Number.POSITIVE_INFINITY),
  )
  return { quarter, section, weight, available, reason, rows }
}

/**
 * Data notes the rules produce, e.g. where printed stars disagree with the star rule.
 * Example for 2022Q2 economy: ranks 1 and 4 printed 9★ and 8★ where the rule gives 10★ and 7★.
 */
export type StarDiscrepancy = {
  id: string
  section: SectionId
  /** Stars as printed, in table order (null where none was printed). */
  printed: (number | null)[]
  /** Stars by the 10★→1★ rule for the same rows. */
  rule: (number | null)[]
  /** The rows where they differ, in table order. */
  differing: { district: string; rank: number; printed: number | null; rule: number | null }[]
}

export function starDiscrepancies(ds: Dataset, quarter: QuarterId): StarDiscrepancy[] {
  const file = ds.quarters.get(quarter)
  if (!file) return []
  const out: StarDiscrepancy[] = []
  for (const s of file.sections) {
    if (s.table.status !== 'published') continue
    const diffs = s.table.rows
      .map((r) => ({ r, c: compareStars(r.stars, r.rank) }))
      .filter((x) => x.c.differs)
    if (!diffs.length) continue
    out.push({
      id: `stars-${s.id}`,
      section: s.id,
      printed: s.table.rows.map((r) => r.stars),
      rule: s.table.rows.map((r) => compareStars(r.stars, r.rank).rule),
      differing: diffs.map((x) => ({
        district: x.r.district,
        rank: x.r.rank,
        printed: x.c.published,
        rule: x.c.rule,
      })),
    })
  }
  return out
}
