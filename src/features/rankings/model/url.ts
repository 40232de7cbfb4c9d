/**
 * URL state of the rankings view:
 *   #/rankings?quarter=2022Q2&section=economy&districts=huangdao,jiaozhou&sort=score.desc
 * Old names still work: q → quarter, sec → section, district → districts.
 */
import type { QuarterId } from '../../../domain/model/quarter'
import type { SectionOrOverall } from '../../../domain/model/schema'
import { defineParams, idList, renamed } from '../../../domain/url/define'
import { quarterParam, sectionParam } from '../../../domain/url/params'
import { type ColumnKind, type SortState, sortParam } from '../../../domain/url/sort'

/** The table's columns and what they hold (which decides the first-click sort direction). */
export const RANKING_COLUMN_KINDS = {
  rank: 'rank',
  district: 'name',
  score: 'number',
  stars: 'number',
  flags: 'number',
  change: 'number',
  status: 'status',
} as const satisfies Record<string, ColumnKind>
export type RankingColumn = keyof typeof RANKING_COLUMN_KINDS
export const RANKING_COLUMNS = Object.keys(RANKING_COLUMN_KINDS) as RankingColumn[]
export type RankingSort = SortState<RankingColumn>

export type RankingsState = {
  /** Undefined means "the view's default quarter". */
  quarter: QuarterId | undefined
  section: SectionOrOverall
  /** District ids to show; empty shows all. Unknown ids are kept so the view can name them. */
  districts: string[]
  /** Null means the default order (by rank). */
  sort: RankingSort | null
}

export const rankingsUrl = defineParams<RankingsState>({
  quarter: renamed(quarterParam(), 'q'),
  section: renamed(sectionParam(), 'sec'),
  districts: renamed(idList(), 'district'),
  sort: sortParam(RANKING_COLUMN_KINDS),
})
export const parseRankings = rankingsUrl.parse
export const serializeRankings = rankingsUrl.serialize
