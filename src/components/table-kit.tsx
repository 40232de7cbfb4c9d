/**
 * The one table kit (TanStack Table v9 `createTableHook`): the features every sortable table uses,
 * the pinyin collator registered once as a sort function, the sort conventions by column kind, URL
 * sort state, and the sortable header, typed by the bound features (no casts).
 *
 * Conventions (GUIDE.md "Table and chart conventions"), by column kind (domain/url/sort.ts):
 * - names sort by pinyin, A→Z on first click;
 * - numbers sort descending on first click;
 * - ranks are inverted (`invertSorting`: a smaller rank is better), so their first click also shows
 *   the best first — rank 1 on top. In the URL a rank column still reads `rank.asc` for "1 first";
 *   `urlSorting` translates;
 * - missing values (`undefined` sort keys) are last in both directions.
 */
import {
  constructSortFn,
  createSortedRowModel,
  createTableHook,
  createTableHookContexts,
  rowSortingFeature,
  type SortingState,
  sortFn_basic,
  tableFeatures,
  type Updater,
} from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { ColumnKind } from '../domain/url/sort'
import { cn } from '../lib/cn'
import { stickyColumnClass } from './h-scroll'
import { SortIcon } from './icons'

const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin')

/** Chinese names in pinyin order (市北区 before 市南区: shì běi < shì nán). */
const sortFn_pinyin = constructSortFn({ sort: (a, b) => pinyin.compare(String(a), String(b)) })

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, pinyin: sortFn_pinyin },
})

// Scoped contexts, so the registered components can read the table before the hook exists.
const contexts = createTableHookContexts<typeof features>()

/** Sorting options for a column of a given kind. Example: sortOptions('rank') → inverted, best first */
export function sortOptions(kind: ColumnKind) {
  return {
    sortUndefined: 'last' as const,
    sortDescFirst: kind === 'number' || kind === 'rank',
    invertSorting: kind === 'rank',
    sortFn: kind === 'name' ? ('pinyin' as const) : ('basic' as const),
  }
}

/**
 * Table options for single-column sorting whose state lives in the URL: the table reads `sort` and
 * reports changes through `onSortChange` (null = back to the default order). Rank columns are
 * inverted in the table, so their direction flips between the URL and TanStack.
 * Example: useAppTable({ columns, data, ...urlSorting(sort, setSort, KINDS) })
 */
export function urlSorting<C extends string>(
  sort: { column: C; desc: boolean } | null,
  onSortChange: (next: { column: C; desc: boolean } | null) => void,
  kinds: Record<C, ColumnKind>,
): { state: { sorting: SortingState }; onSortingChange: (updater: Updater<SortingState>) => void } {
  const flip = (column: string, desc: boolean) => (kinds[column as C] === 'rank' ? !desc : desc)
  const sorting: SortingState = sort ? [{ id: sort.column, desc: flip(sort.column, sort.desc) }] : []
  return {
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      const first = next[0]
      onSortChange(first ? { column: first.id as C, desc: flip(first.id, first.desc) } : null)
    },
  }
}

/**
 * A cell's or header's markup, from its column definition called as a plain function.
 *
 * TanStack's FlexRender mounts a function template as a component. The columns are rebuilt when the
 * section, quarter or language changes, so each template is a new function, a new component type, and
 * every cell of the table was unmounted and mounted again: most of a section change's time. Called
 * as a function, the template's markup is diffed in place. So a kit table's `cell` and `header`
 * templates are render functions that call no hooks (they read what they need from the closure and
 * render components, which may use hooks).
 * Example: <td>{renderTemplate(cell.column.columnDef.cell, cell.getContext())}</td>
 */
export function renderTemplate<P>(template: unknown, props: P): ReactNode {
  if (template === undefined || template === null) return null
  return typeof template === 'function'
    ? (template as (props: P) => ReactNode)(props)
    : (template as ReactNode)
}

/**
 * Cell classes of a figure column: right-aligned, so the digits of a column line up (with the
 * `tabular` figures every number is drawn in). Example: <td className={figureCell(true)}>
 */
export function figureCell(figure: boolean): string {
  return figure ? 'text-right' : 'text-left'
}

/**
 * The header row of a kit table, every column sortable: a real <button> per column (mouse, Enter
 * and Space all sort), `aria-sort` on the <th>, and an SVG arrow that doesn't rely on colour (a
 * glyph such as ⇅ rendered faint and tiny on office fonts). Rendered inside `<table.AppTable>` as
 * `<table.SortableHead figures={['score']} sticky={2} />`; `figures` are the right-aligned figure
 * columns, `sticky` the number of leading columns that stay put while the table scrolls sideways.
 */
function SortableHead({ figures = [], sticky = 0 }: { figures?: readonly string[]; sticky?: number }) {
  const table = contexts.useTableContext()
  return (
    <thead className="bg-surface-2">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header, i) => {
            const column = header.column
            const dir = column.getIsSorted()
            // Ranks are inverted: what TanStack calls "desc" is rank 1 first, ascending ranks on screen.
            const shown = column.columnDef.invertSorting && dir ? (dir === 'asc' ? 'desc' : 'asc') : dir
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={shown === 'asc' ? 'ascending' : shown === 'desc' ? 'descending' : 'none'}
                className={cn(
                  'border-b border-line px-3 py-2 text-sm font-semibold whitespace-nowrap projection:py-1',
                  figureCell(figures.includes(header.id)),
                  i < sticky && stickyColumnClass(i, true),
                )}
              >
                <button
                  type="button"
                  onClick={column.getToggleSortingHandler()}
                  className="inline-flex items-center gap-1 rounded px-1 hover:bg-surface"
                  data-column={header.id}
                >
                  {renderTemplate(column.columnDef.header, header.getContext())}
                  <SortIcon dir={shown} className={cn('text-[0.8em]', shown ? 'text-ink' : 'text-muted')} />
                </button>
              </th>
            )
          })}
        </tr>
      ))}
    </thead>
  )
}

export const { createAppColumnHelper, useAppTable } = createTableHook({
  features,
  tableContext: contexts.tableContext,
  cellContext: contexts.cellContext,
  headerContext: contexts.headerContext,
  tableComponents: { SortableHead },
  enableMultiSort: false,
})
