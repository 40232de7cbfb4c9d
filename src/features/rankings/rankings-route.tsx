import { useDeferredValue, useId, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { DataErrorPanel } from '../../components/data-error'
import { ExportToolbar } from '../../components/export/toolbar'
import { NotFoundPanel } from '../../components/not-found'
import { type RouteContext, RouteGate } from '../../components/route-gate'
import { VIRTUAL_ROW_THRESHOLD } from '../../components/virtual-rows'
import { districtsById } from '../../domain/model/dataset'
import { matchDistrictIds } from '../../domain/model/district-search'
import { MAX_STARS } from '../../domain/rules/stars'
import { completeTableOf, defaultQuarterFor, defaultView } from '../../domain/tables/default-quarter'
import { buildRankingTable, rowCoverage, starDiscrepancies } from '../../domain/tables/ranking-table'
import { cn } from '../../lib/cn'
import { dataText, splitMaxScore, useFormat } from '../../lib/format'
import { useHomeDistrict } from '../../lib/theme'
import { useDatasetKind } from '../../lib/use-dataset'
import { useHrefBuilder } from '../../lib/use-global-params'
import { useTranslation } from '../../lib/use-translation'
import { DistrictFilter } from './district-filter'
import { type RankingsState, rankingsUrl } from './model/url'
import { QuarterInfo } from './quarter-info'
import { RankingsTable } from './rankings-table'
import './i18n'

export function RankingsRoute() {
  return <RouteGate url={rankingsUrl}>{(ctx) => <RankingsView {...ctx} />}</RouteGate>
}

function RankingsView({ state: linked, update: setState, data, global }: RouteContext<RankingsState>) {
  const { t } = useTranslation(['rankings', 'common'])
  const f = useFormat()
  const href = useHrefBuilder()
  const datasetKind = useDatasetKind(global.dataset)
  const [home] = useHomeDistrict()
  const [params] = useSearchParams()
  // A link without a quarter opens on the newest complete table (default-quarter.ts); with a section
  // but no quarter, on that section's newest complete table.
  const fallback = useMemo(() => defaultView(data.dataset), [data.dataset])
  const bare = linked.quarter === undefined && !params.has('section') && !params.has('sec')
  const section = bare ? (fallback?.section ?? linked.section) : linked.section
  const quarter =
    linked.quarter ?? (bare ? fallback?.quarter : defaultQuarterFor(data.dataset, linked.section))
  const state: RankingsState = { ...linked, quarter, section }

  // Any change made on a defaulted view pins what it shows, so the link keeps meaning the same view.
  const update = (patch: Partial<RankingsState>, replace = false) =>
    setState(linked.quarter === undefined ? { quarter, section, ...patch } : patch, { replace })

  const table = useMemo(
    () => (quarter ? buildRankingTable(data.dataset, quarter, state.section) : null),
    [data.dataset, quarter, state.section],
  )
  // A county's thousands of units get a search box over the table (ten districts have the filter only).
  const large = (table?.rows.length ?? 0) > VIRTUAL_ROW_THRESHOLD
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const searchId = useId()
  const matched = useMemo(
    () => (large && deferredQuery.trim() ? matchDistrictIds(data.dataset.districts, deferredQuery) : null),
    [large, deferredQuery, data.dataset.districts],
  )
  const districtOrder = useMemo(
    () => new Map(data.dataset.districts.map((d, i) => [d.id, i] as const)),
    [data.dataset.districts],
  )
  const discrepancies = useMemo(
    () => (quarter ? starDiscrepancies(data.dataset, quarter) : []),
    [data.dataset, quarter],
  )

  // No quarter named and none complete among the files in so far: the default is not known yet.
  if (!quarter && data.pendingQuarters.size > 0) return <p aria-live="polite">{t('common:loading')}</p>
  if (!quarter || !data.allQuarters.includes(quarter))
    return (
      <NotFoundPanel message={t('common:notFound.quarter', { value: quarter ?? '' })}>
        <ul className="flex flex-wrap gap-2">
          {data.allQuarters.map((q) => (
            <li key={q}>
              <Link
                className="text-link underline"
                to={href('/rankings', {
                  quarter: q,
                  section: state.section === 'overall' ? undefined : state.section,
                })}
              >
                {f.quarter(q)}
              </Link>
            </li>
          ))}
        </ul>
      </NotFoundPanel>
    )
  const error = data.errors.get(quarter)
  const heading = (
    <h1 className="text-2xl font-bold">
      {f.quarter(quarter)} · {f.section(state.section)}
    </h1>
  )
  if (error)
    return (
      <div className="space-y-3">
        {heading}
        <DataErrorPanel error={error} context={t('common:error.quarter', { quarter })} />
      </div>
    )
  const file = data.dataset.quarters.get(quarter)
  if (!file || !table) return <p aria-live="polite">{t('common:loading')}</p>

  if (state.section !== 'overall' && table.reason === 'section-missing')
    return (
      <NotFoundPanel message={t('common:notFound.section', { quarter, value: f.section(state.section) })}>
        <ul className="flex flex-wrap gap-2">
          {['overall' as const, ...file.sections.map((s) => s.id)].map((s) => (
            <li key={s}>
              <Link
                className="text-link underline"
                to={href('/rankings', { quarter, section: s === 'overall' ? undefined : s })}
              >
                {f.section(s)}
              </Link>
            </li>
          ))}
        </ul>
      </NotFoundPanel>
    )

  const known = new Set(data.dataset.districts.map((d) => d.id))
  const unknownIds = state.districts.filter((d) => !known.has(d))
  const selected = state.districts.filter((d) => known.has(d))
  const chosen = selected.length ? new Set(selected) : null
  const rows =
    chosen || matched
      ? table.rows.filter(
          (r) => (!chosen || chosen.has(r.district.id)) && (!matched || matched.has(r.district.id)),
        )
      : table.rows
  const sectionNotes = discrepancies.filter((n) => n.section === state.section)
  // Rows whose only figures are rule-derived are not "published": counted apart.
  const coverage = rowCoverage(table.rows)
  const sectionMeta = state.section === 'overall' ? null : file.sections.find((s) => s.id === state.section)
  // A quarter without any complete table says so once, with a link to the newest one that has one.
  const sparse =
    fallback && fallback.quarter !== quarter && !completeTableOf(data.dataset, quarter)
      ? {
          published: rowCoverage(buildRankingTable(data.dataset, quarter, 'overall').rows).published,
          to: fallback,
        }
      : null

  return (
    <div className="space-y-4 projection:space-y-2" data-print="table-view">
      <div className="space-y-2 projection:space-y-1">
        {heading}
        {sparse && (
          <p
            role="note"
            data-testid="sparse-notice"
            className="rounded border border-line bg-surface-2 px-3 py-2"
          >
            {sparse.published > 0 ? t('sparse.some', { n: sparse.published }) : t('sparse.none')}
            <Link
              className="text-link underline"
              to={href('/rankings', {
                quarter: sparse.to.quarter,
                section: sparse.to.section === 'overall' ? undefined : sparse.to.section,
              })}
            >
              {t('sparse.link', { quarter: f.quarter(sparse.to.quarter) })}
            </Link>
          </p>
        )}
        {sectionMeta?.indicators && (
          <p className="text-sm text-muted">
            {sectionMeta.indicators}
            {sectionMeta.weight !== null && ` · ${t('weight', { w: sectionMeta.weight })}`}
          </p>
        )}
        <QuarterInfo
          file={file}
          sources={data.sources}
          discrepancies={discrepancies}
          districts={districtsById(data.dataset)}
        />
      </div>

      {unknownIds.length > 0 && (
        <div role="status" className="rounded border border-demo bg-demo-bg px-3 py-2 text-sm text-ink">
          {t('filter.unknown', { ids: f.list(unknownIds) })}{' '}
          {f.list(data.dataset.districts.map((d) => `${f.district(d)}${t('common:paren', { text: d.id })}`))}
        </div>
      )}
      {state.section === 'overall' && file.sections.length === 0 && (
        <p className="text-sm text-muted">{t('noSections', { quarter: f.quarter(quarter) })}</p>
      )}
      {!table.available && table.reason && (
        <p role="note" className="rounded border border-line bg-surface-2 px-3 py-2">
          {t('unavailable', {
            reason:
              table.reason === 'sections-unknown'
                ? t('sectionsUnknown')
                : dataText(table.reason, table.reasonEn ?? undefined, f.lang),
          })}
        </p>
      )}
      {state.section === 'overall' && coverage.unknown > 0 && (
        <p role="note" className="text-sm text-muted">
          {coverage.published + coverage.derived === 0
            ? t('noComposite')
            : coverage.derived > 0
              ? t('partialCompositeDerived', { n: coverage.published, d: coverage.derived })
              : t('partialComposite', { n: coverage.published })}
        </p>
      )}
      {sectionNotes.length > 0 && (
        <p
          role="note"
          className="rounded border border-line px-3 py-2 text-sm text-muted projection:py-1"
          data-testid="star-note"
        >
          {t('starNoteCallout', { n: sectionNotes.reduce((a, n) => a + n.differing.length, 0) })}
        </p>
      )}

      {/* Projection folds the filter away (nobody filters in front of the room) unless a link set one. */}
      <div
        className={cn(
          'flex flex-wrap items-center justify-between gap-2',
          selected.length === 0 && !large && 'projection:hidden',
        )}
      >
        <DistrictFilter
          districts={data.dataset.districts}
          selected={selected}
          onChange={(ids) => update({ districts: ids })}
        />
        {large && (
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={searchId} className="text-sm font-medium">
              {t('search.label')}
            </label>
            <input
              id={searchId}
              type="search"
              data-testid="rankings-search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('search.hint')}
              className="w-56 rounded border border-line bg-page px-2 py-1"
            />
          </div>
        )}
        {selected.length > 0 && !matched && (
          <p className="text-sm text-muted" aria-live="polite">
            {t('rowsShown', { n: rows.length, total: table.rows.length })}
          </p>
        )}
        {matched && (
          <p className="text-sm text-muted" aria-live="polite" data-testid="rankings-search-count">
            {rows.length
              ? t('search.found', { n: f.number(rows.length), total: f.number(table.rows.length) })
              : t('search.none', { query: deferredQuery.trim() })}
          </p>
        )}
      </div>

      <ExportToolbar
        build={async (text) => {
          const m = await import('./model/export-grid')
          const demo = datasetKind === 'demo'
          const names = data.dataset.districts.filter((d) => chosen?.has(d.id)).map(text.district)
          return m.rankingsGrid(
            { table, rows, sort: state.sort, demo, dataset: global.dataset, order: districtOrder },
            m.quarterMeta(text, {
              quarters: [quarter],
              section: state.section,
              files: [file],
              sources: data.sources,
              demo,
              extra: names.length ? [{ label: text.t('export:filter'), value: text.list(names) }] : [],
            }),
            text,
          )
        }}
      />
      <RankingsTable
        home={home}
        rows={rows}
        allRows={table.rows}
        order={districtOrder}
        section={state.section}
        max={
          table.weight === null
            ? null
            : state.section === 'overall'
              ? splitMaxScore(
                  table.weight,
                  file.sections.map((s) => s.weight),
                  file.bonusItems,
                )
              : { base: table.weight, bonus: null }
        }
        maxStars={file.sections.length ? file.sections.length * MAX_STARS : null}
        quarter={quarter}
        sort={state.sort}
        onSortChange={(sort) => update({ sort }, true)}
        caption={t('caption', {
          quarter: f.quarter(quarter),
          section: f.section(state.section),
        })}
      />
    </div>
  )
}
