import type { FlagId } from '../domain/model/schema'
import { cn } from '../lib/cn'
import { useTranslation } from '../lib/use-translation'
import { FlagIcon } from './icons'
import { RulesLink } from './rules-link'

/**
 * A red flag, the headline award: true red (#c8102e) with white text in every theme, at least 14 px,
 * always with its full official name (真抓实干、勇当排头 / 加压奋进、进位赶超). Published flags are
 * solid; rule-derived ones carry a dashed white inner border and say (推算). Off the stage each links to
 * the rules page's flags section.
 */
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
  const badge = (
    <span
      title={title}
      className={cn(
        'inline-flex items-center',
        size === 'stage'
          ? 'max-w-full gap-[8px] rounded-[8px] px-[14px] py-[2px] font-bold'
          : 'gap-1 rounded px-1.5 py-0.5 font-medium whitespace-nowrap',
        size === 'stage' ? null : size === 'lg' ? 'text-xl' : 'text-sm',
        'bg-flag-badge text-flag-badge-ink',
        derived && 'outline-2 -outline-offset-4 outline-dashed outline-flag-badge-ink',
        className,
      )}
    >
      <FlagIcon />
      {name}
      {derived && <span className="opacity-90">{t('paren', { text: t('status.derived') })}</span>}
    </span>
  )
  // Off the stage a flag is a way into 考核规则说明 (what each flag takes); a slide has no links.
  return size === 'stage' ? badge : <RulesLink topic="flags">{badge}</RulesLink>
}
