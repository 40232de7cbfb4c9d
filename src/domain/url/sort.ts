/**
 * Sorting, one rule for every table: numeric columns sort descending on first click, names
 * ascending, ranks ascending (1 first); missing values last in both directions (the tables do
 * that). The sort state is in the URL as `sort=<column>.<asc|desc>`.
 */
import type { Param } from './define'

/** What a column holds decides its first-click direction. */
export type ColumnKind = 'name' | 'rank' | 'number' | 'status'

/** Example: firstSortDesc('number') → true; firstSortDesc('rank') → false (rank 1 first) */
export function firstSortDesc(kind: ColumnKind): boolean {
  return kind === 'number'
}

export type SortState<C extends string> = { column: C; desc: boolean }

/**
 * The `sort` parameter of a table whose columns are declared with their kinds.
 * Example: sortParam({ rank: 'rank', score: 'number' }).parse('score') → { column: 'score', desc: true }
 * (no direction given: the first-click direction); 'score.asc' → desc false; 'bogus' → invalid.
 */
export function sortParam<C extends string>(columns: Record<C, ColumnKind>): Param<SortState<C> | null> {
  return {
    parse: (raw) => {
      const [column, dir, ...rest] = raw.split('.')
      if (rest.length || !column || !Object.hasOwn(columns, column)) return undefined
      if (dir !== undefined && dir !== 'asc' && dir !== 'desc') return undefined
      const col = column as C
      return { column: col, desc: dir ? dir === 'desc' : firstSortDesc(columns[col]) }
    },
    write: (s) => (s ? `${s.column}.${s.desc ? 'desc' : 'asc'}` : undefined),
    default: null,
  }
}
