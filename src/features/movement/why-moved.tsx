import { useId } from 'react'
import { ChangeMark } from '../../components/change-mark'
import { FigureValue } from '../../components/status-mark'
import type { District } from '../../domain/model/schema'
import { cn } from '../../lib/cn'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import type { Decomposition, MissingInput } from './model/decomposition'

/**
 * A score change as the change marks write it ("▲1.54": the triangle is the sign), with words for
 * screen readers. The baseline is named once, in the table header.
 */
function PointsMark({ value }: { value: number }) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  const mag = f.number(Math.abs(value), 2)
  return (
    <>
      <span aria-hidden="true">
        {value > 0 ? `▲${mag}` : value < 0 ? `▼${mag}` : t('common:change.flat')}
      </span>
      <span className="sr-only">
        {t(value > 0 ? 'why.up' : value < 0 ? 'why.down' : 'why.same', { v: mag })}
      </span>
    </>
  )
}

/** One diverging bar: gains to the right of the axis (up colour), losses to the left (down colour). */
function Bar({ value, max }: { value: number; max: number }) {
  const pct = max > 0 ? (Math.abs(value) / max) * 50 : 0
  return (
    <div className="relative h-4 w-full min-w-24 rounded-sm bg-surface-2" aria-hidden="true">
      <div className="absolute inset-y-0 left-1/2 w-px bg-muted" />
      <div
        className={cn('absolute inset-y-0.5 rounded-sm', value >= 0 ? 'bg-up' : 'bg-down')}
        style={value >= 0 ? { left: '50%', width: `${pct}%` } : { right: '50%', width: `${pct}%` }}
      />
    </div>
  )
}

/**
 * "Why it moved": the composite score change split by section, as a small diverging bar chart
 * in HTML (no chart library needed), with every figure also written out, and the missing inputs
 * named where the split cannot be made.
 */
export function WhyMoved({
  decomposition: d,
  districts,
  onDistrict,
}: {
  decomposition: Decomposition
  districts: District[]
  onDistrict: (id: string) => void
}) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  const selectId = useId()
  const values = [
    ...d.parts.map((p) => p.delta ?? 0),
    d.remainder ?? 0,
    d.composite.kind === 'known' ? d.composite.delta : 0,
  ]
  const max = Math.max(...values.map(Math.abs))
  const missingText = (m: MissingInput) =>
    t('why.missingItem', {
      quarter: m.quarter,
      input: m.input === 'overall' ? t('why.compositeScore') : f.section(m.input),
      reason: t(`why.reason.${m.reason}`),
    })

  return (
    <section
      aria-labelledby="why-title"
      data-testid="why-moved"
      className="min-w-0 space-y-3 rounded border border-line bg-surface p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="why-title" className="text-xl font-bold">
          {t('why.title')}
        </h2>
        <label htmlFor={selectId} className="sr-only">
          {t('why.district')}
        </label>
        <select
          id={selectId}
          value={d.district.id}
          onChange={(e) => onDistrict(e.target.value)}
          className="rounded border border-line bg-surface px-2 py-1"
          data-testid="why-district"
        >
          {districts.map((x) => (
            <option key={x.id} value={x.id}>
              {f.district(x)}
            </option>
          ))}
        </select>
        <span className="text-muted">
          {t('why.period', {
            quarter: f.quarter(d.quarter),
            baseline: f.quarter(d.baseline),
          })}
        </span>
      </div>

      <section
        className="relative overflow-x-auto"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        aria-label={t('why.scroll')}
      >
        <table className="w-full min-w-[20rem] border-collapse text-left text-sm" data-testid="why-table">
          <caption className="sr-only">
            {t('why.caption', { name: f.district(d.district), quarter: d.quarter, baseline: d.baseline })}
          </caption>
          <thead>
            <tr className="border-b border-line text-muted">
              <th scope="col" className="py-1 pr-2 font-medium">
                {t('why.item')}
              </th>
              <th scope="col" className="py-1 pr-2 font-medium whitespace-nowrap">
                {d.baseline}
              </th>
              <th scope="col" className="py-1 pr-2 font-medium whitespace-nowrap">
                {d.quarter}
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                {t('why.change')}
              </th>
              <th scope="col" className="w-1/4 py-1 font-medium sm:w-2/5">
                <span className="sr-only">{t('why.bar')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {d.parts.map((p) => (
              <tr key={p.section} data-section={p.section} className="border-b border-line">
                <th scope="row" className="min-w-[6.5em] py-1.5 pr-2 font-medium">
                  {f.section(p.section)}
                  {(p.weight !== null || p.baselineWeight !== null) && (
                    <span className="block text-xs font-normal text-muted">
                      {p.baselineWeight !== null && p.weight !== null && p.baselineWeight !== p.weight
                        ? t('why.weightChanged', { from: p.baselineWeight, to: p.weight })
                        : t('why.weight', { w: p.weight ?? p.baselineWeight })}
                    </span>
                  )}
                </th>
                <td className="py-1.5 pr-2">
                  <FigureValue figure={p.baseline} format={f.score} className="tabular" />
                </td>
                <td className="py-1.5 pr-2">
                  <FigureValue figure={p.current} format={f.score} className="tabular" />
                </td>
                <td
                  className={cn(
                    'py-1.5 pr-2 tabular font-semibold whitespace-nowrap',
                    p.delta === null
                      ? 'text-missing font-normal'
                      : p.delta > 0
                        ? 'text-up'
                        : p.delta < 0
                          ? 'text-down'
                          : 'text-muted',
                  )}
                >
                  {p.delta === null ? t('why.unknown') : <PointsMark value={p.delta} />}
                </td>
                <td className="py-1.5">{p.delta !== null && <Bar value={p.delta} max={max} />}</td>
              </tr>
            ))}
            {d.remainder !== null && (
              <tr data-section="remainder" className="border-b border-line">
                <th scope="row" className="min-w-[6.5em] py-1.5 pr-2 font-medium">
                  {d.remainderKind === 'bonus'
                    ? t('why.bonus', { items: f.list(d.bonusItems) })
                    : t('why.unexplained')}
                </th>
                <td className="py-1.5 pr-2 text-missing" colSpan={2}>
                  {t('why.remainderNote')}
                </td>
                <td
                  className={cn(
                    'py-1.5 pr-2 tabular font-semibold',
                    d.remainder > 0 ? 'text-up' : 'text-down',
                  )}
                >
                  <PointsMark value={d.remainder} />
                </td>
                <td className="py-1.5">
                  <Bar value={d.remainder} max={max} />
                </td>
              </tr>
            )}
            <tr data-section="overall" className="font-bold">
              <th scope="row" className="min-w-[6.5em] py-1.5 pr-2">
                {t('why.compositeScore')}
              </th>
              <td className="py-1.5 pr-2">
                <FigureValue figure={d.compositeBaseline} format={f.score} className="tabular" />
              </td>
              <td className="py-1.5 pr-2">
                <FigureValue figure={d.compositeCurrent} format={f.score} className="tabular" />
              </td>
              <td className="py-1.5 pr-2">
                <ChangeMark change={d.composite} unit="score" className="whitespace-nowrap" />
              </td>
              <td className="py-1.5">
                {d.composite.kind === 'known' && <Bar value={d.composite.delta} max={max} />}
              </td>
            </tr>
          </tbody>
        </table>
      </section>

      <div className="space-y-1 text-sm">
        {d.complete && (
          <p data-testid="why-verdict">{t('why.complete', { explained: f.signed(d.explained ?? 0, 2) })}</p>
        )}
        {d.remainderKind === 'bonus' && <p>{t('why.bonusNote', { items: f.list(d.bonusItems) })}</p>}
        {d.remainderKind === 'unexplained' && <p className="text-missing">{t('why.unexplainedNote')}</p>}
        {d.weightsChanged && <p className="text-missing">{t('why.weightsChangedNote')}</p>}
        {d.missing.length > 0 && (
          <div
            role="note"
            data-testid="why-missing"
            className="rounded border border-dashed border-line px-3 py-2"
          >
            <p className="font-semibold">{t('why.missingTitle')}</p>
            <ul className="list-disc pl-5">
              {d.missing.map((m) => (
                <li key={`${m.quarter}-${m.input}`}>{missingText(m)}</li>
              ))}
            </ul>
          </div>
        )}
        <p className="text-xs text-muted">{t('why.rule', { rule: t('why.compositeRule') })}</p>
      </div>
    </section>
  )
}
