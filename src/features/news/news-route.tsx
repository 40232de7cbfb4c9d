/**
 * #/news: every highlight, newest first, filterable by district, quarter and event, with text
 * search over titles and summaries; state in the URL (./model/url.ts). News text is data:
 * it is rendered as React text only, never as HTML.
 */
import { useQuery } from '@tanstack/react-query'
import { useId, useMemo } from 'react'
import { Link } from 'react-router'
import { DataErrorPanel } from '../../components/data-error'
import { DistrictLink } from '../../components/district-link'
import { ExportToolbar } from '../../components/export/toolbar'
import { NewsCard } from '../../components/news-card'
import { ParamProblems } from '../../components/route-gate'
import { resolveDistrictId } from '../../domain/model/district-search'
import { newsEvents, newsQuarters } from '../../domain/tables/news-filter'
import { useFormat } from '../../lib/format'
import { newsQueryOptions } from '../../lib/queries'
import { useDataset, useDatasetKind } from '../../lib/use-dataset'
import { useGlobalParams, useHrefBuilder } from '../../lib/use-global-params'
import { useRouteState } from '../../lib/use-route-state'
import { useTranslation } from '../../lib/use-translation'
import { newsCards } from './model/news-view'
import { type NewsState, newsUrl } from './model/url'
import './i18n'

const fieldClass = 'w-full rounded border border-line bg-surface px-2 py-1'

export function NewsRoute() {
  const { t } = useTranslation(['news', 'common'])
  const f = useFormat()
  const g = useGlobalParams()
  const href = useHrefBuilder()
  const ids = { district: useId(), quarter: useId(), event: useId(), q: useId() }
  const { state, problems, update: setState } = useRouteState(newsUrl)
  const data = useDataset(g.dataset)
  const datasetKind = useDatasetKind(g.dataset)
  const news = useQuery(newsQueryOptions(g.dataset))
  const ds = data.dataset

  const districtId = ds && state.district ? resolveDistrictId(ds.districts, state.district) : null
  const unknownDistrict = Boolean(ds && state.district && !districtId)
  const all = useMemo(() => news.data ?? [], [news.data])
  const events = useMemo(() => newsEvents(all), [all])
  const quarters = useMemo(() => newsQuarters(all), [all])
  // Results beside a statement need every quarter (derived ranks come from neighbours).
  const ready = Boolean(ds && data.pendingQuarters.size === 0)
  // A quarter whose file failed validation: its cards say the file has an error, not "no data".
  const invalid = useMemo(() => new Set(data.errors.keys()), [data.errors])
  const cards = useMemo(
    () =>
      newsCards(
        ds ?? undefined,
        all,
        { district: districtId ?? undefined, quarter: state.quarter, event: state.event, q: state.q },
        ready,
        invalid,
      ),
    [ds, all, districtId, state.quarter, state.event, state.q, ready, invalid],
  )

  const update = (patch: Partial<NewsState>, replace = false) => setState(patch, { replace })
  const filtered = Boolean(state.district || state.quarter || state.event || state.q.trim())

  if (data.fatal) return <DataErrorPanel error={data.fatal} context={t('common:error.fatal')} />
  return (
    <div className="space-y-4" data-print="table-view">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-sm text-muted">{t('intro')}</p>
      </div>
      <ParamProblems problems={problems} />
      {unknownDistrict && ds && (
        <div role="status" className="rounded border border-demo bg-demo-bg px-3 py-2 text-sm text-ink">
          {t('unknownDistrict', { value: state.district })}{' '}
          <span className="inline-flex flex-wrap gap-x-2">
            {ds.districts.map((d) => (
              <DistrictLink key={d.id} district={d} />
            ))}
          </span>
        </div>
      )}

      <search aria-label={t('filters')} className="block rounded border border-line bg-surface p-3">
        <form
          className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_2fr_2fr_auto] lg:items-end"
          onSubmit={(e) => e.preventDefault()}
        >
          <FilterSelect
            id={ids.district}
            label={t('district')}
            allLabel={t('all')}
            value={districtId ?? ''}
            onChange={(v) => update({ district: v || undefined })}
            options={(ds?.districts ?? []).map((d) => ({ value: d.id, label: f.district(d) }))}
          />
          <FilterSelect
            id={ids.quarter}
            label={t('quarter')}
            allLabel={t('all')}
            value={state.quarter ?? ''}
            onChange={(v) => update({ quarter: (v || undefined) as NewsState['quarter'] })}
            options={quarters.map((q) => ({ value: q, label: f.quarter(q) }))}
          />
          <FilterSelect
            id={ids.event}
            label={t('event')}
            allLabel={t('all')}
            value={state.event ?? ''}
            onChange={(v) => update({ event: v || undefined })}
            options={events.map((e) => ({
              value: e.date,
              label: t('eventOption', { date: f.date(e.date), names: f.list(e.names), count: e.count }),
            }))}
          />
          <div>
            <label htmlFor={ids.q} className="block text-sm font-medium">
              {t('search')}
            </label>
            <input
              id={ids.q}
              type="search"
              className={fieldClass}
              value={state.q}
              placeholder={t('searchPlaceholder')}
              onChange={(e) => update({ q: e.target.value }, true)}
            />
          </div>
          <div>
            {filtered && (
              <Link className="inline-block py-1 text-link underline" to={href('/news')}>
                {t('clear')}
              </Link>
            )}
          </div>
        </form>
      </search>

      {news.error ? (
        <DataErrorPanel error={news.error} />
      ) : !news.data || (state.district && !ds) ? (
        // A district filter is resolved against the dataset's districts: until they are here, the
        // list would show every item as if unfiltered.
        <p aria-live="polite">{t('common:loading')}</p>
      ) : (
        <>
          <p role="status" className="text-sm text-muted" data-testid="news-count">
            {t('count', { n: cards.length, total: all.length })}
          </p>
          {cards.length > 0 && (
            <ExportToolbar
              build={async (text) => {
                const m = await import('./model/export-grid')
                const demo = datasetKind === 'demo'
                const district = ds?.districts.find((d) => d.id === districtId)
                const event = events.find((e) => e.date === state.event)
                const filters = [
                  district && { label: t('district'), value: f.district(district) },
                  state.quarter && { label: t('quarter'), value: f.quarter(state.quarter) },
                  event && { label: t('event'), value: f.list(event.names) },
                  state.q.trim() && { label: text.t('export:search'), value: state.q.trim() },
                ].filter((x): x is { label: string; value: string } => Boolean(x))
                const asOf =
                  cards
                    .map((c) => c.item.eventDate)
                    .sort()
                    .at(-1) ?? null
                return m.newsGrid(
                  {
                    cards,
                    sources: data.sources,
                    demo,
                    dataset: g.dataset,
                    nameParts: [districtId ?? undefined, state.quarter],
                  },
                  m.listMeta(text, { demo, asOf, extra: filters }),
                  text,
                )
              }}
            />
          )}
          {cards.length === 0 ? (
            <p className="rounded border border-line bg-surface p-4">{t('none')}</p>
          ) : (
            <ol aria-label={t('listLabel')} className="space-y-3" data-testid="news-list">
              {cards.map(({ item, district, results }) => (
                <li key={item.id}>
                  <NewsCard
                    item={item}
                    district={district}
                    sources={data.sources}
                    results={results}
                    headingLevel={2}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  )
}

/**
 * A labelled filter <select> with an "all" option. A value from the URL that isn't among the
 * options is still shown (as itself), so the control never silently displays another filter.
 */
function FilterSelect({
  id,
  label,
  allLabel,
  value,
  onChange,
  options,
}: {
  id: string
  label: string
  allLabel: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} className={fieldClass} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {value && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
