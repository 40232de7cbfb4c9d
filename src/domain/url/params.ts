/**
 * URL ↔ state, as pure functions. Links are an API (bookmarked by presenters, shared by
 * colleagues), so parsing is forgiving (bad values fall back to defaults and are reported as
 * problems the view can show), serializing omits defaults (short, stable links), and renamed
 * parameters are migrated rather than broken.
 */
import { z } from 'zod'
import {
  DATASET_IDS,
  type DatasetId,
  LANGS,
  type Lang,
  SECTION_OR_OVERALL_IDS,
  type SectionOrOverall,
  THEMES,
  type Theme,
} from '../model/ids'
import { QUARTER_RE, type QuarterId } from '../model/quarter'

export type UrlProblem = { param: string; value: string }

export const sectionParam = z.enum(SECTION_OR_OVERALL_IDS)
export const quarterParam = z.string().regex(QUARTER_RE) as unknown as z.ZodType<QuarterId>
const districtList = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
)

/** Parameters every route understands. */
export type GlobalState = { dataset: DatasetId; lang: Lang; theme: Theme }
export const GLOBAL_DEFAULTS: GlobalState = { dataset: 'real', lang: 'zh', theme: 'default' }
export const GLOBAL_PARAMS = ['dataset', 'lang', 'theme'] as const

/**
 * Old parameter names and what they became. Example: `?district=jimo` (singular, as people type
 * it) reads as `districts=jimo`.
 */
export const RENAMED_PARAMS: Record<string, string> = { district: 'districts', q: 'quarter', sec: 'section' }

/** Applies RENAMED_PARAMS without overriding a new-style parameter that is also present. */
export function migrateParams(
  params: URLSearchParams,
  renamed: Record<string, string> = RENAMED_PARAMS,
): URLSearchParams {
  const out = new URLSearchParams(params)
  for (const [oldName, newName] of Object.entries(renamed)) {
    const v = out.get(oldName)
    if (v === null) continue
    out.delete(oldName)
    if (!out.has(newName)) out.set(newName, v)
  }
  return out
}

/** Reads one parameter with a schema; an invalid value yields the fallback and a problem. */
export function readParam<T>(
  params: URLSearchParams,
  name: string,
  schema: z.ZodType<T>,
  fallback: T,
  problems: UrlProblem[],
): T {
  const raw = params.get(name)
  if (raw === null || raw === '') return fallback
  const r = schema.safeParse(raw)
  if (r.success) return r.data
  problems.push({ param: name, value: raw })
  return fallback
}

/** Example: parseGlobal(new URLSearchParams('dataset=demo&lang=fr')) → dataset 'demo', lang 'zh' (+ a problem). */
export function parseGlobal(params: URLSearchParams, problems: UrlProblem[] = []): GlobalState {
  return {
    dataset: readParam(params, 'dataset', z.enum(DATASET_IDS), 'real', problems),
    lang: readParam(params, 'lang', z.enum(LANGS), 'zh', problems),
    theme: readParam(params, 'theme', z.enum(THEMES), 'default', problems),
  }
}

/** The global parameters a link got wrong. Example: 'theme=neon' → [{ param: 'theme', value: 'neon' }] */
export function globalProblems(params: URLSearchParams): UrlProblem[] {
  const problems: UrlProblem[] = []
  parseGlobal(params, problems)
  return problems
}

/** Writes the global parameters that differ from their defaults. */
export function writeGlobal(params: URLSearchParams, g: GlobalState): URLSearchParams {
  for (const k of GLOBAL_PARAMS) {
    if (g[k] !== GLOBAL_DEFAULTS[k]) params.set(k, g[k])
    else params.delete(k)
  }
  return params
}

// ---------------------------------------------------------------- rankings

export const RANKING_COLUMNS = ['rank', 'district', 'score', 'stars', 'flags', 'change', 'status'] as const
export type RankingColumn = (typeof RANKING_COLUMNS)[number]
export type SortState = { column: RankingColumn; desc: boolean }

export type RankingsState = {
  /** Undefined means "the latest quarter of the dataset". */
  quarter: QuarterId | undefined
  section: SectionOrOverall
  /** District ids to show; empty shows all. Unknown ids are kept so the view can name them. */
  districts: string[]
  /** Null means the default order (by rank). */
  sort: SortState | null
}

export const RANKINGS_DEFAULTS: RankingsState = {
  quarter: undefined,
  section: 'overall',
  districts: [],
  sort: null,
}

/** Example: parseSort("score.desc") → { column: 'score', desc: true }; "score" → first-click direction */
const sortParam = z.string().transform((s, ctx) => {
  const [column, dir] = s.split('.')
  if (
    !(RANKING_COLUMNS as readonly string[]).includes(column ?? '') ||
    (dir && dir !== 'asc' && dir !== 'desc')
  ) {
    ctx.addIssue({ code: 'custom', message: 'bad sort' })
    return z.NEVER
  }
  const col = column as RankingColumn
  return { column: col, desc: dir ? dir === 'desc' : firstSortDesc(col) }
})

/** Numbers sort descending on first click, names and ranks ascending (rank 1 first). */
export function firstSortDesc(column: RankingColumn): boolean {
  return column !== 'district' && column !== 'rank' && column !== 'status'
}

export function parseRankings(search: URLSearchParams): { state: RankingsState; problems: UrlProblem[] } {
  const params = migrateParams(search)
  const problems: UrlProblem[] = []
  return {
    state: {
      quarter: readParam(params, 'quarter', quarterParam.optional(), undefined, problems),
      section: readParam(params, 'section', sectionParam, 'overall', problems),
      districts: readParam(params, 'districts', districtList, [], problems),
      sort: readParam(params, 'sort', sortParam.nullable(), null, problems),
    },
    problems,
  }
}

export function serializeRankings(state: RankingsState, base = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base)
  for (const k of ['quarter', 'section', 'districts', 'sort', ...Object.keys(RENAMED_PARAMS)]) p.delete(k)
  if (state.quarter) p.set('quarter', state.quarter)
  if (state.section !== RANKINGS_DEFAULTS.section) p.set('section', state.section)
  if (state.districts.length) p.set('districts', state.districts.join(','))
  if (state.sort) p.set('sort', `${state.sort.column}.${state.sort.desc ? 'desc' : 'asc'}`)
  return p
}

/** URLSearchParams → string without encoding commas, so links stay readable (districts=a,b). */
export function searchString(p: URLSearchParams): string {
  const s = p.toString().replace(/%2C/gi, ',')
  return s ? `?${s}` : ''
}
