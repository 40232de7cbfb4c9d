import { useQuery } from '@tanstack/react-query'
import { memo, useId, useMemo, useState } from 'react'
import { isDatasetKind, SECTION_OR_OVERALL_IDS } from '../domain/model/ids'
import { isQuarterId } from '../domain/model/quarter'
import type { SectionOrOverall } from '../domain/model/schema'
import { defaultView, districtDefaultQuarter } from '../domain/tables/default-quarter'
import { parseGlobal, writeGlobal } from '../domain/url/params'
import { cn } from '../lib/cn'
import { useFormat } from '../lib/format'
import { manifestQueryOptions } from '../lib/queries'
import { readUpDown, type UpDownConvention, writeUpDown } from '../lib/theme'
import { useDataset } from '../lib/use-dataset'
import { useGlobalParams, useStableSearch } from '../lib/use-global-params'
import { useTranslation } from '../lib/use-translation'

/**
 * The dataset switch: the datasets the main manifest lists, plus a folder dataset opened by link
 * (`?dataset=large`), shown by its folder name. Switching keeps the view and the global parameters and
 * drops the view's own (a quarter or district of one dataset need not exist in another).
 */
export const DatasetSwitch = memo(function DatasetSwitch() {
  const { t } = useTranslation()
  const g = useGlobalParams()
  const manifest = useQuery(manifestQueryOptions())
  const search = useStableSearch()
  const id = useId()
  const listed = Object.keys(manifest.data?.datasets ?? {})
  const options = listed.includes(g.dataset) ? listed : [...listed, g.dataset]
  if (options.length < 2) return null
  const label = (d: string) =>
    isDatasetKind(d) ? t(d === 'demo' ? 'dataset.demo' : 'dataset.real') : t('dataset.folder', { name: d })
  return (
    <div className="flex items-center gap-1">
      <label htmlFor={id} className="sr-only">
        {t('dataset.label')}
      </label>
      <select
        id={id}
        data-testid="dataset-switch"
        value={g.dataset}
        onChange={(e) => {
          const next = parseGlobal(search.read())
          next.dataset = e.target.value
          search.set(writeGlobal(new URLSearchParams(), next))
        }}
        className="max-w-48 rounded border border-line bg-surface px-2 py-1 text-sm"
      >
        {options.map((d) => (
          <option key={d} value={d}>
            {label(d)}
          </option>
        ))}
      </select>
    </div>
  )
})

/**
 * The quarter of the current view (`quarter` param); without one, the view's default (default-quarter.ts):
 * a district page's newest quarter with data, else the newest quarter with a complete table.
 */
export const QuarterSelect = memo(function QuarterSelect({
  raw,
  district,
  index = false,
}: {
  raw: string | null
  /** The district of a district page. */
  district?: string | undefined
  /** The districts index, which opens on the newest quarter (its "latest known rank" column). */
  index?: boolean
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const g = useGlobalParams()
  const { allQuarters, layers, dataset } = useDataset(g.dataset)
  const fallback = useMemo(
    () =>
      dataset
        ? district
          ? districtDefaultQuarter(dataset, district)
          : index
            ? allQuarters.at(-1)
            : defaultView(dataset)?.quarter
        : undefined,
    [dataset, district, index, allQuarters],
  )
  const search = useStableSearch()
  const id = useId()
  const mark = (q: (typeof allQuarters)[number]) => {
    const layer = layers.get(q)
    return layer ? ` · ${t(layer === 'local' ? 'layer.local' : 'layer.preview')}` : ''
  }
  const current = raw && isQuarterId(raw) ? raw : (fallback ?? allQuarters.at(-1) ?? '')
  // The same options on every navigation (a sort, a filter): built when the quarters or the language change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `f` and `t` change with the language, `mark` with `layers`
  const options = useMemo(
    () =>
      [...allQuarters].reverse().map((q) => (
        <option key={q} value={q}>
          {f.quarter(q)}
          {mark(q)}
        </option>
      )),
    [allQuarters, layers, f, t],
  )
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        {t('quarter')}
      </label>
      <select
        id={id}
        value={allQuarters.includes(current as never) ? current : ''}
        onChange={(e) => {
          const next = search.read()
          next.delete('q')
          next.set('quarter', e.target.value)
          search.set(next)
        }}
        className="rounded border border-line bg-surface px-2 py-1"
      >
        {!allQuarters.includes(current as never) && <option value="">{raw ?? '—'}</option>}
        {options}
      </select>
    </div>
  )
})

/**
 * The section switch (`section` param). Sections the chosen quarter doesn't have are shown
 * disabled with the reason, so the choice set stays stable across quarters.
 */
export const SectionSwitch = memo(function SectionSwitch({
  raw,
  qRaw,
  defaulted = false,
}: {
  /** The `section` parameter (null when absent) and the `quarter` parameter. */
  raw: string | null
  qRaw: string | null
  /** The view opens on the dataset's default view when the link names no quarter (rankings). */
  defaulted?: boolean
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const g = useGlobalParams()
  const { dataset, allQuarters } = useDataset(g.dataset)
  const search = useStableSearch()
  const dv = useMemo(() => (defaulted && dataset ? defaultView(dataset) : null), [defaulted, dataset])
  const validQ = qRaw && isQuarterId(qRaw) ? qRaw : null
  // Without a quarter in the link the section shown is the default view's when none is named either.
  const shown = raw ?? (dv && !validQ ? dv.section : 'overall')
  const quarter = validQ ?? dv?.quarter ?? allQuarters.at(-1)
  const file = quarter ? dataset?.quarters.get(quarter) : undefined
  // A quarter without a published section list can't rule a section out: keep them all selectable.
  const exists = (s: SectionOrOverall) =>
    s === 'overall' || !file || file.sections.length === 0 || file.sections.some((x) => x.id === s)
  return (
    <fieldset className="flex flex-wrap items-center gap-1">
      <legend className="sr-only">{t('section')}</legend>
      <span aria-hidden="true" className="mr-1 text-sm font-medium">
        {t('section')}
      </span>
      {SECTION_OR_OVERALL_IDS.map((s) => {
        const on = shown === s
        const ok = exists(s)
        return (
          <button
            key={s}
            type="button"
            aria-pressed={on}
            disabled={!ok && !on}
            title={ok ? undefined : t('sectionNotAssessed', { quarter })}
            onClick={() => {
              const next = search.read()
              // Choosing a section on the default view keeps its quarter (it would move with the section).
              if (dv && !validQ) next.set('quarter', dv.quarter)
              if (s === 'overall') next.delete('section')
              else next.set('section', s)
              next.delete('sort')
              search.set(next)
            }}
            className={cn(
              'rounded border px-2.5 py-1 text-sm whitespace-nowrap',
              on
                ? 'border-accent bg-accent font-semibold text-accent-ink'
                : 'border-line bg-surface hover:bg-surface-2',
              !ok && !on && 'cursor-not-allowed opacity-50',
            )}
          >
            {f.section(s)}
          </button>
        )
      })}
    </fieldset>
  )
})

/** Up red/down green (Chinese convention, default) or the reverse; kept in localStorage. */
export function UpDownSetting() {
  const { t } = useTranslation()
  const [v, setV] = useState<UpDownConvention>(readUpDown)
  const id = useId()
  return (
    <label htmlFor={id} className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('updown.label')}</span>
      <select
        id={id}
        value={v}
        onChange={(e) => {
          const next = e.target.value as UpDownConvention
          writeUpDown(next)
          setV(next)
        }}
        className="rounded border border-line bg-surface px-1 py-1"
        title={t('updown.label')}
      >
        <option value="cn">{t('updown.cn')}</option>
        <option value="intl">{t('updown.intl')}</option>
      </select>
    </label>
  )
}
