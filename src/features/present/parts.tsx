/**
 * Small projection-sized pieces shared by the slides. They follow the shared components' rules
 * (未公布 never 0, derived marked, ▲▼ with sign and baseline, stars readable by screen readers) but
 * never go below 28 px in the 1920×1080 canvas, which the shared desk components (text-xs marks)
 * would.
 */
import { useTranslation } from 'react-i18next'
import type { Figure } from '../../domain/model/figure'
import type { FlagId } from '../../domain/model/schema'
import type { Change } from '../../domain/rules/change'
import { FLAG_NAMES } from '../../domain/rules/flags'
import { MAX_STARS, type StarComparison } from '../../domain/rules/stars'
import { cn } from '../../lib/cn'

export type Lang = 'zh' | 'en'

export function useLang(): Lang {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'zh'
}

/**
 * Example: <Fig figure={score} format={(v) => v.toFixed(2)} /> → "90.00", "54.96*" (derived), "未公布";
 * with mark="†" (a second-hand source, footnoted on the slide) → "98.30†".
 */
export function Fig<T>({
  figure,
  format,
  className,
  compact = false,
  mark = '',
}: {
  figure: Figure<T>
  format: (v: T) => string
  className?: string
  /** In narrow table cells: 未公布 at the minimum size, "n.p." in English (explained under the table). */
  compact?: boolean
  /** Footnote mark after the value, e.g. "†" when the figure rests only on a second-hand source. */
  mark?: string
}) {
  const { t } = useTranslation(['present', 'common'])
  if (figure.status === 'not-published')
    return (
      // cn() does not merge Tailwind classes, so the compact size replaces the caller's instead of competing with it.
      <span className={compact ? 'text-[28px] text-missing' : cn('text-missing', className)}>
        {compact ? t('np') : t('common:notPublished')}
      </span>
    )
  if (figure.status === 'derived')
    return (
      <span className={cn('text-derived', className)} title={`${figure.rule}\n${figure.inputs.join('\n')}`}>
        {format(figure.value)}*{mark}
      </span>
    )
  return (
    <span className={className}>
      {format(figure.value)}
      {mark}
    </span>
  )
}

/**
 * Ten glyphs (filled and outlined, so it is not colour alone) plus the number; where the printed
 * stars differ from the rule, the rule's count is boxed next to them.
 */
export function Stars({ stars, className }: { stars: StarComparison | null; className?: string }) {
  const { t } = useTranslation(['present', 'common'])
  const en = useLang() === 'en'
  if (!stars || (stars.published === null && stars.rule === null))
    return <span className={cn('text-missing', className)}>{t('common:notPublished')}</span>
  const shown = stars.published ?? stars.rule ?? 0
  const ruleOnly = stars.published === null
  const label = en
    ? `${shown} of ${MAX_STARS} stars${ruleOnly ? ' (by rule, not published)' : ''}${stars.differs ? `; the rule gives ${stars.rule}` : ''}`
    : `${shown}星（满${MAX_STARS}星）${ruleOnly ? '，按规则推算，未公布' : ''}${stars.differs ? `；按规则应为${stars.rule}星` : ''}`
  return (
    <span className={cn('inline-flex items-center gap-[12px] whitespace-nowrap', className)}>
      <span role="img" aria-label={label} className="tracking-[-0.06em]">
        <span aria-hidden="true" className={ruleOnly ? 'text-derived' : 'text-star'}>
          {'★'.repeat(shown)}
        </span>
        <span aria-hidden="true" className="text-star-rule">
          {'☆'.repeat(Math.max(0, MAX_STARS - shown))}
        </span>
      </span>
      <span aria-hidden="true" className="tabular min-w-[1.2em] text-right font-bold">
        {shown}
      </span>
      {stars.differs && (
        <span
          aria-hidden="true"
          className="rounded-[6px] border-2 border-dashed border-derived px-[8px] text-[28px] text-derived"
        >
          {en ? `rule ${stars.rule}` : `规则${stars.rule}`}
        </span>
      )}
    </span>
  )
}

/** ▲2 / ▼1 / ＝0 (the triangle is the sign, as in the other views) with the baseline said ("较2022Q1"); unknown is "? 较2022Q1", never a dash. */
export function Delta({
  change,
  className,
  baseline = true,
}: {
  change: Change
  className?: string
  baseline?: boolean
}) {
  const en = useLang() === 'en'
  const vs = en ? `vs ${change.baseline}` : `较${change.baseline}`
  if (change.kind === 'unknown')
    return (
      <span className={cn('whitespace-nowrap text-missing', className)}>
        ? {baseline && <span className="text-[28px]">{vs}</span>}
        <span className="sr-only">{en ? 'not published' : '未公布'}</span>
      </span>
    )
  const d = change.delta
  const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '＝'
  const words = en
    ? `${d > 0 ? 'up' : d < 0 ? 'down' : 'unchanged'} ${d !== 0 ? Math.abs(d) : ''} vs ${change.baseline}`
    : `较${change.baseline}${d > 0 ? `上升${d}位` : d < 0 ? `下降${-d}位` : '持平'}`
  return (
    <span
      className={cn(
        'inline-flex items-baseline gap-[10px] whitespace-nowrap font-bold tabular',
        d > 0 ? 'text-up' : d < 0 ? 'text-down' : 'text-muted',
        className,
      )}
      title={words}
    >
      <span aria-hidden="true">
        {arrow}
        {Math.abs(d)}
        {change.fromDerivedInput && '*'}
      </span>
      {baseline && (
        <span aria-hidden="true" className="text-[28px] font-normal text-muted">
          {vs}
        </span>
      )}
      <span className="sr-only">{words}</span>
    </span>
  )
}

/** A red flag: published solid, rule-derived outlined and labelled 推算. `short` for table cells. */
export function FlagChip({
  flag,
  status,
  short = false,
  className,
  mark = '',
}: {
  flag: FlagId
  status: 'published' | 'derived'
  short?: boolean
  className?: string
  /** Footnote mark, e.g. "†" when the award is known only from a news report. */
  mark?: string
}) {
  const { t } = useTranslation(['present', 'common'])
  const lang = useLang()
  const derived = status === 'derived'
  return (
    <span
      title={FLAG_NAMES[flag][lang]}
      className={cn(
        'inline-flex max-w-full items-center gap-[8px] rounded-[8px] px-[14px] py-[2px] font-bold',
        // Full names may wrap (long in English); short table chips never do.
        short && 'whitespace-nowrap',
        derived ? 'border-2 border-dashed border-flag text-flag' : 'bg-flag text-accent-ink',
        className,
      )}
    >
      <span aria-hidden="true">⚑</span>
      {short ? t(`flagShort.${flag}`) : FLAG_NAMES[flag][lang]}
      {derived && (short ? '*' : <span>（{t('derived')}）</span>)}
      {mark}
    </span>
  )
}

/** 示例数据 DEMO, on every slide when the demo dataset is shown (the layout's banner is not rendered here). */
export function DemoMark({ className }: { className?: string }) {
  const { t } = useTranslation()
  return (
    <span
      data-testid="demo-marker"
      title={t('dataset.demoHint')}
      className={cn(
        'inline-flex items-center gap-[8px] whitespace-nowrap rounded-[8px] border-[3px] border-demo bg-demo-bg px-[14px] font-bold text-demo',
        className,
      )}
    >
      <span aria-hidden="true">⚠</span>
      {t('dataset.demo')}
    </span>
  )
}
