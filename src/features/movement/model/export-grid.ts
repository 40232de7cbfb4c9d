/**
 * The movement change table as an export grid: every district, in the table's order (the URL's sort,
 * else end rank then start rank), start and end ranks and scores and the changes between them,
 * baseline = the range's first quarter. A quarter whose file has an error says so in its cells.
 * Example: movementGrid({ rows: buildRangeChanges(series, ds), from: '2022Q1', to: '2022Q2', … }).rows[0][0] → 黄岛区
 */
import {
  changeCell,
  exportFileName,
  figureCell,
  type Grid,
  type GridColumn,
  type GridMeta,
  type GridText,
  gridBody,
  known,
  textCell,
} from '../../../domain/export/grid'
import type { QuarterId } from '../../../domain/model/quarter'
import type { SectionOrOverall } from '../../../domain/model/schema'
import type { RangeChange } from './movement-series'
import type { MovementSort } from './url'

export { quarterMeta } from '../../../domain/export/meta'

/** The table's default order (change-table.tsx): end rank, then start rank; unknown last. */
function defaultOrder(rows: readonly RangeChange[]): RangeChange[] {
  const k = (v: number | null) => v ?? Number.POSITIVE_INFINITY
  return [...rows].sort(
    (a, b) => k(known(a.endRank)) - k(known(b.endRank)) || k(known(a.startRank)) - k(known(b.startRank)),
  )
}

export function movementGrid(
  {
    rows,
    from,
    to,
    section,
    sort,
    invalid,
    demo,
    dataset,
  }: {
    rows: readonly RangeChange[]
    from: QuarterId
    to: QuarterId
    section: SectionOrOverall
    sort: MovementSort | null
    invalid: ReadonlySet<QuarterId>
    demo: boolean
    dataset: string
  },
  meta: GridMeta[],
  text: GridText,
): Grid {
  const { t } = text
  const missing = t('common:status.notPublished')
  const bad = textCell(t('common:error.title'))
  const at = (q: QuarterId, cell: () => ReturnType<typeof textCell>) => (invalid.has(q) ? bad : cell())
  const columns: GridColumn<RangeChange>[] = [
    {
      id: 'district',
      header: t('movement:table.district'),
      cell: (r) => textCell(text.district(r.district)),
      sortKey: (r) => r.district.name,
    },
    {
      id: 'startRank',
      header: t('movement:table.rankAt', { q: from }),
      cell: (r) => at(from, () => figureCell(r.startRank, 0, missing, String)),
      sortKey: (r) => known(r.startRank) ?? undefined,
    },
    {
      id: 'endRank',
      header: t('movement:table.rankAt', { q: to }),
      cell: (r) => at(to, () => figureCell(r.endRank, 0, missing, String)),
      sortKey: (r) => known(r.endRank) ?? undefined,
    },
    {
      id: 'rankDelta',
      header: `${t('movement:table.rankDelta')}${t('common:paren', { text: t('common:vs', { q: text.quarter(from) }) })}`,
      cell: (r) => changeCell(r.rankDelta, 0, missing, text.signed),
      sortKey: (r) => (r.rankDelta.kind === 'known' ? r.rankDelta.delta : undefined),
    },
    {
      id: 'startScore',
      header: t('movement:table.scoreAt', { q: from }),
      cell: (r) => at(from, () => figureCell(r.startScore, 2, missing, text.score)),
      sortKey: (r) => known(r.startScore) ?? undefined,
    },
    {
      id: 'endScore',
      header: t('movement:table.scoreAt', { q: to }),
      cell: (r) => at(to, () => figureCell(r.endScore, 2, missing, text.score)),
      sortKey: (r) => known(r.endScore) ?? undefined,
    },
    {
      id: 'scoreDelta',
      header: `${t('movement:table.scoreDelta')}${t('common:paren', { text: t('common:vs', { q: text.quarter(from) }) })}`,
      cell: (r) => changeCell(r.scoreDelta, 2, missing, text.signed),
      sortKey: (r) => (r.scoreDelta.kind === 'known' ? r.scoreDelta.delta : undefined),
    },
  ]
  const body = gridBody(defaultOrder(rows), columns, sort)
  return {
    title: `${text.section(section)} · ${text.quarter(from)} – ${text.quarter(to)}`,
    meta,
    demo,
    ...body,
    notes: [t('export:derivedNote')],
    fileName: exportFileName('movement', `${from}-${to}`, section, dataset === 'real' ? null : dataset),
  }
}
