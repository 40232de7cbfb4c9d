/**
 * A horizontal scroller for wide tables on a phone: the first columns (rank and district) stay put
 * (`stickyColumnClass`), and a fade on the right edge, with a small arrow, says "more to the right"
 * until the reader has scrolled to the end.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { cn } from '../lib/cn'
import { ChevronRightIcon } from './icons'

/**
 * Classes of a sticky leading column: the first at the left edge, the second right after it (the
 * first is `w-16`, 4rem wide). Opaque, so scrolled cells pass underneath. Example:
 * stickyColumnClass(0) → 'sticky left-0 …'; stickyColumnClass(2) → ''
 */
export function stickyColumnClass(index: number, head = false): string {
  if (index > 1) return ''
  return cn(
    'sticky',
    head ? 'z-20 bg-surface-2' : 'z-10 bg-surface',
    index === 0 ? 'left-0 w-16 min-w-16' : 'left-16 shadow-[1px_0_0_var(--color-line)]',
  )
}

export function HScroll({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  const [more, setMore] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => {
      setMore(el.scrollLeft + el.clientWidth < el.scrollWidth - 1)
    }
    measure()
    el.addEventListener('scroll', measure, { passive: true })
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure)
    ro?.observe(el)
    const table = el.firstElementChild
    if (table) ro?.observe(table)
    return () => {
      el.removeEventListener('scroll', measure)
      ro?.disconnect()
    }
  }, [])
  return (
    <div className={cn('relative', className)}>
      <div ref={ref} className="relative overflow-x-auto" data-h-scroll>
        {children}
      </div>
      <div
        aria-hidden="true"
        data-edge-fade="right"
        data-visible={more || undefined}
        className={cn(
          'pointer-events-none absolute inset-y-0 right-0 flex w-10 items-center justify-end bg-gradient-to-l from-surface to-transparent pr-1 text-muted transition-opacity',
          more ? 'opacity-100' : 'opacity-0',
        )}
      >
        <ChevronRightIcon />
      </div>
    </div>
  )
}
