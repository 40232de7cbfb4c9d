import { useTranslation } from 'react-i18next'
import type { Change } from '../domain/rules/change'
import { cn } from '../lib/cn'
import { type Format, useFormat } from '../lib/format'

type Translate = ReturnType<typeof useTranslation<'common'>>['t']

/**
 * The one wording of a change, for screen readers and titles. Example (zh): a known rank change of
 * +2 vs 2022Q1 → '较2022Q1上升2位（由公布数字计算）'; an unknown one → '2022Q1未公布'.
 */
function changeWords(change: Change, unit: 'rank' | 'score', t: Translate, f: Format): string {
  if (change.kind === 'unknown')
    return change.brokenFile
      ? t('change.brokenBaseline', { baseline: change.baseline, file: change.brokenFile })
      : change.missing === 'baseline'
        ? t('change.unknownBaseline', { baseline: change.baseline })
        : t('change.unknown')
  const d = change.delta
  const n = unit === 'score' ? f.number(Math.abs(d), 2) : f.number(Math.abs(d))
  const words =
    d > 0
      ? t(unit === 'rank' ? 'change.up_rank' : 'change.up_score', { n, baseline: change.baseline })
      : d < 0
        ? t(unit === 'rank' ? 'change.down_rank' : 'change.down_score', { n, baseline: change.baseline })
        : t(unit === 'rank' ? 'change.same_rank' : 'change.same_score', { baseline: change.baseline })
  const how =
    change.status === 'published'
      ? t('change.stated')
      : change.fromDerivedInput
        ? t('change.fromDerived')
        : t('change.computed')
  return `${words}${t('paren', { text: how })}`
}

/**
 * ▲▼ shape, colour and the named baseline ("▲2 vs 2022Q1"), never colour alone. Unknown
 * changes say which side is missing instead of showing a dash that could read as "no change".
 */
export function ChangeMark({
  change,
  unit = 'rank',
  size = 'md',
  className,
}: {
  change: Change
  unit?: 'rank' | 'score'
  /** `stage`: projected slides, where the baseline and marks stay at least 28 px (of the 1920×1080 canvas). */
  size?: 'md' | 'stage'
  className?: string
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const words = changeWords(change, unit, t, f)
  const vs = t('vs', { q: change.baseline })
  const stage = size === 'stage'
  const small = stage ? 'text-[28px]' : 'text-xs'
  if (change.kind === 'unknown') {
    return (
      <span
        className={cn('text-missing', stage ? 'whitespace-nowrap' : 'text-sm', className)}
        title={t('labelled', { label: vs, text: words })}
      >
        ? <span className={small}>{vs}</span>
        {change.brokenFile && (
          <span className={cn(small, 'text-error')} data-testid="broken-baseline">
            {' '}
            {t('change.brokenShort')}
          </span>
        )}
        <span className="sr-only">{t('paren', { text: words })}</span>
      </span>
    )
  }
  const d = change.delta
  const mag = unit === 'score' ? f.number(Math.abs(d), 2) : f.number(Math.abs(d))
  // The triangle is the sign ("▲2 vs 2022Q1", as GUIDE.md writes it); '＝0' for unchanged, a known
  // fact rather than a range.
  const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '＝'
  return (
    <span
      className={cn(
        'inline-flex items-baseline whitespace-nowrap tabular',
        stage ? 'gap-[10px] font-bold' : 'gap-1 font-semibold',
        d > 0 ? 'text-up' : d < 0 ? 'text-down' : 'text-muted',
        className,
      )}
      title={words}
    >
      <span aria-hidden="true">
        {arrow}
        {mag}
      </span>
      <span aria-hidden="true" className={cn(small, 'font-normal text-muted')}>
        {vs}
      </span>
      {change.fromDerivedInput && (
        <span aria-hidden="true" className={cn(small, 'font-normal text-derived')}>
          *
        </span>
      )}
      <span className="sr-only">{words}</span>
    </span>
  )
}
