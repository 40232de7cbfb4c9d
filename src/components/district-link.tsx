import { type MouseEvent, useContext } from 'react'
import { UNSAFE_NavigationContext } from 'react-router'
import type { District } from '../domain/model/schema'
import { cn } from '../lib/cn'
import { useFormat } from '../lib/format'
import { useHrefBuilder } from '../lib/use-global-params'

/**
 * Every district name links to its page, keeping the quarter in view when there is one.
 *
 * A link of the router's own kind (push on a plain click, the browser's own handling otherwise) that
 * reads only the router's navigator and the global parameters, both of which stay the same while the
 * user sorts or filters: React Router's Link reads the location, so each of a table's links rendered
 * again on every sort.
 */
export function DistrictLink({
  district,
  quarter,
  className,
}: {
  district: District
  quarter?: string | undefined
  className?: string
}) {
  const f = useFormat()
  const href = useHrefBuilder()
  const { navigator } = useContext(UNSAFE_NavigationContext)
  const to = href(`/districts/${district.id}`, { quarter })
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return
    e.preventDefault()
    navigator.push(to)
  }
  return (
    <a
      href={navigator.createHref(to)}
      onClick={onClick}
      className={cn('font-medium text-link underline-offset-2 hover:underline', className)}
    >
      {f.district(district)}
    </a>
  )
}
