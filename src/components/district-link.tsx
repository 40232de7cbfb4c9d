import { Link } from 'react-router'
import type { District } from '../domain/model/schema'
import { cn } from '../lib/cn'
import { useFormat } from '../lib/format'
import { useHrefBuilder } from '../lib/use-global-params'

/** Every district name links to its page, keeping the quarter in view when there is one. */
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
  return (
    <Link
      to={href(`/districts/${district.id}`, { quarter })}
      className={cn('font-medium text-link underline-offset-2 hover:underline', className)}
    >
      {f.district(district)}
    </Link>
  )
}
