import { MAX_STARS } from '../domain/rules/stars'
import { cn } from '../lib/cn'
import { useTranslation } from '../lib/use-translation'
import { RulesLink } from './rules-link'

type Translate = ReturnType<typeof useTranslation<'common'>>['t']

/**
 * The one star label, for screen readers and projected slides alike.
 * Example (zh): starLabel(t, 9) → '9星（满10星）'; with { rule: 10 } → '9星（满10星）；与评星规则有出入，见数据说明'
 */
function starLabel(
  t: Translate,
  stars: number,
  opts: { derivedOnly?: boolean; rule?: number | null } = {},
): string {
  return `${t('stars.label', { n: stars, max: MAX_STARS })}${opts.derivedOnly ? t('stars.byRule') : ''}${
    opts.rule != null ? t('stars.ruleDiffers') : ''
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
 * outlined glyphs plus the number, not colour alone), as printed. Off the stage the display links to
 * the star rule (#/rules?topic=stars); where the printed stars differ from the rule, a small neutral
 * "注" says so and links to the data note there (never a "should have" count beside a result).
 */
export function StarRating({ published, rule = null, size = 'md', compact = false, className }: Props) {
  const { t } = useTranslation()
  if (published === null && rule === null) return <span className="text-missing">{t('notPublished')}</span>
  const shown = published ?? rule ?? 0
  const differs = published !== null && rule !== null && published !== rule
  const derivedOnly = published === null && rule !== null
  const label = starLabel(t, shown, { derivedOnly, rule: differs && size !== 'stage' ? rule : null })
  const stage = size === 'stage'
  const glyph = stage
    ? 'text-[32px] tracking-[-0.06em]'
    : size === 'lg'
      ? 'text-2xl tracking-tight'
      : size === 'sm'
        ? 'text-sm tracking-tight'
        : 'text-base tracking-tight'
  const body = (
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
      {differs && !stage && (
        <span
          aria-hidden="true"
          className="rounded border border-dashed border-line px-1 text-xs font-normal text-muted"
          data-star-note=""
        >
          {t('stars.noteMark')}
        </span>
      )}
    </span>
  )
  // Projected slides show the printed stars only, no links.
  if (stage) return body
  return <RulesLink topic="stars">{body}</RulesLink>
}
