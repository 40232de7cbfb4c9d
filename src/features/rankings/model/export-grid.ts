/**
 * The rankings table as an export grid: the rows on screen (the district filter applied) in the
 * order on screen (the URL's sort, by the same keys and rules as the table), with a status column
 * (已公布 / 推算 / 未公布) and printed stars beside the rule's.
 * Example: rankingsGrid({ table: buildRankingTable(real, '2022Q2', 'economy'), … }).rows[0][1] → 黄岛区
 */
import {
  changeCell,
  exportFileName,
  figureCell,
  type Grid,
  type GridCell,
  type GridMeta,
  type GridText,
  known,
  missingCell,
  numberCell,
  sortLikeTable,
  statusWord,
  textCell,
} from '../../../domain/export/grid'
import type { Figure } from '../../../domain/model/figure'
import type { RankingRow, RankingTable } from '../../../domain/tables/ranking-table'
import type { RankingSort } from './url'

export { quarterMeta } from '../../../domain/export/meta'

/** The row's headline figure, as the table's status column: the score where published, else the rank. */
function rowStatus(row: RankingRow): Figure<number> {
  return row.score.status !== 'not-published' ? row.score : row.rank
}

const STATUS_ORDER = { published: 0, derived: 1 } as const

/** The table's sort keys (rankings-table.tsx): undefined = not published, always last. */
function sortKey(
  sort: RankingSort,
  section: RankingTable['section'],
  order?: ReadonlyMap<string, number>,
): (r: RankingRow) => number | string | undefined {
  switch (sort.column) {
    case 'rank':
      return (r) => known(r.rank) ?? undefined
    case 'district':
      // The notices' customary order (the districts file's), as the table sorts it; by name without one.
      return (r) => (order ? order.get(r.district.id) : r.district.name)
    case 'score':
      return (r) => known(r.score) ?? undefined
    case 'stars':
      return (r) =>
        section === 'overall'
          ? (known(r.totalStars) ?? undefined)
          : (r.stars?.published ?? r.stars?.rule ?? undefined)
    case 'flags':
      return (r) => r.flags.length
    case 'change':
      return (r) => (r.rankChange.kind === 'known' ? r.rankChange.delta : undefined)
    case 'status':
      return (r) => {
        const s = rowStatus(r).status
        return s === 'not-published' ? undefined : STATUS_ORDER[s]
      }
  }
}

/** Rows in the order the table shows them. */
export function orderRankingRows(
  rows: readonly RankingRow[],
  sort: RankingSort | null,
  section: RankingTable['section'],
  order?: ReadonlyMap<string, number>,
): RankingRow[] {
  return sort ? sortLikeTable(rows, sortKey(sort, section, order), sort.desc) : [...rows]
}

/**
 * `meta` is the title block (lib/export/grid-meta.ts `quarterMeta`); `text` the language's words.
 * Example: rankingsGrid({ table, rows: table.rows, sort: null, demo: false, dataset: 'real' }, meta, gridText('zh'))
 */
export function rankingsGrid(
  {
    table,
    rows,
    sort,
    demo,
    dataset,
    order,
  }: {
    table: RankingTable
    /** Each district's place in the districts file (the district column's sort order). */
    order?: ReadonlyMap<string, number>
    /** The rows the filter keeps, in the table's default order. */
    rows: readonly RankingRow[]
    sort: RankingSort | null
    demo: boolean
    dataset: string
  },
  meta: GridMeta[],
  text: GridText,
): Grid {
  const { t } = text
  const missing = t('common:status.notPublished')
  const words = {
    published: t('common:status.published'),
    derived: t('common:status.derived'),
    notPublished: missing,
  }
  const section = table.section
  const overall = section === 'overall'
  const baseline = table.rows[0]?.rankChange.baseline
  const paren = (s: string) => t('common:paren', { text: s })
  const header = [
    t('rankings:col.rank'),
    t('rankings:col.district'),
    table.weight !== null
      ? `${t('rankings:col.score')}${paren(t('rankings:weight', { w: table.weight }))}`
      : t('rankings:col.score'),
    overall ? t('rankings:col.totalStars') : t('rankings:col.stars'),
    ...(overall ? [] : [t('export:ruleStars')]),
    overall ? t('rankings:col.flags') : t('rankings:col.flagsComposite'),
    baseline
      ? `${t('rankings:col.change')}${paren(t('common:vs', { q: text.quarter(baseline) }))}`
      : t('rankings:col.change'),
    t('rankings:col.status'),
  ]
  const body = orderRankingRows(rows, sort, section, order).map((r): GridCell[] => {
    const stars: GridCell[] = overall
      ? [figureCell(r.totalStars, 0, missing, String)]
      : [
          r.stars?.published != null
            ? numberCell(r.stars.published, 0, String(r.stars.published))
            : missingCell(missing),
          r.stars?.rule != null
            ? numberCell(r.stars.rule, 0, String(r.stars.rule), true)
            : missingCell(missing),
        ]
    const flags = r.flags.map(
      (fl) => text.flag(fl.flag) + (fl.status === 'derived' ? t('export:derivedMark') : ''),
    )
    const ch = r.rankChange
    return [
      figureCell(r.rank, 0, missing, String),
      textCell(text.district(r.district)),
      figureCell(r.score, 2, missing, text.score),
      ...stars,
      textCell(flags.length ? text.list(flags) : ''),
      changeCell(ch, 0, missing, text.signed),
      textCell(statusWord(rowStatus(r), words)),
    ]
  })
  return {
    title: `${text.quarter(table.quarter)} · ${text.section(section)}`,
    meta,
    demo,
    header,
    rows: body,
    notes: [t('export:derivedNote')],
    fileName: exportFileName('rankings', table.quarter, section, dataset === 'real' ? null : dataset),
  }
}
