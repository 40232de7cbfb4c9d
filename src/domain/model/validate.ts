/**
 * Boundary validation: turns a data file's text into typed data or a DataFileError that names the
 * file and the field path of every problem (e.g. "quarters/2022Q2.json › sections[0].table.rows[3].score").
 * Each problem has a named kind so the UI and tests can tell them apart.
 */
import type { z } from 'zod'
import { MAX_STARS } from '../rules/stars'
import { competitionRanks, rankOrderConflict } from '../rules/tie-rule'
import { DataFileError, type DataIssue, type DataIssueKind, parseJsonText } from './data-file-error'
import type { DatasetId } from './ids'
import { type IssueParams, issueText } from './issue-messages'
import { scanJson } from './json-scan'
import {
  type District,
  districtsFileSchema,
  type NewsItem,
  newsFileSchema,
  type Provenance,
  type QuarterFile,
  quarterFileSchema,
  type Source,
  sourcesFileSchema,
} from './schema'
import { zodIssues } from './zod-issues'

// The error type lives in its own dependency-free module so the build (vite.config.ts, through
// src/lib/embedded-data.ts) can load it without the schema; it is part of this module's API all the same.
export { DataFileError, type DataIssue, type DataIssueKind, parseJsonText } from './data-file-error'
export { formatPath } from './zod-issues'

/**
 * The largest weight a section or the composite may state. The committee scores out of 100 (2023: 101
 * with the 群众满意度 bonus); 150 leaves room for a larger bonus and rejects 1000 or 1e300.
 */
export const MAX_WEIGHT = 150
/**
 * Where no weight is published (every real composite but one, the 项目签约落地 section), a score is still
 * bounded: 0..SCORE_BOUND_WITHOUT_WEIGHT, the largest weight a file may state (MAX_WEIGHT).
 */
export const SCORE_BOUND_WITHOUT_WEIGHT = 150

/** A problem worded from the message table: Chinese `message`, `code` and `params` for the UI. */
function issue(kind: DataIssueKind, path: string, code: string, params: IssueParams = {}): DataIssue {
  return { kind, path, code, params, message: issueText('zh', code, params) }
}

/** The file's JSON through the raw checks (encoding, prototype keys) and the schema; every problem at once. */
function parseWith<T>(file: string, schema: z.ZodType<T>, text: string): T {
  const data = parseJsonText(file, text)
  const raw = scanJson(data)
  const result = schema.safeParse(data)
  if (result.success && !raw.length) return result.data
  throw new DataFileError(file, [...raw, ...(result.success ? [] : zodIssues(result.error, data))])
}

/** Each repeated key after its first occurrence, as an issue. Example: ['a','b','a'] → issue at index 2. */
function duplicates(
  keys: readonly string[],
  kind: DataIssueKind,
  path: (i: number) => string,
  code: string,
  params: (key: string, i: number) => IssueParams = (id) => ({ id }),
): DataIssue[] {
  const seen = new Set<string>()
  const out: DataIssue[] = []
  keys.forEach((key, i) => {
    if (seen.has(key)) out.push(issue(kind, path(i), code, params(key, i)))
    seen.add(key)
  })
  return out
}

export function validateDistricts(file: string, text: string): District[] {
  const districts = parseWith(file, districtsFileSchema, text)
  const issues = duplicates(
    districts.map((d) => d.id),
    'duplicate-district',
    (i) => `[${i}].id`,
    'duplicateDistrictId',
  )
  // Names and aliases are how people (and the district filter, and the importer) find a district: no
  // two districts may answer to the same one.
  const owner = new Map<string, string>()
  const ids = new Set<string>()
  districts.forEach((d, i) => {
    // A repeated id is already named; its names would only repeat the report.
    if (ids.has(d.id)) return
    ids.add(d.id)
    const names: [string, string][] = [
      [d.name, `[${i}].name`],
      [d.nameEn.toLowerCase(), `[${i}].nameEn`],
      ...d.aliases.map((a, ai): [string, string] => [a, `[${i}].aliases[${ai}]`]),
    ]
    for (const [name, path] of names) {
      const other = owner.get(name)
      if (other !== undefined && other !== d.id)
        issues.push(issue('duplicate-name', path, 'duplicateName', { name, other }))
      else if (other === undefined) owner.set(name, d.id)
    }
  })
  if (issues.length) throw new DataFileError(file, issues)
  return districts
}

export function validateSources(file: string, text: string): Source[] {
  const sources = parseWith(file, sourcesFileSchema, text)
  // A second source with the same id would silently replace the first wherever sources are looked up.
  const issues = duplicates(
    sources.map((s) => s.id),
    'duplicate-source',
    (i) => `[${i}].id`,
    'duplicateSourceId',
  )
  if (issues.length) throw new DataFileError(file, issues)
  return sources
}

export type ValidationContext = { districtIds: ReadonlySet<string>; sourceIds: ReadonlySet<string> }

/**
 * Example: validateQuarter("quarters/2022Q2.json", text, ctx) → QuarterFile, or throws
 * DataFileError with kinds such as 'unknown-district' or 'rank-mismatch'.
 * Rules across quarters (a movement against another quarter's published ranks) are checked where the
 * dataset is assembled (cross-quarter.ts).
 */
export function validateQuarter(
  file: string,
  text: string,
  ctx: ValidationContext,
  expectedQuarter?: string,
  expectedDataset?: DatasetId,
): QuarterFile {
  const q = parseWith(file, quarterFileSchema, text)
  const issues: DataIssue[] = []
  const add = (kind: DataIssueKind, path: string, code: string, params: IssueParams = {}) =>
    issues.push(issue(kind, path, code, params))
  const n = ctx.districtIds.size

  // A demo file must never pass as real data (or the reverse), whatever folder it sits in.
  if (expectedDataset && q.dataset !== expectedDataset)
    add('dataset-mismatch', 'dataset', 'datasetMismatch', { actual: q.dataset, expected: expectedDataset })

  if (expectedQuarter && q.quarter !== expectedQuarter)
    add('quarter-mismatch', 'quarter', 'quarterMismatch', { expected: expectedQuarter, actual: q.quarter })

  const checkDistrict = (id: string, path: string) => {
    if (!ctx.districtIds.has(id)) add('unknown-district', path, 'unknownDistrict', { id })
  }
  // An imported quarter carries its own source (the document it was read from).
  const ownSource = q.imported?.source.id
  const checkSources = (ids: readonly string[], path: string) => {
    ids.forEach((id, i) => {
      if (!ctx.sourceIds.has(id) && id !== ownSource)
        add('unknown-source', `${path}[${i}]`, 'unknownSource', { id })
    })
    issues.push(...duplicates(ids, 'duplicate-source', (i) => `${path}[${i}]`, 'duplicateListed'))
  }
  const checkProvenance = (p: Provenance, path: string) => checkSources(p.sources, `${path}.sources`)
  const checkDuplicates = (ids: readonly string[], path: (i: number) => string) =>
    issues.push(...duplicates(ids, 'duplicate-district', path, 'duplicateDistrictInTable'))
  const checkRankBound = (rank: number | null, path: string) => {
    if (rank !== null && rank > n) add('rank-out-of-range', path, 'rankOutOfRange', { rank, max: n })
  }
  const checkWeight = (weight: number | null, path: string) => {
    if (weight !== null && weight > MAX_WEIGHT)
      add('weight-out-of-range', path, 'weightOutOfRange', { weight, max: MAX_WEIGHT })
  }
  const checkScore = (score: number | null, weight: number | null, path: string) => {
    if (score === null) return
    const max = weight !== null && weight <= MAX_WEIGHT ? weight : SCORE_BOUND_WITHOUT_WEIGHT
    if (score < 0 || score > max)
      add('score-out-of-range', path, weight === null ? 'scoreOutOfSaneRange' : 'scoreOutOfRange', {
        score,
        max,
      })
  }

  checkSources(q.notice.sources, 'notice.sources')
  checkSources(q.sources, 'sources')

  issues.push(
    ...duplicates(
      q.sections.map((s) => s.id),
      'duplicate-section',
      (i) => `sections[${i}].id`,
      'duplicateSection',
    ),
  )
  q.sections.forEach((section, si) => {
    const base = `sections[${si}]`
    checkWeight(section.weight, `${base}.weight`)
    if (section.table.status !== 'published') return
    const rows = section.table.rows
    checkSources(section.table.sources, `${base}.table.sources`)
    rows.forEach((r, ri) => {
      checkDistrict(r.district, `${base}.table.rows[${ri}].district`)
    })
    checkDuplicates(
      rows.map((r) => r.district),
      (i) => `${base}.table.rows[${i}].district`,
    )
    rows.forEach((r, ri) => {
      const p = `${base}.table.rows[${ri}]`
      checkScore(r.score, section.weight, `${p}.score`)
      if (r.stars !== null && (r.stars < 1 || r.stars > MAX_STARS))
        add('stars-out-of-range', `${p}.stars`, 'starsOutOfRange', { stars: r.stars, max: MAX_STARS })
      checkRankBound(r.rank, `${p}.rank`)
    })
    // A section table is complete, so its ranks must be exactly the competition ranks of its scores.
    const expected = competitionRanks(rows.map((r) => r.score))
    rows.forEach((r, ri) => {
      if (expected[ri] !== r.rank)
        add('rank-mismatch', `${base}.table.rows[${ri}].rank`, 'rankMismatch', {
          rank: r.rank,
          expected: expected[ri] ?? '',
        })
    })
  })

  const comp = q.composite.rows
  checkWeight(q.composite.weight, 'composite.weight')
  const maxStars = q.sections.length * MAX_STARS
  comp.forEach((r, ri) => {
    const p = `composite.rows[${ri}]`
    checkDistrict(r.district, `${p}.district`)
    checkProvenance(r.provenance, `${p}.provenance`)
    checkScore(r.score, q.composite.weight, `${p}.score`)
    checkRankBound(r.rank, `${p}.rank`)
    if (r.totalStars != null && r.totalStars > maxStars)
      add('stars-out-of-range', `${p}.totalStars`, 'totalStarsOutOfRange', {
        stars: r.totalStars,
        max: maxStars,
        sections: q.sections.length,
      })
  })
  checkDuplicates(
    comp.map((r) => r.district),
    (i) => `composite.rows[${i}].district`,
  )
  // A composite covering every district is a complete table: exact competition ranks. A partial one
  // (a top 5, or one district's rank from a news report) can only be checked for consistency: pairs
  // must agree with the scores, and each rank is at least 1 + the number of published higher scores.
  const complete = comp.length === n && comp.every((r) => r.rank !== null && r.score !== null)
  const conflict = complete ? null : rankOrderConflict(comp)
  if (conflict) {
    // A disagreeing pair is the clearest report: it names both districts.
    const [a, b] = conflict
    add('rank-mismatch', `composite.rows[${b}].rank`, 'rankPairMismatch', {
      a: comp[a]?.district ?? '',
      b: comp[b]?.district ?? '',
    })
  } else {
    const minimum = competitionRanks(comp.map((r) => (r.rank !== null ? r.score : null)))
    comp.forEach((r, ri) => {
      const min = minimum[ri]
      if (r.rank === null || min == null) return
      if (complete ? r.rank !== min : r.rank < min)
        add(
          'rank-mismatch',
          `composite.rows[${ri}].rank`,
          complete ? 'rankMismatch' : 'rankMismatchPartial',
          complete ? { rank: r.rank, expected: min } : { rank: r.rank, higher: min - 1 },
        )
    })
  }
  // Ties, with or without scores: competition ranks leave a gap after a tie (1, 2, 2, 4), so a rank r
  // has at most r − 1 districts ranked above it (three at 1 and then a 2 is impossible).
  const byRank = comp
    .map((r, ri) => [r.rank, ri] as const)
    .filter((x): x is readonly [number, number] => x[0] !== null)
    .sort((x, y) => x[0] - y[0])
  let above = 0
  const named = new Set(issues.filter((i) => i.kind === 'rank-mismatch').map((i) => i.path))
  byRank.forEach(([rank, ri], k) => {
    const prev = byRank[k - 1]
    if (prev && prev[0] < rank) above = k
    const path = `composite.rows[${ri}].rank`
    if (above > rank - 1 && !named.has(path))
      add('rank-mismatch', path, 'rankTieMismatch', { rank, before: above })
  })

  // A district holds each flag at most once per quarter (one award may list several districts, and a
  // flag may come in several awards with different sources, but never the same district twice).
  const awarded = new Set<string>()
  q.flags.forEach((f, fi) => {
    f.districts.forEach((d, di) => {
      checkDistrict(d, `flags[${fi}].districts[${di}]`)
      const key = `${f.flag} ${d}`
      if (awarded.has(key))
        add('duplicate-flag', `flags[${fi}].districts[${di}]`, 'duplicateFlagDistrict', {
          id: d,
          flag: f.flag,
        })
      awarded.add(key)
    })
    checkProvenance(f.provenance, `flags[${fi}].provenance`)
  })

  issues.push(
    ...duplicates(
      q.notes.map((note) => note.id),
      'duplicate-note',
      (i) => `notes[${i}].id`,
      'duplicateNote',
    ),
  )

  const compRank = new Map(comp.map((r) => [r.district, r.rank]))
  issues.push(
    ...duplicates(
      q.movements.map((m) => `${m.district} ${m.vs}`),
      'duplicate-movement',
      (i) => `movements[${i}]`,
      'duplicateMovement',
      (_, i) => ({ id: q.movements[i]?.district ?? '', vs: q.movements[i]?.vs ?? '' }),
    ),
  )
  q.movements.forEach((m, mi) => {
    const p = `movements[${mi}]`
    checkDistrict(m.district, `${p}.district`)
    checkProvenance(m.provenance, `${p}.provenance`)
    // A movement compares with an earlier quarter ("较一季度"), never with this one or a later one.
    if (m.vs >= q.quarter)
      add('movement-out-of-range', `${p}.vs`, 'movementNotEarlier', { vs: m.vs, quarter: q.quarter })
    const bound = n - 1
    if (Math.abs(m.placesUp) > bound) {
      add('movement-out-of-range', `${p}.placesUp`, 'movementOutOfRange', {
        places: m.placesUp,
        max: bound,
        districts: n,
      })
      return
    }
    // With this quarter's rank published, the baseline's rank follows; it must exist.
    const here = compRank.get(m.district)
    if (here == null) return
    const derived = here + m.placesUp
    if (derived > n || (!m.atLeast && derived < 1))
      add('movement-out-of-range', `${p}.placesUp`, 'movementRankOutOfRange', {
        rank: here,
        places: m.placesUp,
        vs: m.vs,
        derived,
        max: n,
      })
  })

  if (issues.length) throw new DataFileError(file, issues)
  return q
}

export function validateNews(file: string, text: string, ctx: ValidationContext): NewsItem[] {
  const items = parseWith(file, newsFileSchema, text)
  const issues: DataIssue[] = []
  items.forEach((n, i) => {
    if (n.district !== null && !ctx.districtIds.has(n.district))
      issues.push(issue('unknown-district', `[${i}].district`, 'unknownDistrict', { id: n.district }))
    n.sources.forEach((s, si) => {
      if (!ctx.sourceIds.has(s))
        issues.push(issue('unknown-source', `[${i}].sources[${si}]`, 'unknownSource', { id: s }))
    })
  })
  issues.push(
    ...duplicates(
      items.map((n) => n.id),
      'schema',
      (i) => `[${i}].id`,
      'duplicateNewsId',
    ),
  )
  if (issues.length) throw new DataFileError(file, issues)
  return items
}
