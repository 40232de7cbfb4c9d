/**
 * Turns a parsed notice into a quarter file of the served format, with the pasted document as
 * the quarter's own source and a line for every figure, and runs it through the same validator
 * as every served file. One entry point for the browser and the CLI: importNotice().
 *
 * Example: importNotice(text, { districts, dataset: 'real' }).file?.composite.rows[0]
 *   → { district: 'huangdao', rank: 1, score: 90, provenance: { status: 'published', sources: ['import-2022q2-…'] } }
 */
import type { DatasetKind } from '../model/ids'
import { SECTION_IDS, type SectionId } from '../model/ids'
import type { QuarterId } from '../model/quarter'
import type { CompositeRow, DataNote, District, QuarterFile, Section, Source } from '../model/schema'
import { safeUrl } from '../model/sources'
import { DataFileError, type DataIssue, validateQuarter } from '../model/validate'
import { type ImportProblem, type NoticeParse, parseNotice } from './notice'

export type ImportInput = 'text' | 'csv' | 'xlsx'

export type ImportOptions = {
  districts: readonly District[]
  dataset: DatasetKind
  /** The quarter chosen by the clerk (else the one the notice names). */
  quarter?: QuarterId
  input?: ImportInput
  fileName?: string | null
  /** The document's address, when it came from the web (kept only if http(s)). */
  url?: string | null
  /** Import time (ISO); a parameter so a test or a re-parse gives the same file. */
  now?: string
  /** Source ids of the dataset, so the validation of the result matches the served files'. */
  sourceIds?: ReadonlySet<string>
}

export type ImportSummary = {
  tables: number
  rows: number
  flags: number
  movements: number
  errors: number
  warnings: number
}

export type ImportResult = {
  parse: NoticeParse
  /** The quarter file, or null where there are errors (nothing may be saved or written then). */
  file: QuarterFile | null
  problems: ImportProblem[]
  summary: ImportSummary
}

export const IMAGE_REASON = '通报写有“如下”，但成绩表以图片发布，导入的文本中没有。'
const IMAGE_REASON_EN =
  'The notice introduces this table, but it was published as an image and is not in the imported text.'
const LISTED_REASON = '通报列明该板块，但导入的文本中没有其成绩表。'
const LISTED_REASON_EN = 'The notice lists this section, but its table is not in the imported text.'

/** FNV-1a, 32 bits, as 8 hex digits: a short stable id for a document (not a security hash). */
function shortHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** Example: importNotice(text, { districts, dataset: 'real' }) → { file, problems, summary, parse } */
export function importNotice(text: string, options: ImportOptions): ImportResult {
  const parse = parseNotice(text, { districts: options.districts, quarter: options.quarter })
  const problems = [...parse.problems]
  const errors = () => problems.filter((p) => p.severity === 'error').length
  let file: QuarterFile | null = null
  if (!errors() && parse.quarter) {
    const built = buildQuarter(parse, parse.quarter, text, options)
    // The same validator as every served file: what it rejects is not saved either.
    try {
      const ids = new Set(options.sourceIds ?? [])
      file = validateQuarter(
        `quarters/${parse.quarter}.json`,
        JSON.stringify(built),
        { districtIds: new Set(options.districts.map((d) => d.id)), sourceIds: ids },
        parse.quarter,
        options.dataset,
      )
    } catch (e) {
      const issues: DataIssue[] =
        e instanceof DataFileError ? e.issues : [{ kind: 'schema', path: '', message: String(e) }]
      for (const issue of issues)
        problems.push({
          severity: 'error',
          code: 'invalid-file',
          line: parse.region.from,
          col: 1,
          length: 1,
          params: { path: issue.path, message: issue.message },
        })
    }
  }
  const warnings = problems.filter((p) => p.severity === 'warning').length
  return {
    parse,
    file,
    problems,
    summary: {
      tables: parse.tables.length,
      rows: parse.tables.reduce((n, t) => n + t.rows.length, 0),
      flags: parse.flags.length,
      movements: parse.movements.length,
      errors: errors(),
      warnings,
    },
  }
}

function buildQuarter(
  parse: NoticeParse,
  quarter: QuarterId,
  text: string,
  options: ImportOptions,
): QuarterFile {
  const sourceId = `import-${quarter.toLowerCase()}-${shortHash(text)}`
  const sources = [sourceId]
  const published = { status: 'published' as const, sources }
  const lines: Record<string, number> = {}
  const line = (key: string, n: number | null) => {
    if (n !== null) lines[key] = n
  }
  line('quarter', parse.quarterLine)

  const tabled = new Map(parse.tables.map((t) => [t.kind, t]))
  const sectionImages = parse.imageTables.some((t) => t.kind === 'sections')
  const compositeImage = parse.imageTables.some((t) => t.kind === 'composite')
  const mentioned = (id: SectionId) => tabled.has(id) || parse.namedSections.includes(id)
  const sections: Section[] = SECTION_IDS.filter(mentioned).map((id) => {
    const t = tabled.get(id)
    if (!t)
      return {
        id,
        weight: null,
        indicatorCount: null,
        indicators: null,
        table: sectionImages
          ? { status: 'not-published', reason: IMAGE_REASON, reasonEn: IMAGE_REASON_EN }
          : { status: 'not-published', reason: LISTED_REASON, reasonEn: LISTED_REASON_EN },
      }
    line(`section/${id}`, t.captionLine ?? t.line)
    const rows = [...t.rows]
      .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))
      .map((r) => {
        line(`section/${id}/${r.district}`, r.line)
        return {
          district: r.district,
          score: r.score as number,
          rank: r.rank as number,
          stars: r.stars,
          ...(r.rankDerived ? { rankDerived: true as const } : {}),
        }
      })
    return {
      id,
      weight: t.weight,
      indicatorCount: t.indicatorCount,
      indicators: t.indicators,
      table: { status: 'published', sources, rows },
    }
  })

  const comp = tabled.get('composite')
  const compositeRows: CompositeRow[] = (comp?.rows ?? []).map((r) => {
    line(`composite/${r.district}`, r.line)
    return {
      district: r.district,
      rank: r.rank,
      score: r.score,
      provenance: published,
      ...(r.rankDerived ? { rankDerived: true as const } : {}),
    }
  })

  const notes: DataNote[] = []
  if (parse.tables.some((t) => t.rows.some((r) => r.rankDerived)))
    notes.push({
      id: 'import-ranks-derived',
      kind: 'info',
      zh: '通报的成绩表未印位次：位次按得分从高到低推算（同分同位次），已标为推算。',
      en: "The notice's tables print no ranks: ranks are computed from the scores, highest first (equal scores share a rank), and marked as derived.",
    })
  if (compositeImage || sectionImages)
    notes.push({
      id: 'import-tables-images',
      kind: 'caveat',
      zh: '通报写有“如下”，但成绩表以图片发布，导入的文本中没有，相应成绩未公布。',
      en: 'The notice introduces its tables, but they were published as images and are not in the imported text; those results are not published here.',
    })
  const nameEn = new Map(options.districts.map((d) => [d.id, d.nameEn]))
  parse.commendations.forEach((c, i) => {
    line(`commendation/${i}`, c.line)
    notes.push({
      id: `import-commendation-${i + 1}`,
      kind: 'info',
      zh: `通报另有表扬（表扬不是红旗）：${c.text}`,
      en: `The notice also commends ${c.districts.map((d) => nameEn.get(d) ?? d).join(', ')} (a commendation, not a flag).`,
    })
  })

  const source: Source = {
    id: sourceId,
    title: parse.title ?? `${quarter} “摘星夺旗”考核结果（导入的通报文本）`,
    publisher: parse.issuer,
    date: parse.published,
    url: safeUrl(options.url),
    localCopy: null,
    kind: 'official-notice',
    note: '导入的通报文本，保存在本季度数据中。',
    noteEn: "The imported text of the notice, stored with this quarter's data.",
  }

  return {
    quarter,
    dataset: options.dataset,
    notice: { issuer: parse.issuer, published: parse.published, basis: parse.basis, sources },
    sections,
    bonusItems: parse.bonusItems,
    composite: {
      weight: comp?.weight ?? null,
      rows: compositeRows,
      ...(compositeImage && !compositeRows.length
        ? { unpublished: { reason: IMAGE_REASON, reasonEn: IMAGE_REASON_EN } }
        : {}),
    },
    flags: parse.flags.map((f) => {
      line(`flag/${f.flag}`, f.line)
      return {
        flag: f.flag,
        districts: f.districts,
        reason: f.reason || f.quote,
        provenance: { ...published, quote: f.quote },
      }
    }),
    movements: parse.movements.map((m) => {
      line(`movement/${m.district}`, m.line)
      return {
        district: m.district,
        placesUp: m.placesUp,
        vs: m.vs,
        ...(m.atLeast ? { atLeast: true as const } : {}),
        provenance: { ...published, quote: m.quote },
      }
    }),
    notes,
    sources,
    imported: {
      at: options.now ?? new Date().toISOString(),
      input: options.input ?? 'text',
      fileName: options.fileName ?? null,
      source,
      text,
      lines,
    },
  }
}
