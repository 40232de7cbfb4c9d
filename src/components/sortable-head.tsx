/**
 * The header row of every sortable table (rankings, movement change table): a real <button> per
 * column so mouse, Enter and Space all sort, `aria-sort` on the <th>, and a direction glyph that
 * doesn't rely on colour. Table state and row models stay with TanStack Table.
 */
import type { ReactTable, RowData, TableFeatures } from '@tanstack/react-table'
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
