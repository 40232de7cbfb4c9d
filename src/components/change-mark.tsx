import { previousQuarter, type QuarterId } from '../domain/model/quarter'
import { type Change, isDerivedChange } from '../domain/rules/change'
import { cn } from '../lib/cn'
import { type Format, useFormat } from '../lib/format'
import { useTranslation } from '../lib/use-translation'
import { RulesLink } from './rules-link'

type Translate = ReturnType<typeof useTranslation<'common'>>['t']

/**
 * The one wording of a change, for screen readers and titles, the baseline named as a document
 * names it. Example (zh): a known rank change of +2 vs 2022Q1 → '较2022年一季度上升2位（由公布数字计算）';
 * an unknown one → '2022年一季度未公布'; (en) 'up 2 places vs Q1 2022 (computed from published figures)'.
 */
function changeWords(change: Change, unit: 'rank' | 'score', t: Translate, f: Format): string {
  const baseline = f.quarter(change.baseline)
  if (change.kind === 'unknown')
    return change.brokenFile
      ? t('change.brokenBaseline', { baseline, file: change.brokenFile })
      : change.missing === 'baseline'
        ? t('change.unknownBaseline', { baseline })
        : t('change.unknown')
  const d = change.delta
  const n = unit === 'score' ? f.number(Math.abs(d), 2) : f.number(Math.abs(d))
  if (change.atLeast)
    return `${t('change.up_rank_atLeast', { n, baseline })}${t('paren', { text: t('change.riseFlagBound') })}`
  const words =
    d > 0
      ? t(unit === 'rank' ? 'change.up_rank' : 'change.up_score', { n, baseline })
      : d < 0
        ? t(unit === 'rank' ? 'change.down_rank' : 'change.down_score', { n, baseline })
        : t(unit === 'rank' ? 'change.same_rank' : 'change.same_score', { baseline })
  const how =
    change.status === 'published'
      ? t('change.stated')
      : change.fromDerivedInput
        ? t('change.fromDerived')
        : t('change.computed')
  return `${words}${t('paren', { text: how })}`
}

/**
 * The visible baseline beside a mark: '较上季度' when it is the quarter just before `of`, else the
 * quarter by name ('较2022年一季度'; English 'vs Q1 2022' either way, its own convention).
 */
function vsWords(baseline: QuarterId, of: QuarterId | undefined, t: Translate, f: Format): string {
  return of !== undefined && previousQuarter(of) === baseline
    ? t('vsPrevious')
    : t('vs', { q: f.quarter(baseline) })
}

/**
 * ▲▼ shape, colour and the named baseline ("▲2 较上季度"), never colour alone; no change reads 持平.
 * Unknown changes say which side is missing instead of showing a dash that could read as "no change".
 */
export function ChangeMark({
  change,
  unit = 'rank',
  of,
  size = 'md',
  baselineInHeader = false,
  className,
}: {
  change: Change
  unit?: 'rank' | 'score'
  /** The column header already names the baseline (较上季度): the known change leaves it out. */
  baselineInHeader?: boolean
  /** The quarter the change is for: a baseline just before it reads 较上季度. */
  of?: QuarterId
  /** `stage`: projected slides, where the baseline and marks stay at least 28 px (of the 1920×1080 canvas). */
  size?: 'md' | 'stage'
  className?: string
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const words = changeWords(change, unit, t, f)
  const vs = vsWords(change.baseline, of, t, f)
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
  // The triangle is the sign ("▲2 较上季度", as GUIDE.md writes it); no change is a known fact and
  // reads as a document writes it (持平), not '＝0'; '▲≥2' is the rise flag's lower bound.
  const arrow = change.atLeast ? '▲≥' : d > 0 ? '▲' : d < 0 ? '▼' : null
  // One rule (isDerivedChange) decides the 推算 mark, wherever a change is shown.
  const derived = isDerivedChange(change)
  // On a slide the short mark (推算) keeps the cell one line; the full rule is in the spoken words.
  const derivedText = change.atLeast && !stage ? t('change.riseFlagBoundMark') : t('status.derived')
  const derivedMark = (
    <span aria-hidden="true" className={cn(small, 'font-normal text-derived')} data-derived-change="">
      {derivedText}
    </span>
  )
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
      <span aria-hidden="true">{arrow === null ? t('change.flat') : `${arrow}${mag}`}</span>
      {!(baselineInHeader && vs === t('vsPrevious')) && (
        <span aria-hidden="true" className={cn(small, 'font-normal text-muted')}>
          {vs}
        </span>
      )}
      {derived &&
        (stage ? (
          derivedMark
        ) : (
          <RulesLink
            topic="status"
            // The link's name holds the words it shows (WCAG label in name), e.g. （据红旗规则推算）.
            label={
              derivedText === t('status.derived')
                ? t('rulesLink.derived')
                : t('rulesLink.derivedBound', { text: derivedText })
            }
            className="text-derived"
          >
            {derivedMark}
          </RulesLink>
        ))}
      <span className="sr-only">{words}</span>
    </span>
  )
}
