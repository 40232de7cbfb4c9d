/**
 * URL ↔ state for the movement view (#/movement), as pure functions, following url-state.ts:
 * forgiving parsing (bad values fall back and are reported), defaults omitted when serializing,
 * renamed parameters migrated.
 *
 * Example: `#/movement?from=2022Q1&to=2023Q3&section=overall&metric=rank&districts=shinan`
 */
import { z } from 'zod'
import { compareQuarters, type QuarterId } from '../../../domain/model/quarter'
import type { SectionOrOverall } from '../../../domain/model/schema'
import {
  migrateParams,
  quarterParam,
  RENAMED_PARAMS,
  readParam,
  sectionParam,
  type UrlProblem,
} from '../../../domain/url/params'

export const MOVEMENT_METRICS = ['rank', 'score'] as const
export type MovementMetric = (typeof MOVEMENT_METRICS)[number]

/** Columns of the change table (the chart's text alternative). */
export const MOVEMENT_COLUMNS = [
  'district',
  'startRank',
  'endRank',
  'rankDelta',
  'startScore',
  'endScore',
  'scoreDelta',
] as const
export type MovementColumn = (typeof MOVEMENT_COLUMNS)[number]
export type MovementSort = { column: MovementColumn; desc: boolean }

export type MovementState = {
  /** Undefined means "the first quarter of the dataset". */
  from: QuarterId | undefined
  /** Undefined means "the latest quarter of the dataset". */
  to: QuarterId | undefined
  section: SectionOrOverall
  metric: MovementMetric
  /** Highlighted districts; empty highlights none. Unknown ids are kept so the view can name them. */
  districts: string[]
  /** District explained in "why it moved"; undefined lets the view choose (selection, else top riser). */
  why: string | undefined
  /** Change-table sort; null means the default order (by end rank). */
  sort: MovementSort | null
}

export const MOVEMENT_DEFAULTS: MovementState = {
  from: undefined,
  to: undefined,
  section: 'overall',
  metric: 'rank',
  districts: [],
  why: undefined,
  sort: null,
}

/**
 * Same convention as the rankings table: numbers sort descending on first click, names and ranks
 * ascending (rank 1 first). Example: movementFirstSortDesc('rankDelta') → true; ('endRank') → false
 */
export function movementFirstSortDesc(column: MovementColumn): boolean {
  return column !== 'district' && column !== 'startRank' && column !== 'endRank'
}

const districtList = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
)
const districtId = z.string().regex(/^[a-z][a-z0-9-]*$/)
const metricParam = z.enum(MOVEMENT_METRICS)

/** Example: "rankDelta.desc" → { column: 'rankDelta', desc: true }; "endRank" → first-click direction */
const sortParam = z.string().transform((s, ctx) => {
  const [column, dir] = s.split('.')
  if (
    !(MOVEMENT_COLUMNS as readonly string[]).includes(column ?? '') ||
    (dir && dir !== 'asc' && dir !== 'desc')
  ) {
    ctx.addIssue({ code: 'custom', message: 'bad sort' })
    return z.NEVER
  }
  const col = column as MovementColumn
  return { column: col, desc: dir ? dir === 'desc' : movementFirstSortDesc(col) }
})

/** Example: parseMovement(new URLSearchParams('from=2022Q1&metric=score')).state.metric → 'score' */
export function parseMovement(search: URLSearchParams): { state: MovementState; problems: UrlProblem[] } {
  const params = migrateParams(search)
  const problems: UrlProblem[] = []
  return {
    state: {
      from: readParam(params, 'from', quarterParam.optional(), undefined, problems),
      to: readParam(params, 'to', quarterParam.optional(), undefined, problems),
      section: readParam(params, 'section', sectionParam, 'overall', problems),
      metric: readParam(params, 'metric', metricParam, 'rank', problems),
      districts: readParam(params, 'districts', districtList, [], problems),
      why: readParam(params, 'why', districtId.optional(), undefined, problems),
      sort: readParam(params, 'sort', sortParam.nullable(), null, problems),
    },
    problems,
  }
}

const OWN_PARAMS = ['from', 'to', 'section', 'metric', 'districts', 'why', 'sort']

/**
 * Writes the state over `base` (which keeps global parameters such as dataset/lang/theme), omitting
 * defaults. Example: serializeMovement({ ...MOVEMENT_DEFAULTS, from: '2022Q1' }).toString() → "from=2022Q1"
 */
export function serializeMovement(state: MovementState, base = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base)
  for (const k of [...OWN_PARAMS, ...Object.keys(RENAMED_PARAMS)]) p.delete(k)
  if (state.from) p.set('from', state.from)
  if (state.to) p.set('to', state.to)
  if (state.section !== MOVEMENT_DEFAULTS.section) p.set('section', state.section)
  if (state.metric !== MOVEMENT_DEFAULTS.metric) p.set('metric', state.metric)
  if (state.districts.length) p.set('districts', state.districts.join(','))
  if (state.why) p.set('why', state.why)
  if (state.sort) p.set('sort', `${state.sort.column}.${state.sort.desc ? 'desc' : 'asc'}`)
  return p
}

export type ResolvedRange =
  | { ok: true; from: QuarterId; to: QuarterId; swapped: boolean }
  /** `unknown` lists the requested quarters the dataset has no file for. */
  | { ok: false; unknown: QuarterId[] }

/**
 * Fills the defaults (whole dataset) and checks both ends exist; a reversed range is read the
 * way it was obviously meant (swapped) rather than shown empty.
 * Example: resolveRange({from:'2022Q4', to:'2022Q1'}, ['2022Q1',…,'2022Q4']) → { ok, from:'2022Q1', to:'2022Q4', swapped:true }
 */
export function resolveRange(
  state: Pick<MovementState, 'from' | 'to'>,
  available: readonly QuarterId[],
): ResolvedRange {
  const first = available[0]
  const last = available.at(-1)
  const from = state.from ?? first
  const to = state.to ?? last
  if (!from || !to) return { ok: false, unknown: [] }
  const unknown = [from, to].filter((q, i, all) => !available.includes(q) && all.indexOf(q) === i)
  if (unknown.length) return { ok: false, unknown }
  return compareQuarters(from, to) <= 0
    ? { ok: true, from, to, swapped: false }
    : { ok: true, from: to, to: from, swapped: true }
}
