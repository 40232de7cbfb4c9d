/** The virtualised body of virtual-rows.tsx, loaded only for tables above its threshold. */
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import type { VirtualRowsProps } from './virtual-rows'

export function VirtualRowsBody({ count, colSpan, estimateSize = 49, getKey, renderRow }: VirtualRowsProps) {
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
