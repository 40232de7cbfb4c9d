import { useTranslation } from 'react-i18next'
import type { Change } from '../domain/rules/change'
import { cn } from '../lib/cn'

/**
 * ▲▼ shape, colour and the named baseline ("▲2 vs 2022Q1"), never colour alone. Unknown
 * changes say which side is missing instead of showing a dash that could read as "no change".
 */
export function ChangeMark({
  change,
  unit = 'rank',
  className,
}: {
  change: Change
  unit?: 'rank' | 'score'
  className?: string
}) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  if (change.kind === 'unknown') {
    const why = en
      ? change.missing === 'baseline'
        ? `${change.baseline} not published`
        : 'not published'
      : change.missing === 'baseline'
        ? `${change.baseline}未公布`
        : '未公布'
    return (
      <span
        className={cn('text-missing text-sm', className)}
        title={`${t('vs', { q: change.baseline })}: ${why}`}
      >
        ? <span className="text-xs">{t('vs', { q: change.baseline })}</span>
        <span className="sr-only">（{why}）</span>
      </span>
    )
  }
  const d = change.delta
  const mag = unit === 'score' ? Math.abs(d).toFixed(2) : String(Math.abs(d))
  // The triangle is the sign ("▲2 vs 2022Q1", as GUIDE.md writes it); '＝0' for unchanged, a known
  // fact rather than a range. Screen readers get words ("较2022Q1上升2位").
  const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '＝'
  const words = en
    ? `${d > 0 ? `up ${mag}` : d < 0 ? `down ${mag}` : 'unchanged'}${d !== 0 ? (unit === 'rank' ? ' places' : ' points') : ''} vs ${change.baseline}`
    : `较${change.baseline}${d > 0 ? '上升' : d < 0 ? '下降' : '持平'}${d !== 0 ? mag : ''}${unit === 'rank' ? (d !== 0 ? '位' : '') : d !== 0 ? '分' : ''}`
  const provenance =
    change.status === 'published'
      ? en
        ? 'stated in the source'
        : '来源原文所述'
      : change.fromDerivedInput
        ? en
          ? 'computed from a derived rank'
          : '由推算位次计算'
        : en
          ? 'computed from published figures'
          : '由公布数字计算'
  return (
    <span
      className={cn(
        'inline-flex items-baseline gap-1 whitespace-nowrap tabular font-semibold',
        d > 0 ? 'text-up' : d < 0 ? 'text-down' : 'text-muted',
        className,
      )}
      title={en ? `${words} (${provenance})` : `${words}（${provenance}）`}
    >
      <span aria-hidden="true">
        {arrow}
        {mag}
      </span>
      <span aria-hidden="true" className="text-xs font-normal text-muted">
        {t('vs', { q: change.baseline })}
      </span>
      {change.fromDerivedInput && (
        <span aria-hidden="true" className="text-xs font-normal text-derived">
          *
        </span>
      )}
      <span className="sr-only">{en ? `${words} (${provenance})` : `${words}（${provenance}）`}</span>
    </span>
  )
}
