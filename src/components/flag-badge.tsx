import { useTranslation } from 'react-i18next'
import type { FlagId } from '../domain/model/schema'
import { cn } from '../lib/cn'
import { FlagIcon } from './icons'

/** A red flag: published flags are solid; rule-derived ones are outlined and say so. */
export function FlagBadge({
  flag,
  status,
  title,
  size = 'md',
  className,
}: {
  flag: FlagId
  status: 'published' | 'derived'
  title?: string
  /** `stage`: projected slides (large type, and a long English name may wrap instead of overflowing). */
  size?: 'md' | 'lg' | 'stage'
  className?: string
}) {
  const { t } = useTranslation()
  const name = t(`flagName.${flag}`)
  const derived = status === 'derived'
  return (
    <span
      title={title}
      className={cn(
        'inline-flex items-center',
        size === 'stage'
          ? 'max-w-full gap-[8px] rounded-[8px] px-[14px] py-[2px] font-bold'
          : 'gap-1 rounded px-1.5 py-0.5 font-medium whitespace-nowrap',
        size === 'stage' ? null : size === 'lg' ? 'text-xl' : 'text-xs',
        derived
          ? cn('border-dashed border-flag text-flag', size === 'stage' ? 'border-2' : 'border')
          : 'bg-flag text-accent-ink',
        className,
      )}
    >
      <FlagIcon />
      {name}
      {derived && <span className="opacity-90">{t('paren', { text: t('status.derived') })}</span>}
    </span>
  )
}
