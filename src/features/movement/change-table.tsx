/**
 * The change table: start, end, Δ rank and Δ score per district over the chosen range. It is the
 * chart's text alternative, so it carries everything the chart shows (status marks, baselines).
 * Sorting follows the rankings table: numbers descending first, names and ranks ascending, missing
 * values last in both directions; sort state lives in the URL.
 */
import { useMemo } from 'react'
import { ChangeMark } from '../../components/change-mark'
import { DistrictLink } from '../../components/district-link'
import { FigureValue } from '../../components/status-mark'
import {
  createAppColumnHelper,
  figureCell,
  renderTemplate,
  sortOptions,
  urlSorting,
  useAppTable,
} from '../../components/table-kit'
import { figureValue } from '../../domain/model/figure'
import type { QuarterId } from '../../domain/model/quarter'
import { cn } from '../../lib/cn'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import type { RangeChange } from './model/movement-series'
import { MOVEMENT_COLUMN_KINDS, type MovementColumn, type MovementSort } from './model/url'
import { swatchClass } from './movement-controls'

const col = createAppColumnHelper<RangeChange>()

/** Every column but the district's holds a figure: right-aligned, so the digits line up. */
const FIGURES = ['startRank', 'endRank', 'rankDelta', 'startScore', 'endScore', 'scoreDelta'] as const

/** Sort keys; `undefined` means "not published" and is always sorted last. */
const MOVEMENT_SORT_KEYS: Record<MovementColumn, (r: RangeChange) => number | string | undefined> = {
  district: (r) => r.district.name,
  startRank: (r) => figureValue(r.startRank) ?? undefined,
  endRank: (r) => figureValue(r.endRank) ?? undefined,
  rankDelta: (r) => (r.rankDelta.kind === 'known' ? r.rankDelta.delta : undefined),
  startScore: (r) => figureValue(r.startScore) ?? undefined,
  endScore: (r) => figureValue(r.endScore) ?? undefined,
  scoreDelta: (r) => (r.scoreDelta.kind === 'known' ? r.scoreDelta.delta : undefined),
}

/** Default order without a sort: by end rank, then start rank; unknown last, in file order. */
function defaultOrder(rows: readonly RangeChange[]): RangeChange[] {
  const k = (v: number | null) => v ?? Number.POSITIVE_INFINITY
  return [...rows].sort(
    (a, b) =>
      k(figureValue(a.endRank)) - k(figureValue(b.endRank)) ||
      k(figureValue(a.startRank)) - k(figureValue(b.startRank)),
  )
}

export function ChangeTable({
  rows,
  from,
  to,
  selected,
  sort,
  onSortChange,
  caption,
  invalid = new Set(),
}: {
  rows: RangeChange[]
  from: QuarterId
  to: QuarterId
  selected: string[]
  sort: MovementSort | null
  onSortChange: (s: MovementSort | null) => void
  caption: string
  /** Quarters whose file has an error: their columns say so instead of 未公布. */
  invalid?: ReadonlySet<QuarterId>
}) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  const fromInvalid = invalid.has(from)
  const toInvalid = invalid.has(to)
  const ordered = useMemo(() => defaultOrder(rows), [rows])
  const columns = useMemo(() => {
    const invalidCell = <span className="text-missing">{t('common:error.title')}</span>
    const num = (id: MovementColumn) => ({ id, ...sortOptions(MOVEMENT_COLUMN_KINDS[id]) })
    return col.columns([
      col.accessor((r) => MOVEMENT_SORT_KEYS.district(r), {
        ...num('district'),
        header: () => t('table.district'),
        cell: ({ row }) => (
          <span className="inline-flex items-center gap-2 whitespace-nowrap">
            <span
              aria-hidden="true"
              className={cn('inline-block size-3 rounded-full', swatchClass(row.original.colorIndex))}
            />
            <DistrictLink district={row.original.district} quarter={to} />
          </span>
        ),
      }),
      col.accessor((r) => MOVEMENT_SORT_KEYS.startRank(r), {
        ...num('startRank'),
        header: () => t('table.rankAt', { q: from }),
        cell: ({ row }) =>
          fromInvalid ? (
            invalidCell
          ) : (
            <FigureValue figure={row.original.startRank} format={String} className="tabular font-semibold" />
          ),
      }),
      col.accessor((r) => MOVEMENT_SORT_KEYS.endRank(r), {
        ...num('endRank'),
        header: () => t('table.rankAt', { q: to }),
        cell: ({ row }) =>
          toInvalid ? (
            invalidCell
          ) : (
            <FigureValue figure={row.original.endRank} format={String} className="tabular font-semibold" />
          ),
      }),
      col.accessor((r) => MOVEMENT_SORT_KEYS.rankDelta(r), {
        ...num('rankDelta'),
        header: () => t('table.rankDelta'),
        cell: ({ row }) => <ChangeMark change={row.original.rankDelta} />,
      }),
      col.accessor((r) => MOVEMENT_SORT_KEYS.startScore(r), {
        ...num('startScore'),
        header: () => t('table.scoreAt', { q: from }),
        cell: ({ row }) =>
          fromInvalid ? (
            invalidCell
          ) : (
            <FigureValue figure={row.original.startScore} format={f.score} className="tabular" />
          ),
      }),
      col.accessor((r) => MOVEMENT_SORT_KEYS.endScore(r), {
        ...num('endScore'),
        header: () => t('table.scoreAt', { q: to }),
        cell: ({ row }) =>
          toInvalid ? (
            invalidCell
          ) : (
            <FigureValue figure={row.original.endScore} format={f.score} className="tabular" />
          ),
      }),
      col.accessor((r) => MOVEMENT_SORT_KEYS.scoreDelta(r), {
        ...num('scoreDelta'),
        header: () => t('table.scoreDelta'),
        cell: ({ row }) => <ChangeMark change={row.original.scoreDelta} unit="score" />,
      }),
    ])
  }, [t, f, from, to, fromInvalid, toInvalid])

  const table = useAppTable({
    columns,
    data: ordered,
    ...urlSorting(sort, onSortChange, MOVEMENT_COLUMN_KINDS),
  })

  return (
    <div className="rounded border border-line bg-surface">
      {/* The visible caption stays outside the scroller so it wraps on a phone; the table keeps its own. */}
      <p aria-hidden="true" className="px-3 py-2 text-sm text-muted">
        {caption} {t('table.sortHint')}
      </p>
      <div className="relative overflow-x-auto">
        <table.AppTable>
          <table className="w-full min-w-[46rem] border-collapse text-left" data-testid="change-table">
            <caption className="sr-only">
              {caption} {t('table.sortHint')}
            </caption>
            <table.SortableHead figures={FIGURES} />
            <tbody>
              {table.getRowModel().rows.map((row) => {
                const on = selected.includes(row.original.district.id)
                return (
                  <tr
                    key={row.original.district.id}
                    data-district={row.original.district.id}
                    data-selected={on || undefined}
                    className={cn('border-b border-line last:border-b-0', on && 'bg-surface-2 font-semibold')}
                  >
                    {row.getAllCells().map((cell) => (
                      <td
                        key={cell.column.id}
                        className={cn(
                          'px-3 py-2 align-middle',
                          figureCell((FIGURES as readonly string[]).includes(cell.column.id)),
                        )}
                      >
                        {renderTemplate(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </table.AppTable>
      </div>
    </div>
  )
}
