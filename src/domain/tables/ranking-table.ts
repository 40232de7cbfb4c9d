/**
 * Builds the rows of a rankings table (one quarter, the composite or one section) for all
 * districts, published or not, so partial quarters still list every district.
 */
import { compositeRanks, type Dataset, districtsById, rankFigure, scoreFigure } from '../model/dataset'
import { fileIndex, memoOn } from '../model/dataset-index'
import type { Figure } from '../model/figure'
import { figureValue, withValue } from '../model/figure'
import { previousQuarter, type QuarterId } from '../model/quarter'
import type { District, FlagId, Provenance, QuarterFile, SectionId, SectionOrOverall } from '../model/schema'
import { type Change, rankChange, scoreChange, withBrokenBaseline } from '../rules/change'
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
  /** The data file's reason in English, where it gives one. */
  reasonEn: string | null
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
  const out: FlagView[] = (fileIndex(file).flags.get(district) ?? []).map((f) => ({
    flag: f.flag,
    status: 'published',
    reason: f.reason,
    provenance: f.provenance,
  }))
  const has = (flag: FlagId) => out.some((f) => f.flag === flag)
  const name = districtsById(ds).get(district)?.name ?? district
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
  const ix = fileIndex(file)
  const row = ix.compositeRows.get(district)
  if (row?.totalStars != null) return withValue(row.provenance, row.totalStars)
  if (file.sections.length === 0) return { status: 'not-published' }
  let sum = 0
  const inputs: string[] = []
  const sources: string[] = []
  for (const s of file.sections) {
    if (s.table.status !== 'published') return { status: 'not-published' }
    const r = ix.sectionRows.get(s.id)?.get(district)
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

/**
 * One district's row of a table, computed on its own in O(sections) from the indexes, so a view
 * that needs one district (its page, a card) never builds the whole table.
 * Example: rankingRow(real, '2022Q2', 'economy', huangdao) → rank 1, score 54.96, stars 9 printed / 10 by rule.
 */
export function rankingRow(
  ds: Dataset,
  quarter: QuarterId,
  section: SectionOrOverall,
  district: District,
): RankingRow {
  const ranks = compositeRanks(ds)
  const file = ds.quarters.get(quarter)
  const prevQ = previousQuarter(quarter)
  const prevFile = ds.quarters.get(prevQ)
  const ix = file ? fileIndex(file) : null
  const rank = rankFigure(ds, ranks, quarter, section, district.id)
  const prevRank = rankFigure(ds, ranks, prevQ, section, district.id)
  const score = scoreFigure(file, section, district.id)
  const prevScore = scoreFigure(prevFile, section, district.id)
  const stated = section === 'overall' ? ix?.movements.get(`${district.id}|${prevQ}`)?.placesUp : undefined
  // A published rise flag is evidence of a composite rise of at least the rule's threshold.
  const riseFlag =
    section === 'overall' && (ix?.flags.get(district.id) ?? []).some((fl) => fl.flag === 'rise')
  let stars: StarComparison | null = null
  if (section !== 'overall') {
    const row = ix?.sectionRows.get(section)?.get(district.id)
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
    rankChange: withBrokenBaseline(rankChange(rank, prevRank, prevQ, stated, riseFlag), ds.broken),
    scoreChange: withBrokenBaseline(scoreChange(score, prevScore, prevQ), ds.broken),
  }
}

const tableMemo = new WeakMap<Dataset, Map<string, RankingTable>>()

/**
 * The whole table of one quarter and section, memoised per dataset object (read-only: callers
 * sort or filter copies). Example: buildRankingTable(real, '2022Q2', 'economy').rows[0] → 黄岛区.
 */
export function buildRankingTable(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): RankingTable {
  return memoOn(tableMemo, ds, `${quarter}|${section}`, () => computeRankingTable(ds, quarter, section))
}

/** Why a table has nothing to show, or null when it has a table. */
export function tableAvailability(
  file: QuarterFile | undefined,
  section: SectionOrOverall,
): { available: boolean; reason: string | null; reasonEn: string | null } {
  const none = { reasonEn: null }
  if (!file) return { available: false, reason: 'quarter-missing', ...none }
  if (section === 'overall') {
    // The notice introduced its composite table but it was not in the text (published as an image).
    const gone = file.composite.unpublished
    if (gone && file.composite.rows.length === 0)
      return { available: false, reason: gone.reason, reasonEn: gone.reasonEn ?? null }
    return { available: true, reason: null, ...none }
  }
  // No section list was published (or verified) for this quarter: its sections are unknown,
  // which is "not published", not "not assessed".
  if (file.sections.length === 0) return { available: false, reason: 'sections-unknown', ...none }
  const sec = fileIndex(file).sections.get(section)
  if (!sec) return { available: false, reason: 'section-missing', ...none }
  if (sec.table.status === 'not-published')
    return { available: false, reason: sec.table.reason, reasonEn: sec.table.reasonEn ?? null }
  return { available: true, reason: null, ...none }
}

function computeRankingTable(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): RankingTable {
  const file = ds.quarters.get(quarter)
  const sec = section === 'overall' || !file ? null : fileIndex(file).sections.get(section)
  const weight = section === 'overall' ? (file?.composite.weight ?? null) : (sec?.weight ?? null)
  const { available, reason, reasonEn } = tableAvailability(file, section)
  const rows = ds.districts.map((district) => rankingRow(ds, quarter, section, district))
  // Default order: by rank, unranked districts after in the districts file's order.
  rows.sort(
    (a, b) =>
      (figureValue(a.rank) ?? Number.POSITIVE_INFINITY) - (figureValue(b.rank) ?? Number.POSITIVE_INFINITY),
  )
  return { quarter, section, weight, available, reason, reasonEn, rows }
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

/**
 * How many rows of a table are published, derived or unknown: the one definition every view uses
 * (the rankings caption, the podium, the boards and the closing slide). A row counts as published
 * when either of its figures (rank or score) is published; as derived when its figures are known
 * only by rule; as unknown when neither is known.
 * Example: 2022Q2 composite (top 5 published, 市南区 rank derived elsewhere) → { published: 5, derived: 0, unknown: 5 }
 */
export type RowCoverage = { published: number; derived: number; unknown: number; total: number }

export function rowCoverage(rows: readonly Pick<RankingRow, 'rank' | 'score'>[]): RowCoverage {
  let published = 0
  let derived = 0
  for (const r of rows) {
    if (r.rank.status === 'published' || r.score.status === 'published') published++
    else if (r.rank.status === 'derived' || r.score.status === 'derived') derived++
  }
  return { published, derived, unknown: rows.length - published - derived, total: rows.length }
}
