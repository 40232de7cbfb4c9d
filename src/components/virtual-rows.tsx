/**
 * A table body that renders only the rows near the viewport (TanStack Virtual, window scrolling, so the
 * table stays in the page's flow and its header and caption are unchanged). Used by the tables that can
 * hold thousands of rows (a county's 3,000 units); below VIRTUAL_ROW_THRESHOLD rows the tables render
 * every row as before, so ten districts keep exactly the same DOM.
 *
 * Screen readers: the <table> says `aria-rowcount` (every row plus the header row) and each rendered
 * row its `aria-rowindex`, so "row 1,204 of 3,001" is read although only ~30 rows exist; the spacer rows
 * that keep the scroll height are aria-hidden.
 *
 * The virtualiser (virtual-rows-body.tsx) is its own chunk: ten districts never need it, and it was a
 * tenth of the rankings first view.
 */
import { type ComponentProps, lazy, type ReactNode, Suspense } from 'react'

/** Above this many rows a table body is virtualised. */
export const VIRTUAL_ROW_THRESHOLD = 200

/** What a virtual row must spread onto its <tr>: measured for its real height, numbered for AT. */
export type VirtualRowProps = {
  ref: (el: HTMLTableRowElement | null) => void
  'data-index': number
  'aria-rowindex': number
}

/** The table's own attributes in virtual mode: the header row counts as row 1. */
export function virtualTableProps(count: number) {
  return { 'aria-rowcount': count + 1 }
}

const Body = lazy(() => import('./virtual-rows-body').then((m) => ({ default: m.VirtualRowsBody })))

export type VirtualRowsProps = {
  count: number
  colSpan: number
  /** A typical row's height in px; rows are measured once rendered. */
  estimateSize?: number
  getKey: (index: number) => string
  renderRow: (index: number, props: VirtualRowProps) => ReactNode
}

/** The virtual body; while its chunk loads, the first rows as a plain body (what the top of the page shows). */
export function VirtualRows(props: VirtualRowsProps) {
  const fallback = (
    <tbody>
      {Array.from({ length: Math.min(props.count, 30) }, (_, i) => (
        <FallbackRow key={props.getKey(i)} index={i} render={props.renderRow} />
      ))}
    </tbody>
  )
  return (
    <Suspense fallback={fallback}>
      <Body {...(props satisfies ComponentProps<typeof Body>)} />
    </Suspense>
  )
}

function FallbackRow({ index, render }: { index: number; render: VirtualRowsProps['renderRow'] }) {
  return <>{render(index, { ref: () => {}, 'data-index': index, 'aria-rowindex': index + 2 })}</>
}
