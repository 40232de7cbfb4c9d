/**
 * The in-memory dataset: validated quarter files plus what the rules derive from them across
 * quarters. Plain functions, no React; views select from it.
 */
import { fileIndex, memoOn } from './dataset-index'
import type { Figure } from './figure'
import { NOT_PUBLISHED, withValue } from './figure'
import type { DatasetId } from './ids'
import type { QuarterId } from './quarter'
import type { District, QuarterFile, SectionId, SectionOrOverall } from './schema'

export type { DatasetId } from './ids'

export type Dataset = {
  id: DatasetId
  districts: District[]
  /** Valid quarter files, keyed by quarter id, in calendar order. */
  quarters: Map<QuarterId, QuarterFile>
  /**
   * Quarters whose file exists but was rejected, with the file's name: what other quarters derive from
   * them is unknown *because that file is broken*, which views say instead of 未公布.
   */
  broken?: ReadonlyMap<QuarterId, string>
}

export const RULE_RANK_FROM_RISE = '上季度位次 = 本季度位次 + 较上季度上升位次'
export const RULE_RANK_FROM_PREVIOUS = '本季度位次 = 上季度位次 − 较上季度上升位次'
const RULE_RANK_FROM_SCORES = '表中未印位次，按得分从高到低排序（同分同位次）'

/** A rank the table did not print, computed by the importer from the score order. */
function rankFromScores(score: number | null, rank: number, sources: string[]): Figure<number> {
  return {
    status: 'derived',
    value: rank,
    rule: RULE_RANK_FROM_SCORES,
    ruleId: 'rankFromScores',
    inputs: [score === null ? '得分顺序' : `得分 ${score}`],
    sources,
  }
}

/**
 * Composite ranks per quarter: the file's rows, plus ranks derived from published movement
 * statements. Example: 2022Q2 says 市南区 (rank 5) "较一季度上升2个位次", so 2022Q1 gets a derived
 * rank 7 for shinan with rule RULE_RANK_FROM_RISE. A published rank is never overwritten.
 */
export function compositeRanks(ds: Dataset): Map<QuarterId, Map<string, Figure<number>>> {
  return memoOn(ranksMemo, ds, 'ranks', () => buildCompositeRanks(ds))
}

const ranksMemo = new WeakMap<Dataset, Map<string, Map<QuarterId, Map<string, Figure<number>>>>>()

/** The districts of a dataset by id (memoised). */
export function districtsById(ds: Dataset): Map<string, District> {
  return memoOn(districtMemo, ds, 'byId', () => new Map(ds.districts.map((d) => [d.id, d])))
}
const districtMemo = new WeakMap<Dataset, Map<string, Map<string, District>>>()

function buildCompositeRanks(ds: Dataset): Map<QuarterId, Map<string, Figure<number>>> {
  const out = new Map<QuarterId, Map<string, Figure<number>>>()
  const get = (q: QuarterId) => {
    let m = out.get(q)
    if (!m) {
      m = new Map()
      out.set(q, m)
    }
    return m
  }
  for (const [q, file] of ds.quarters) {
    const m = get(q)
    for (const row of file.composite.rows) {
      if (row.rank === null) continue
      m.set(
        row.district,
        row.rankDerived
          ? rankFromScores(row.score, row.rank, row.provenance.sources)
          : withValue(row.provenance, row.rank),
      )
    }
  }
  const byId = districtsById(ds)
  const name = (id: string) => byId.get(id)?.name ?? id
  for (const [q, file] of ds.quarters) {
    for (const mv of file.movements) {
      // "提升2个及以上位次" is a lower bound: no exact rank follows from it.
      if (mv.atLeast) continue
      const here = out.get(q)?.get(mv.district)
      const there = out.get(mv.vs)?.get(mv.district)
      const statement = `${q} ${name(mv.district)}“较${mv.vs}上升${mv.placesUp}个位次”`
      if (here && here.status !== 'not-published' && !there) {
        get(mv.vs).set(mv.district, {
          status: 'derived',
          value: here.value + mv.placesUp,
          rule: RULE_RANK_FROM_RISE,
          ruleId: 'rankFromRise',
          inputs: [`${q} ${name(mv.district)} 综合第${here.value}`, statement],
          sources: mv.provenance.sources,
        })
      } else if (there && there.status !== 'not-published' && !here) {
        get(q).set(mv.district, {
          status: 'derived',
          value: there.value - mv.placesUp,
          rule: RULE_RANK_FROM_PREVIOUS,
          ruleId: 'rankFromPrevious',
          inputs: [`${mv.vs} ${name(mv.district)} 综合第${there.value}`, statement],
          sources: mv.provenance.sources,
        })
      }
    }
  }
  return out
}

/** Quarter ids of the dataset, oldest first. */
export function quarterIds(ds: Dataset): QuarterId[] {
  return [...ds.quarters.keys()].sort()
}

export function sectionIdsOf(file: QuarterFile): SectionId[] {
  return file.sections.map((s) => s.id)
}

/** The figure for one district's score in a section (or the composite) of a quarter. */
export function scoreFigure(
  file: QuarterFile | undefined,
  section: SectionOrOverall,
  district: string,
): Figure<number> {
  if (!file) return NOT_PUBLISHED
  const ix = fileIndex(file)
  if (section === 'overall') {
    const row = ix.compositeRows.get(district)
    if (!row || row.score === null) return NOT_PUBLISHED
    return withValue(row.provenance, row.score)
  }
  const s = ix.sections.get(section)
  if (s?.table.status !== 'published') return NOT_PUBLISHED
  const row = ix.sectionRows.get(section)?.get(district)
  return row ? { status: 'published', value: row.score, sources: s.table.sources } : NOT_PUBLISHED
}

/** The figure for one district's rank; composite ranks include cross-quarter derivations. */
export function rankFigure(
  ds: Dataset,
  ranks: Map<QuarterId, Map<string, Figure<number>>>,
  quarter: QuarterId,
  section: SectionOrOverall,
  district: string,
): Figure<number> {
  if (section === 'overall') return ranks.get(quarter)?.get(district) ?? NOT_PUBLISHED
  const file = ds.quarters.get(quarter)
  if (!file) return NOT_PUBLISHED
  const ix = fileIndex(file)
  const s = ix.sections.get(section)
  if (s?.table.status !== 'published') return NOT_PUBLISHED
  const row = ix.sectionRows.get(section)?.get(district)
  if (!row) return NOT_PUBLISHED
  return row.rankDerived
    ? rankFromScores(row.score, row.rank, s.table.sources)
    : { status: 'published', value: row.rank, sources: s.table.sources }
}
