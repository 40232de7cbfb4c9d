/**
 * The header row of every sortable table (rankings, movement change table): a real <button> per
 * column so mouse, Enter and Space all sort, `aria-sort` on the <th>, and a direction glyph that
 * doesn't rely on colour. Table state and row models stay with TanStack Table.
 */
import type { ReactTable, RowData, SortingState, TableFeatures, Updater } from '@tanstack/react-table'
import { cn } from '../lib/cn'

export function SortableHead<TFeatures extends TableFeatures, TData extends RowData, TSelected>({
  table,
}: {
  table: ReactTable<TFeatures, TData, TSelected>
}) {
  return (
    <thead className="bg-surface-2">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            // Column APIs come from the sorting feature every caller registers.
            const column = header.column as typeof header.column & {
              getIsSorted: () => false | 'asc' | 'desc'
              getToggleSortingHandler: () => undefined | ((event: unknown) => void)
            }
            const dir = column.getIsSorted()
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                className="border-b border-line px-3 py-2 text-sm font-semibold whitespace-nowrap"
              >
                <button
                  type="button"
                  onClick={column.getToggleSortingHandler()}
                  className="inline-flex items-center gap-1 rounded px-1 hover:bg-surface"
                  data-column={header.id}
                >
                  <table.FlexRender header={header} />
                  <span aria-hidden="true" className={cn('text-xs', dir ? 'text-ink' : 'text-line')}>
                    {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '⇅'}
                  </span>
                </button>
              </th>
            )
          })}
        </tr>
      ))}
    </thead>
  )
}

/**
 * Table options for single-column sorting whose state lives in the URL: the table reads `sort` and
 * reports changes through `onSortChange` (null = back to the default order).
 * Example: useTable({ features, columns, data, ...urlSorting(sort, setSort) })
 */
export function urlSorting<C extends string>(
  sort: { column: C; desc: boolean } | null,
  onSortChange: (next: { column: C; desc: boolean } | null) => void,
): {
  state: { sorting: SortingState }
  onSortingChange: (updater: Updater<SortingState>) => void
  enableMultiSort: false
} {
  const sorting: SortingState = sort ? [{ id: sort.column, desc: sort.desc }] : []
  return {
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      const first = next[0]
      onSortChange(first ? { column: first.id as C, desc: first.desc } : null)
    },
    enableMultiSort: false,
  }
}
