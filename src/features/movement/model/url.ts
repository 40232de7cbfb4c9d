/**
 * URL state of the movement view (#/movement), declared once (domain/url/define.ts).
 *
 * Example: `#/movement?from=2022Q1&to=2023Q3&section=overall&metric=rank&districts=shinan`
 */
import { compareQuarters, type QuarterId } from '../../../domain/model/quarter'
import type { SectionOrOverall } from '../../../domain/model/schema'
import { defineParams, enumParam, idList, optionalText, renamed } from '../../../domain/url/define'
import { quarterParam, sectionParam } from '../../../domain/url/params'
import { type ColumnKind, firstSortDesc, type SortState, sortParam } from '../../../domain/url/sort'

export const MOVEMENT_METRICS = ['rank', 'score'] as const
export type MovementMetric = (typeof MOVEMENT_METRICS)[number]

/** Columns of the change table (the chart's text alternative) and what they hold. */
export const MOVEMENT_COLUMN_KINDS = {
  district: 'name',
  startRank: 'rank',
  endRank: 'rank',
  rankDelta: 'number',
  startScore: 'number',
  endScore: 'number',
  scoreDelta: 'number',
} as const satisfies Record<string, ColumnKind>
export type MovementColumn = keyof typeof MOVEMENT_COLUMN_KINDS
export const MOVEMENT_COLUMNS = Object.keys(MOVEMENT_COLUMN_KINDS) as MovementColumn[]
export type MovementSort = SortState<MovementColumn>

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

export const movementUrl = defineParams<MovementState>({
  from: quarterParam(),
  to: quarterParam(),
  section: renamed(sectionParam(), 'sec'),
  metric: enumParam(MOVEMENT_METRICS, 'rank'),
  districts: renamed(idList(), 'district'),
  why: optionalText(/^[a-z][a-z0-9-]*$/),
  sort: sortParam(MOVEMENT_COLUMN_KINDS),
})
export const MOVEMENT_DEFAULTS = movementUrl.defaults

/**
 * The shared first-click rule (domain/url/sort.ts) for this table's columns.
 * Example: movementFirstSortDesc('rankDelta') → true; ('endRank') → false
 */
export function movementFirstSortDesc(column: MovementColumn): boolean {
  return firstSortDesc(MOVEMENT_COLUMN_KINDS[column])
}

/** Example: parseMovement(new URLSearchParams('from=2022Q1&metric=score')).state.metric → 'score' */
export const parseMovement = movementUrl.parse

/**
 * Writes the state over `base` (which keeps global parameters such as dataset/lang/theme), omitting
 * defaults. Example: serializeMovement({ ...MOVEMENT_DEFAULTS, from: '2022Q1' }).toString() → "from=2022Q1"
 */
export const serializeMovement = movementUrl.serialize

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
