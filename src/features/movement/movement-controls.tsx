import { useId } from 'react'
import type { QuarterId } from '../../domain/model/quarter'
import type { District } from '../../domain/model/schema'
import { cn } from '../../lib/cn'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import { MOVEMENT_METRICS, type MovementMetric } from './model/url'

/**
 * District swatches as literal class names. Besides styling the legend, they make Tailwind emit the
 * `--color-district-N` theme variables (it drops unused theme variables), which the chart reads.
 */
const DISTRICT_SWATCH = [
  'bg-district-0',
  'bg-district-1',
  'bg-district-2',
  'bg-district-3',
  'bg-district-4',
  'bg-district-5',
  'bg-district-6',
  'bg-district-7',
  'bg-district-8',
  'bg-district-9',
] as const

export const swatchClass = (i: number) => DISTRICT_SWATCH[((i % 10) + 10) % 10]

/** From/to quarter selects and the rank/score toggle (the layout shows only the section switch here). */
export function RangeControls({
  quarters,
  from,
  to,
  metric,
  onChange,
}: {
  quarters: QuarterId[]
  from: QuarterId
  to: QuarterId
  metric: MovementMetric
  onChange: (patch: { from?: QuarterId; to?: QuarterId; metric?: MovementMetric }) => void
}) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  const fromId = useId()
  const toId = useId()
  const select = 'rounded border border-line bg-surface px-2 py-1'
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">{t('range.label')}</legend>
        <label htmlFor={fromId} className="text-sm font-medium">
          {t('range.from')}
        </label>
        <select
          id={fromId}
          value={from}
          onChange={(e) => onChange({ from: e.target.value as QuarterId })}
          className={select}
          data-testid="range-from"
        >
          {quarters.map((q) => (
            <option key={q} value={q} disabled={q > to}>
              {f.quarter(q)}
            </option>
          ))}
        </select>
        <label htmlFor={toId} className="text-sm font-medium">
          {t('range.to')}
        </label>
        <select
          id={toId}
          value={to}
          onChange={(e) => onChange({ to: e.target.value as QuarterId })}
          className={select}
          data-testid="range-to"
        >
          {quarters.map((q) => (
            <option key={q} value={q} disabled={q < from}>
              {f.quarter(q)}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset className="flex items-center gap-1" data-testid="metric-toggle">
        <legend className="sr-only">{t('metric.label')}</legend>
        <span aria-hidden="true" className="mr-1 text-sm font-medium">
          {t('metric.label')}
        </span>
        {MOVEMENT_METRICS.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={metric === m}
            data-metric={m}
            onClick={() => onChange({ metric: m })}
            className={cn(
              'rounded border px-2.5 py-1 text-sm',
              metric === m
                ? 'border-accent bg-accent font-semibold text-accent-ink'
                : 'border-line bg-surface hover:bg-surface-2',
            )}
          >
            {t(`metric.${m}`)}
          </button>
        ))}
      </fieldset>
    </div>
  )
}

/**
 * The chart's legend doubles as the district selector: a toggle button per district (selection is
 * kept in the URL) that also highlights its line on hover and on keyboard focus, so the chart's
 * highlight is reachable without a mouse.
 */
export function DistrictLegend({
  districts,
  selected,
  unplotted,
  onToggle,
  onClear,
  onActive,
}: {
  districts: District[]
  selected: string[]
  unplotted: Set<string>
  onToggle: (id: string) => void
  onClear: () => void
  onActive: (id: string | null) => void
}) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  return (
    <fieldset className="space-y-1" data-testid="district-legend">
      <legend className="text-sm font-medium">
        {t('districts.label')}{' '}
        {/* Desk guidance; on the projector it is noise (the presenter knows, the room can't click). */}
        <span className="font-normal text-muted projection:sr-only">— {t('districts.hint')}</span>
      </legend>
      <ul className="flex flex-wrap items-center gap-1.5">
        {districts.map((d, i) => {
          const on = selected.includes(d.id)
          const none = unplotted.has(d.id)
          return (
            <li key={d.id}>
              <button
                type="button"
                aria-pressed={on}
                data-district={d.id}
                onClick={() => onToggle(d.id)}
                onMouseEnter={() => onActive(d.id)}
                onMouseLeave={() => onActive(null)}
                onFocus={() => onActive(d.id)}
                onBlur={() => onActive(null)}
                className={cn(
                  'inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm',
                  on ? 'border-ink bg-surface-2 font-semibold' : 'border-line bg-surface hover:border-ink',
                  none && 'text-muted',
                )}
              >
                <span aria-hidden="true" className={cn('inline-block h-1.5 w-5 rounded', swatchClass(i))} />
                {f.district(d)}
                {none && (
                  <span className="text-xs">{t('common:paren', { text: t('districts.noData') })}</span>
                )}
              </button>
            </li>
          )
        })}
        {selected.length > 0 && (
          <li>
            <button type="button" onClick={onClear} className="px-2 text-sm text-link underline">
              {t('districts.clear')}
            </button>
          </li>
        )}
      </ul>
    </fieldset>
  )
}

/** What the marks mean: solid vs dashed lines, filled vs hollow points, breaks. */
export function ChartKey({ invalid = false }: { invalid?: boolean }) {
  const { t } = useTranslation(['movement', 'common'])
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted" data-testid="chart-key">
      <li className="inline-flex items-center gap-1.5">
        <svg width="34" height="12" aria-hidden="true">
          <line x1="2" y1="6" x2="26" y2="6" stroke="currentColor" strokeWidth="2.5" />
          <circle cx="28" cy="6" r="4" fill="currentColor" />
        </svg>
        {t('key.published')}
      </li>
      <li className="inline-flex items-center gap-1.5">
        <svg width="34" height="12" aria-hidden="true">
          <line x1="2" y1="6" x2="26" y2="6" stroke="currentColor" strokeWidth="2.5" strokeDasharray="5 4" />
          <circle cx="28" cy="6" r="4" fill="var(--color-surface)" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t('key.derived')}
      </li>
      <li className="inline-flex items-center gap-1.5">
        <svg width="34" height="12" aria-hidden="true">
          <line x1="2" y1="6" x2="12" y2="6" stroke="currentColor" strokeWidth="2.5" />
          <line x1="22" y1="6" x2="32" y2="6" stroke="currentColor" strokeWidth="2.5" />
        </svg>
        {t('key.gap')}
      </li>
      {invalid && (
        <li className="inline-flex items-center gap-1.5 text-missing" data-testid="key-invalid">
          {t('key.invalid')}
        </li>
      )}
    </ul>
  )
}
