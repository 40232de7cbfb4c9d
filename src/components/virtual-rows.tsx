/**
 * A table body that renders only the rows near the viewport (TanStack Virtual, window scrolling, so the
 * table stays in the page's flow and its header and caption are unchanged). Used by the tables that can
 * hold thousands of rows (a county's 3,000 units); below VIRTUAL_ROW_THRESHOLD rows the tables render
 * every row as before, so ten districts keep exactly the same DOM.
 *
 * Screen readers: the <table> says `aria-rowcount` (every row plus the header row) and each rendered
 * row its `aria-rowindex`, so "row 1,204 of 3,001" is read although only ~30 rows exist; the spacer rows
 * that keep the scroll height are aria-hidden.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react'

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

export function VirtualRows({
  count,
  colSpan,
  estimateSize = 49,
  getKey,
  renderRow,
}: {
  count: number
  colSpan: number
  /** A typical row's height in px; rows are measured once rendered. */
  estimateSize?: number
  getKey: (index: number) => string
  renderRow: (index: number, props: VirtualRowProps) => ReactNode
}) {
  const body = useRef<HTMLTableSectionElement>(null)
  // Where the body starts in the document: the virtualiser counts from the top of the page.
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const el = body.current
    if (!el) return
    const top = Math.round(el.getBoundingClientRect().top + window.scrollY)
    if (top !== margin) setMargin(top)
  })
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    overscan: 10,
    scrollMargin: margin,
    getItemKey: getKey,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items.at(-1)
  const before = first ? first.start - margin : 0
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : 0
  return (
    <tbody ref={body}>
      {before > 0 && (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
        <tr aria-hidden="true" style={{ height: before }}>
          <td colSpan={colSpan} />
        </tr>
      )}
      {items.map((item) =>
        renderRow(item.index, {
          ref: virtualizer.measureElement,
          'data-index': item.index,
          'aria-rowindex': item.index + 2,
        }),
      )}
      {after > 0 && (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
        <tr aria-hidden="true" style={{ height: after }}>
          <td colSpan={colSpan} />
        </tr>
      )}
    </tbody>
  )
}
