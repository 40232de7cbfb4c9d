import { useTranslation } from 'react-i18next'
import type { FlagId } from '../domain/model/schema'
import { cn } from '../lib/cn'

/** A red flag: published flags are solid; rule-derived ones are outlined and say so. */
export function FlagBadge({
  flag,
  status,
  title,
  size = 'md',
}: {
  flag: FlagId
  status: 'published' | 'derived'
  title?: string
  size?: 'md' | 'lg'
}) {
  const { t } = useTranslation()
  const name = t(`flagName.${flag}`)
  const derived = status === 'derived'
  return (
    <span
      title={title}
      className={cn(
        'inline-flex items-center gap-1 rounded px-1.5 py-0.5 font-medium whitespace-nowrap',
        size === 'lg' ? 'text-xl' : 'text-xs',
        derived ? 'border border-dashed border-flag text-flag' : 'bg-flag text-accent-ink',
      )}
    >
      <span aria-hidden="true">⚑</span>
      {name}
      {derived && <span className="opacity-90">{t('paren', { text: t('status.derived') })}</span>}
    </span>
  )
}
