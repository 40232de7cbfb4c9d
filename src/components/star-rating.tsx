import { useTranslation } from 'react-i18next'
import { MAX_STARS } from '../domain/rules/stars'
import { cn } from '../lib/cn'

type Translate = ReturnType<typeof useTranslation<'common'>>['t']

/**
 * The one star label, for screen readers and projected slides alike.
 * Example (zh): starLabel(t, 9) → '9星（满10星）'; with { rule: 10 } → '9星（满10星）；按规则应为10星'
 */
function starLabel(
  t: Translate,
  stars: number,
  opts: { derivedOnly?: boolean; rule?: number | null } = {},
): string {
  return `${t('stars.label', { n: stars, max: MAX_STARS })}${opts.derivedOnly ? t('stars.byRule') : ''}${
    opts.rule != null ? t('stars.ruleDiffers', { rule: opts.rule }) : ''
  }`
}

type Props = {
  /** Stars as published; null when not published. */
  published: number | null
  /** Stars by the rule (10★ for 1st … 1★ for 10th); shown alongside where they differ. */
  rule?: number | null
  /** `stage`: projected slides (1920×1080 canvas, no text under 28 px). */
  size?: 'sm' | 'md' | 'lg' | 'stage'
  /** Collapse the glyph row to one star on narrow screens (tables on phones). */
  compact?: boolean
  className?: string
}

/**
 * Stars readable by screen readers (role="img" with "9星（满10星）") and on a projector (filled vs
 * outlined glyphs plus the number, not colour alone). Where the printed stars differ from the
 * rule, the rule's count is shown next to them, marked.
 */
export function StarRating({ published, rule = null, size = 'md', compact = false, className }: Props) {
  const { t } = useTranslation()
  if (published === null && rule === null) return <span className="text-missing">{t('notPublished')}</span>
  const shown = published ?? rule ?? 0
  const differs = published !== null && rule !== null && published !== rule
  const derivedOnly = published === null && rule !== null
  const label = starLabel(t, shown, { derivedOnly, rule: differs ? rule : null })
  const stage = size === 'stage'
  const glyph = stage
    ? 'text-[32px] tracking-[-0.06em]'
    : size === 'lg'
      ? 'text-2xl tracking-tight'
      : size === 'sm'
        ? 'text-sm tracking-tight'
        : 'text-base tracking-tight'
  return (
    <span
      className={cn(
        'inline-flex items-center whitespace-nowrap',
        stage ? 'gap-[12px] text-[32px]' : 'gap-2',
        className,
      )}
    >
      <span role="img" aria-label={label} title={label} className={cn('leading-none', glyph)}>
        {/* On narrow screens the ten glyphs collapse to one; the number beside them carries the count. */}
        <span
          aria-hidden="true"
          className={cn(derivedOnly ? 'text-derived' : 'text-star', compact && 'hidden md:inline')}
        >
          {'★'.repeat(shown)}
        </span>
        <span aria-hidden="true" className={cn('text-star-rule', compact && 'hidden md:inline')}>
          {'☆'.repeat(Math.max(0, MAX_STARS - shown))}
        </span>
        {compact && (
          <span aria-hidden="true" className={cn('md:hidden', derivedOnly ? 'text-derived' : 'text-star')}>
            ★
          </span>
        )}
      </span>
      <span
        aria-hidden="true"
        className={cn('tabular', stage ? 'min-w-[1.2em] text-right font-bold' : 'text-sm font-semibold')}
      >
        {shown}
      </span>
      {differs && (
        <span
          aria-hidden="true"
          className={cn(
            'border-dashed border-derived text-derived',
            stage ? 'rounded-[6px] border-2 px-[8px] text-[28px]' : 'rounded border px-1 text-xs',
          )}
          title={label}
        >
          {t('stars.ruleBadge', { rule })}
        </span>
      )}
    </span>
  )
}
