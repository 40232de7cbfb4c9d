/**
 * Per-district series of ranks and scores across a range of quarters, for the bump chart and the
 * change table. Plain data: every point keeps its Figure (published / derived / not published)
 * so the chart can leave gaps and mark derived values, and its change vs the previous quarter
 * with the baseline named.
 */
import type { Dataset } from '../../../domain/model/dataset'
import { fileIndex } from '../../../domain/model/dataset-index'
import type { Figure } from '../../../domain/model/figure'
import { figureValue } from '../../../domain/model/figure'
import { previousQuarter, type QuarterId, quarterRange } from '../../../domain/model/quarter'
import type { District, SectionOrOverall } from '../../../domain/model/schema'
import { type Change, rankChange, scoreChange, withBrokenBaseline } from '../../../domain/rules/change'
import { sectionListing } from '../../../domain/tables/district-history'
import { buildRankingTable } from '../../../domain/tables/ranking-table'

export type SeriesPoint = {
  quarter: QuarterId
  rank: Figure<number>
  score: Figure<number>
  /** vs the previous calendar quarter (which may lie before the range), baseline named. */
  rankChange: Change
  scoreChange: Change
}

export type DistrictSeries = {
  district: District
  /** Index in the districts file: the stable colour (theme.districtColor). */
  colorIndex: number
  /** One point per quarter of the range, in calendar order. */
  points: SeriesPoint[]
}

/** Why a quarter of the range has nothing for this section. */
export type QuarterGap = {
  quarter: QuarterId
  /** 'invalid': a file exists but failed validation (an error to fix, named as such, not a gap in the data). */
  reason: 'no-file' | 'invalid' | 'not-assessed' | 'not-published'
}

export type MovementSeries = {
  from: QuarterId
  to: QuarterId
  section: SectionOrOverall
  /** Every calendar quarter of the range, files or not (a missing file is a gap, not skipped). */
  quarters: QuarterId[]
  gaps: QuarterGap[]
  /** Maximum score per quarter (section weight or composite weight), null when not stated. */
  weights: { quarter: QuarterId; weight: number | null }[]
  series: DistrictSeries[]
}

/**
 * Example: buildMovementSeries(real, '2022Q1', '2022Q2', 'overall') → shinan's points are
 * rank 7 (derived from "较一季度上升2个位次") then 5 (published), and the 2022Q2 change is
 * { kind: 'known', delta: 2, baseline: '2022Q1', status: 'published' }.
 * `invalid` names quarters whose file failed validation (useDataset().errors): gap reason 'invalid'.
 */
export function buildMovementSeries(
  ds: Dataset,
  from: QuarterId,
  to: QuarterId,
  section: SectionOrOverall,
  invalid: ReadonlySet<QuarterId> = new Set(),
): MovementSeries {
  const quarters = quarterRange(from, to)
  const tables = quarters.map((q) => buildRankingTable(ds, q, section))
  const gaps: QuarterGap[] = []
  const weights = tables.map((t) => ({ quarter: t.quarter, weight: t.weight }))
  for (const t of tables) {
    const file = ds.quarters.get(t.quarter)
    if (!file) gaps.push({ quarter: t.quarter, reason: invalid.has(t.quarter) ? 'invalid' : 'no-file' })
    // A file that lists no sections at all published none, which is not "not assessed" (the
    // shared rule, sectionListing).
    else if (section !== 'overall' && sectionListing(file, section) === 'not-assessed')
      gaps.push({ quarter: t.quarter, reason: 'not-assessed' })
    else if (!t.available) gaps.push({ quarter: t.quarter, reason: 'not-published' })
    // A file without a single figure for this table (e.g. real 2023Q1: flags only) is a gap too.
    else if (t.rows.every((r) => r.rank.status === 'not-published' && r.score.status === 'not-published'))
      gaps.push({ quarter: t.quarter, reason: 'not-published' })
  }
  const rowsById = tables.map((t) => new Map(t.rows.map((r) => [r.district.id, r])))
  const series = ds.districts.map(
    (district, colorIndex): DistrictSeries => ({
      district,
      colorIndex,
      points: tables.map((t, ti): SeriesPoint => {
        const row = rowsById[ti]?.get(district.id)
        if (!row) throw new Error(`no row for ${district.id} in ${t.quarter}`) // every table lists every district
        return {
          quarter: t.quarter,
          rank: row.rank,
          score: row.score,
          rankChange: row.rankChange,
          scoreChange: row.scoreChange,
        }
      }),
    }),
  )
  return { from, to, section, quarters, gaps, weights, series }
}

export type RangeChange = {
  district: District
  colorIndex: number
  startRank: Figure<number>
  endRank: Figure<number>
  startScore: Figure<number>
  endScore: Figure<number>
  /** Positive = better, baseline = the range's first quarter. */
  rankDelta: Change
  scoreDelta: Change
}

/**
 * The change table: each district's figures at the two ends of the range and the change between
 * them, baseline = `from`. Ends are the range's ends, not "first/last published": a change over
 * different quarters per row would not be comparable across rows. Over a single quarter a
 * published movement statement ("上升2个位次") is used, like everywhere else.
 * Example (real, 2022Q1→2022Q2, overall): shinan startRank 7 (derived), endRank 5, rankDelta +2 vs 2022Q1.
 */
export function buildRangeChanges(ms: MovementSeries, ds: Dataset): RangeChange[] {
  const last = ms.quarters.length - 1
  return ms.series.map((s) => {
    const start = s.points[0]
    const end = s.points[last]
    if (!start || !end) throw new Error('empty range')
    const single = ms.quarters.length === 2 && previousQuarter(ms.to) === ms.from
    const toFile = single && ms.section === 'overall' ? ds.quarters.get(ms.to) : undefined
    const stated = toFile
      ? fileIndex(toFile).movements.get(`${s.district.id}|${ms.from}`)?.placesUp
      : undefined
    return {
      district: s.district,
      colorIndex: s.colorIndex,
      startRank: start.rank,
      endRank: end.rank,
      startScore: start.score,
      endScore: end.score,
      rankDelta: withBrokenBaseline(rankChange(end.rank, start.rank, ms.from, stated), ds.broken),
      scoreDelta: withBrokenBaseline(scoreChange(end.score, start.score, ms.from), ds.broken),
    }
  })
}

/** Districts with no known value of the metric anywhere in the range (drawn as nothing at all). */
export function unplottedDistricts(ms: MovementSeries, metric: 'rank' | 'score'): District[] {
  return ms.series
    .filter((s) => s.points.every((p) => figureValue(metric === 'rank' ? p.rank : p.score) === null))
    .map((s) => s.district)
}
