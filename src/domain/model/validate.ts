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

// The error type lives in its own dependency-free module so the build (vite.config.ts, through
// src/lib/embedded-data.ts) can load it without the schema; it is part of this module's API all the same.
export { DataFileError, type DataIssue, type DataIssueKind, parseJsonText } from './data-file-error'

/** Example: formatPath(['sections', 0, 'table', 'rows', 3, 'score']) → "sections[0].table.rows[3].score" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out
}

function parseWith<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  throw new DataFileError(
    file,
    result.error.issues.map((i) => ({
      kind: 'schema' as const,
      path: formatPath(i.path),
      message: i.message,
    })),
  )
}

export function validateDistricts(file: string, text: string): District[] {
  const districts = parseWith(file, districtsFileSchema, parseJsonText(file, text))
  const issues: DataIssue[] = []
  const seen = new Set<string>()
  districts.forEach((d, i) => {
    if (seen.has(d.id))
      issues.push({ kind: 'duplicate-district', path: `[${i}].id`, message: `区市 id 重复：${d.id}` })
    seen.add(d.id)
  })
  if (issues.length) throw new DataFileError(file, issues)
  return districts
}

export function validateSources(file: string, text: string): Source[] {
  return parseWith(file, sourcesFileSchema, parseJsonText(file, text))
}

export type ValidationContext = { districtIds: ReadonlySet<string>; sourceIds: ReadonlySet<string> }

/**
 * Example: validateQuarter("quarters/2022Q2.json", text, ctx) → QuarterFile, or throws
 * DataFileError with kinds such as 'unknown-district' or 'rank-mismatch'.
 */
export function validateQuarter(
  file: string,
  text: string,
  ctx: ValidationContext,
  expectedQuarter?: string,
  expectedDataset?: DatasetId,
): QuarterFile {
  const q = parseWith(file, quarterFileSchema, parseJsonText(file, text))
  const issues: DataIssue[] = []
  const add = (kind: DataIssueKind, path: string, message: string) => issues.push({ kind, path, message })

  // A demo file must never pass as real data (or the reverse), whatever folder it sits in.
  if (expectedDataset && q.dataset !== expectedDataset)
    add('dataset-mismatch', 'dataset', `文件属于数据集“${q.dataset}”，却位于“${expectedDataset}”中`)

  if (expectedQuarter && q.quarter !== expectedQuarter)
    add('quarter-mismatch', 'quarter', `文件名为 ${expectedQuarter}，内容却是 ${q.quarter}`)

  const checkDistrict = (id: string, path: string) => {
    if (!ctx.districtIds.has(id)) add('unknown-district', path, `未知区市 id「${id}」`)
  }
  // An imported quarter carries its own source (the document it was read from).
  const ownSource = q.imported?.source.id
  const checkSources = (ids: readonly string[], path: string) => {
    ids.forEach((id, i) => {
      if (!ctx.sourceIds.has(id) && id !== ownSource)
        add('unknown-source', `${path}[${i}]`, `未知来源 id「${id}」`)
    })
  }
  const checkProvenance = (p: Provenance, path: string) => checkSources(p.sources, `${path}.sources`)
  const checkDuplicates = (ids: readonly string[], path: (i: number) => string) => {
    const seen = new Set<string>()
    ids.forEach((id, i) => {
      if (seen.has(id)) add('duplicate-district', path(i), `同一表中区市重复：${id}`)
      seen.add(id)
    })
  }

  checkSources(q.notice.sources, 'notice.sources')
  checkSources(q.sources, 'sources')

  q.sections.forEach((section, si) => {
    const base = `sections[${si}]`
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
      if (r.score < 0 || (section.weight !== null && r.score > section.weight))
        add('score-out-of-range', `${p}.score`, `得分 ${r.score} 超出 0–${section.weight ?? '∞'}`)
      if (r.stars !== null && (r.stars < 1 || r.stars > MAX_STARS))
        add('stars-out-of-range', `${p}.stars`, `星数 ${r.stars} 超出 1–${MAX_STARS}`)
    })
    // A section table is complete, so its ranks must be exactly the competition ranks of its scores.
    const expected = competitionRanks(rows.map((r) => r.score))
    rows.forEach((r, ri) => {
      if (expected[ri] !== r.rank)
        add(
          'rank-mismatch',
          `${base}.table.rows[${ri}].rank`,
          `位次 ${r.rank} 与得分顺序不符（按得分应为 ${expected[ri]}）`,
        )
    })
  })

  const comp = q.composite.rows
  comp.forEach((r, ri) => {
    const p = `composite.rows[${ri}]`
    checkDistrict(r.district, `${p}.district`)
    checkProvenance(r.provenance, `${p}.provenance`)
    if (r.score !== null && (r.score < 0 || (q.composite.weight !== null && r.score > q.composite.weight)))
      add('score-out-of-range', `${p}.score`, `得分 ${r.score} 超出 0–${q.composite.weight ?? '∞'}`)
  })
  checkDuplicates(
    comp.map((r) => r.district),
    (i) => `composite.rows[${i}].district`,
  )
  // A composite covering every district is a complete table: exact competition ranks. A partial one
  // (a top 5, or one district's rank from a news report) can only be checked for consistency: pairs
  // must agree with the scores, and each rank is at least 1 + the number of published higher scores.
  const complete =
    comp.length === ctx.districtIds.size && comp.every((r) => r.rank !== null && r.score !== null)
  const conflict = complete ? null : rankOrderConflict(comp)
  if (conflict) {
    // A disagreeing pair is the clearest report: it names both districts.
    const [a, b] = conflict
    add(
      'rank-mismatch',
      `composite.rows[${b}].rank`,
      `位次与得分顺序不符：${comp[a]?.district} 与 ${comp[b]?.district}`,
    )
  } else {
    const minimum = competitionRanks(comp.map((r) => (r.rank !== null ? r.score : null)))
    comp.forEach((r, ri) => {
      const min = minimum[ri]
      if (r.rank === null || min == null) return
      if (complete ? r.rank !== min : r.rank < min)
        add(
          'rank-mismatch',
          `composite.rows[${ri}].rank`,
          complete
            ? `位次 ${r.rank} 与得分顺序不符（按得分应为 ${min}）`
            : `位次 ${r.rank} 与得分顺序不符（至少有 ${min - 1} 个区市得分更高）`,
        )
    })
  }

  q.flags.forEach((f, fi) => {
    f.districts.forEach((d, di) => {
      checkDistrict(d, `flags[${fi}].districts[${di}]`)
    })
    checkProvenance(f.provenance, `flags[${fi}].provenance`)
  })
  q.movements.forEach((m, mi) => {
    checkDistrict(m.district, `movements[${mi}].district`)
    checkProvenance(m.provenance, `movements[${mi}].provenance`)
  })

  if (issues.length) throw new DataFileError(file, issues)
  return q
}

export function validateNews(file: string, text: string, ctx: ValidationContext): NewsItem[] {
  const items = parseWith(file, newsFileSchema, parseJsonText(file, text))
  const issues: DataIssue[] = []
  const seen = new Set<string>()
  items.forEach((n, i) => {
    if (n.district !== null && !ctx.districtIds.has(n.district))
      issues.push({
        kind: 'unknown-district',
        path: `[${i}].district`,
        message: `未知区市 id「${n.district}」`,
      })
    n.sources.forEach((s, si) => {
      if (!ctx.sourceIds.has(s))
        issues.push({ kind: 'unknown-source', path: `[${i}].sources[${si}]`, message: `未知来源 id「${s}」` })
    })
    if (seen.has(n.id)) issues.push({ kind: 'schema', path: `[${i}].id`, message: `新闻 id 重复：${n.id}` })
    seen.add(n.id)
  })
  if (issues.length) throw new DataFileError(file, issues)
  return items
}
