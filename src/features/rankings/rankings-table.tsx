/**
 * The rankings table: TanStack Table for the sorted row model, our own semantic markup for
 * accessibility (buttons in headers, aria-sort) and conventions: numbers sort descending first,
 * names and ranks ascending, and missing values last in both directions.
 */
import { memo, type ReactNode, useMemo } from 'react'
import { ChangeMark } from '../../components/change-mark'
import { DistrictLink } from '../../components/district-link'
import { FlagBadge } from '../../components/flag-badge'
import { HScroll, stickyColumnClass } from '../../components/h-scroll'
import { HomeBadge } from '../../components/home-badge'
import { StarRating } from '../../components/star-rating'
import { FigureValue, StatusMark, useRuleText } from '../../components/status-mark'
import {
  createAppColumnHelper,
  figureCell,
  renderTemplate,
  sortOptions,
  urlSorting,
  useAppTable,
} from '../../components/table-kit'
import {
  VIRTUAL_ROW_THRESHOLD,
  type VirtualRowProps,
  VirtualRows,
  virtualTableProps,
} from '../../components/virtual-rows'
import type { Figure } from '../../domain/model/figure'
import { figureValue } from '../../domain/model/figure'
import type { QuarterId } from '../../domain/model/quarter'
import type { SectionOrOverall } from '../../domain/model/schema'
import type { RankingRow } from '../../domain/tables/ranking-table'
import { cn } from '../../lib/cn'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import { RANKING_COLUMN_KINDS, type RankingColumn, type RankingSort } from './model/url'

const col = createAppColumnHelper<RankingRow>()

const STATUS_ORDER = { published: 0, derived: 1, 'not-published': 2 } as const

/** The row's headline figure: the score where published, else the rank. */
function rowStatus(row: RankingRow): Figure<number> {
  if (row.score.status !== 'not-published') return row.score
  return row.rank
}

/**
 * Sort keys; `undefined` means "not published" and is always sorted last. Districts sort in the
 * notices' customary order (市南区、市北区、李沧区、崂山区、黄岛区、城阳区、即墨区、胶州市、平度市、莱西市),
 * which is the order of the districts file, not by pinyin: an official looks for a district where
 * every notice puts it.
 */
const SORT_KEYS: Record<
  RankingColumn,
  (
    r: RankingRow,
    section: SectionOrOverall,
    order: ReadonlyMap<string, number>,
  ) => number | string | undefined
> = {
  rank: (r) => figureValue(r.rank) ?? undefined,
  district: (r, _s, order) => order.get(r.district.id),
  score: (r) => figureValue(r.score) ?? undefined,
  stars: (r, section) =>
    section === 'overall'
      ? (figureValue(r.totalStars) ?? undefined)
      : (r.stars?.published ?? r.stars?.rule ?? undefined),
  flags: (r) => r.flags.length,
  change: (r) => (r.rankChange.kind === 'known' ? r.rankChange.delta : undefined),
  // Not published is "missing": last in both directions, like every other column.
  status: (r) => (rowStatus(r).status === 'not-published' ? undefined : STATUS_ORDER[rowStatus(r).status]),
}

/**
 * A figure, or a quiet 未公布 where it is missing: muted, small and never bold, so the published
 * numbers carry the weight. In a column with nothing published at all, a light "—" (the header says
 * 未公布 once). Example: <Quiet figure={notPublished} wholeColumn /> → "—" (screen readers: 未公布)
 */
function Quiet<T>({
  figure,
  format,
  className,
  wholeColumn = false,
}: {
  figure: Figure<T>
  format: (v: T) => string
  className?: string
  wholeColumn?: boolean
}) {
  const { t } = useTranslation()
  if (figure.status !== 'not-published')
    return <FigureValue figure={figure} format={format} className={className} />
  return wholeColumn ? (
    <span className="font-normal text-line" title={t('notPublished')} data-missing="column">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t('notPublished')}</span>
    </span>
  ) : (
    <span className="text-sm font-normal whitespace-nowrap text-missing" data-missing="cell">
      {t('notPublished')}
    </span>
  )
}

/** Columns whose figure is missing in every row (a whole column 未公布), for the given section. */
function missingColumns(rows: readonly RankingRow[], section: SectionOrOverall): Set<RankingColumn> {
  const out = new Set<RankingColumn>()
  if (!rows.length) return out
  if (rows.every((r) => r.rank.status === 'not-published')) out.add('rank')
  if (rows.every((r) => r.score.status === 'not-published')) out.add('score')
  if (section === 'overall' && rows.every((r) => r.totalStars.status === 'not-published')) out.add('stars')
  return out
}

/** The status column only earns its place where the table mixes 已公布, 推算 and 未公布. */
function mixesStatuses(rows: readonly RankingRow[]): boolean {
  return new Set(rows.map((r) => rowStatus(r).status)).size > 1
}

const sorting = (c: RankingColumn) =>
  c === 'district'
    ? // The customary order is a number; the name's first click still goes "A→Z": 市南区 first.
      { ...sortOptions('name'), sortFn: 'basic' as const }
    : sortOptions(RANKING_COLUMN_KINDS[c])

export function RankingsTable({
  rows,
  allRows,
  order,
  section,
  max,
  maxStars,
  quarter,
  sort,
  onSortChange,
  caption,
  home = null,
}: {
  rows: RankingRow[]
  /** All districts' rows, to mark ties even when the filter hides one side. */
  allRows: RankingRow[]
  /** Each district's place in the districts file (the notices' customary order). */
  order: ReadonlyMap<string, number>
  section: SectionOrOverall
  /** The score column's maximum (a composite's split into the sections' weights and a bonus), null if not stated. */
  max: { base: number; bonus: number | null } | null
  /** The most total stars a district could have (ten per section), null if the sections are unknown. */
  maxStars: number | null
  quarter: QuarterId
  sort: RankingSort | null
  onSortChange: (s: RankingSort | null) => void
  caption: string
  /** 我的区市 (lib/theme.ts): its row is highlighted, the others stay. */
  home?: string | null
}) {
  const { t } = useTranslation(['rankings', 'common'])
  const f = useFormat()
  const ruleText = useRuleText()
  const tied = useMemo(() => {
    const counts = new Map<number, number>()
    for (const r of allRows) {
      const v = figureValue(r.rank)
      if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    return counts
  }, [allRows])

  const missing = useMemo(() => missingColumns(allRows, section), [allRows, section])
  // A link may still sort by the status column: then it stays, so the order on screen is explained.
  const showStatus = mixesStatuses(allRows) || sort?.column === 'status'

  // The maximum arrives as a fresh object on every render of the view: the columns (and so every row's memo)
  // depend on its two numbers, or each sort would redraw every cell.
  const maxBase = max?.base ?? null
  const maxBonus = max?.bonus ?? null
  const columns = useMemo(() => {
    /** A header's "（未公布）" where its whole column is missing: said once, not in every cell. */
    const missingNote = (c: RankingColumn) =>
      missing.has(c) && (
        <span className="ml-1 text-xs font-normal text-missing">
          {t('common:paren', { text: t('common:notPublished') })}
        </span>
      )
    return col.columns([
      col.accessor((r) => SORT_KEYS.rank(r, section, order), {
        id: 'rank',
        header: () => (
          <>
            {t('col.rank')}
            {missingNote('rank')}
          </>
        ),
        ...sorting('rank'),
        cell: ({ row }) => {
          const v = figureValue(row.original.rank)
          return (
            <span className="inline-flex items-baseline gap-1">
              <Quiet
                figure={row.original.rank}
                format={(x) => String(x)}
                className="text-lg font-bold tabular"
                wholeColumn={missing.has('rank')}
              />
              {v !== null && (tied.get(v) ?? 0) > 1 && <span className="text-xs text-muted">{t('tie')}</span>}
            </span>
          )
        },
      }),
      col.accessor((r) => SORT_KEYS.district(r, section, order), {
        id: 'district',
        header: () => t('col.district'),
        ...sorting('district'),
        cell: ({ row }) => <DistrictLink district={row.original.district} quarter={quarter} />,
      }),
      col.accessor((r) => SORT_KEYS.score(r, section, order), {
        id: 'score',
        header: () => (
          <>
            {t('col.score')}
            {missingNote('score')}
            {maxBase !== null && (
              <span className="ml-1 text-xs font-normal text-muted">
                {t('common:paren', {
                  text:
                    maxBonus === null
                      ? t('weight', { w: f.number(maxBase) })
                      : t('weightBonus', { w: f.number(maxBase), b: f.number(maxBonus) }),
                })}
              </span>
            )}
          </>
        ),
        ...sorting('score'),
        cell: ({ row }) => (
          <Quiet
            figure={row.original.score}
            format={f.score}
            className="tabular font-semibold"
            wholeColumn={missing.has('score')}
          />
        ),
      }),
      col.accessor((r) => SORT_KEYS.stars(r, section, order), {
        id: 'stars',
        header: () => (
          <>
            {section === 'overall' ? t('col.totalStars') : t('col.stars')}
            {missingNote('stars')}
          </>
        ),
        ...sorting('stars'),
        cell: ({ row }) => {
          const r = row.original
          if (section === 'overall')
            return (
              <Quiet
                wholeColumn={missing.has('stars')}
                figure={r.totalStars}
                format={(x) => (maxStars === null ? `${x}★` : t('totalStars', { n: x, max: maxStars }))}
                className="tabular"
              />
            )
          return r.stars ? (
            <StarRating published={r.stars.published} rule={r.stars.rule} size="sm" compact />
          ) : (
            <StarRating published={null} />
          )
        },
      }),
      col.accessor((r) => SORT_KEYS.flags(r, section, order), {
        id: 'flags',
        // Flags are won on the composite; say so where a section table shows them.
        header: () => (section === 'overall' ? t('col.flags') : t('col.flagsComposite')),
        ...sorting('flags'),
        cell: ({ row }) => (
          <span className="flex flex-col items-start gap-1">
            {row.original.flags.map((f) => (
              <FlagBadge
                key={f.flag}
                flag={f.flag}
                status={f.status}
                title={
                  f.provenance.status === 'derived'
                    ? t('common:labelled', {
                        label: ruleText(f.provenance),
                        text: f.provenance.inputs.join('; '),
                      })
                    : f.reason
                }
              />
            ))}
          </span>
        ),
      }),
      col.accessor((r) => SORT_KEYS.change(r, section, order), {
        id: 'change',
        header: () => t('col.change'),
        ...sorting('change'),
        cell: ({ row }) => <ChangeMark change={row.original.rankChange} of={quarter} />,
      }),
      ...(showStatus
        ? [
            col.accessor((r) => SORT_KEYS.status(r, section, order), {
              id: 'status',
              header: () => t('col.status'),
              ...sorting('status'),
              cell: ({ row }) => <StatusMark figure={rowStatus(row.original)} />,
            }),
          ]
        : []),
    ])
  }, [t, f, ruleText, section, maxBase, maxBonus, maxStars, quarter, tied, order, missing, showStatus])

  // Figure columns are right-aligned so their digits line up; the composite's stars are a figure
  // ("38★/40"), a section's a row of glyphs.
  const figures = useMemo(
    () => (section === 'overall' ? ['rank', 'score', 'stars', 'change'] : ['rank', 'score', 'change']),
    [section],
  )
  const table = useAppTable({ columns, data: rows, ...urlSorting(sort, onSortChange, RANKING_COLUMN_KINDS) })
  const rowModel = table.getRowModel().rows
  // Thousands of units (a county dataset): only the rows near the viewport are rendered (virtual-rows.tsx).
  const virtual = rowModel.length > VIRTUAL_ROW_THRESHOLD
  const renderRow = (row: (typeof rowModel)[number], props?: VirtualRowProps) => (
    <MemoRow
      key={row.original.district.id}
      row={row}
      columns={columns}
      rowIndex={props?.['aria-rowindex']}
      home={row.original.district.id === home}
      render={() => rowMarkup(row, props)}
    />
  )
  const rowMarkup = (row: (typeof rowModel)[number], props?: VirtualRowProps) => {
    const isHome = row.original.district.id === home
    return (
      <tr
        key={row.original.district.id}
        {...props}
        data-district={row.original.district.id}
        data-home={isHome ? '' : undefined}
        className="border-b border-line last:border-b-0"
      >
        {row.getAllCells().map((cell, i) => (
          <td
            key={cell.column.id}
            className={cn(
              'px-3 py-2 align-middle projection:py-1',
              figureCell(figures.includes(cell.column.id)),
              stickyColumnClass(i),
            )}
          >
            {renderTemplate(cell.column.columnDef.cell, cell.getContext())}
            {isHome && cell.column.id === 'district' && <HomeBadge />}
          </td>
        ))}
      </tr>
    )
  }

  return (
    // Rank and district stay in view while a phone scrolls the other columns; a fade says there is more.
    <HScroll className="rounded border border-line bg-surface">
      <table.AppTable>
        <table
          className="w-full min-w-[44rem] border-collapse text-left"
          data-testid="rankings-table"
          {...(virtual ? virtualTableProps(rowModel.length) : {})}
        >
          <caption className="sr-only">
            {caption}. {t('sortHint')}
          </caption>
          <table.SortableHead figures={figures} sticky={2} />
          {virtual ? (
            <VirtualRows
              count={rowModel.length}
              colSpan={columns.length}
              getKey={(i) => rowModel[i]?.original.district.id ?? String(i)}
              renderRow={(i, props) => {
                const row = rowModel[i]
                return row ? renderRow(row, props) : null
              }}
            />
          ) : (
            <tbody>{rowModel.map((row) => renderRow(row))}</tbody>
          )}
        </table>
      </table.AppTable>
    </HScroll>
  )
}

/**
 * A row renders again only when its data, the columns (language, section) or its place among virtual rows
 * change: a sort moves the rows, it does not redraw their cells (their marks, links and popovers were most
 * of a sort's time). `render` is the row's markup for the current render; comparing it would defeat the memo.
 */
const MemoRow = memo(
  function MemoRow({
    render,
  }: {
    row: object
    columns: object
    rowIndex: number | undefined
    home: boolean
    render: () => ReactNode
  }) {
    return render()
  },
  (a, b) => a.row === b.row && a.columns === b.columns && a.rowIndex === b.rowIndex && a.home === b.home,
)
