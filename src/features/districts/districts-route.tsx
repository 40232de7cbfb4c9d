/**
 * #/districts (the index) and #/districts/:id (one district's report card, or two side by side
 * with &compare=). URL state lives in ./model/url.ts; everything shown is computed by plain
 * functions (domain/tables/district-history, and ./model: districts-index, section-breakdown,
 * streaks, district-peers, district-news) and worded here through i18next.
 */

import { useMemo } from 'react'
import { Link, Navigate, useParams } from 'react-router'
import { DataErrorPanel } from '../../components/data-error'
import { DistrictLink } from '../../components/district-link'
import { ExportToolbar } from '../../components/export/toolbar'
import { FlagBadge } from '../../components/flag-badge'
import { HomeBadge } from '../../components/home-badge'
import { NotFoundPanel } from '../../components/not-found'
import { ParamProblems } from '../../components/route-gate'
import { SaveImageButton } from '../../components/save-image-button'
import { FigureValue, StatusMark } from '../../components/status-mark'
import { districtsById } from '../../domain/model/dataset'
import { resolveDistrictId } from '../../domain/model/district-search'
import type { QuarterId } from '../../domain/model/quarter'
import type { District } from '../../domain/model/schema'
import { districtDefaultQuarter } from '../../domain/tables/default-quarter'
import { districtEntry, districtHistory, historySections } from '../../domain/tables/district-history'
import { searchString } from '../../domain/url/params'
import { useFormat } from '../../lib/format'
import { useHomeDistrict } from '../../lib/theme'
import { useAfterFirstPaint } from '../../lib/use-after-first-paint'
import { type DatasetState, useDataset, useDatasetKind } from '../../lib/use-dataset'
import { useGlobalParams, useHrefBuilder } from '../../lib/use-global-params'
import { useRouteState } from '../../lib/use-route-state'
import { useTranslation } from '../../lib/use-translation'
import { CompareView } from './compare-view'
import { DistrictHeader } from './district-header'
import { HistoryCharts, HistoryTable, StreakList } from './district-history-view'
import { DistrictNews } from './district-news'
import { HomeToggle } from './home-toggle'
import { peersOf } from './model/district-peers'
import { districtsIndex } from './model/districts-index'
import { sectionBreakdown } from './model/section-breakdown'
import { historyStreaks } from './model/streaks'
import { type DistrictPageState, districtPageUrl, serializeDistrictPage } from './model/url'
import { PeersNav } from './peers-nav'
import { SectionBreakdownTable } from './section-breakdown-table'
import { useFlagWords } from './words'
import './i18n'
import { PrintIcon } from '../../components/icons'

/** The ten districts as links, keeping the quarter: what a not-found page offers instead. */
function DistrictList({ districts, quarter }: { districts: District[]; quarter: string | undefined }) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="district-list">
      {districts.map((d) => (
        <li key={d.id}>
          <DistrictLink district={d} quarter={quarter} />
          <span className="ml-1 text-xs text-muted">{d.id}</span>
        </li>
      ))}
    </ul>
  )
}

/** Shared guard for both routes: fatal errors, loading, and a quarter that does not exist. */
function useQuarterGuard(
  data: DatasetState,
  requested: QuarterId | undefined,
  basePath: string,
  districtId?: string,
) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const href = useHrefBuilder()
  // Without a quarter in the link a district page opens on the district's newest quarter with a figure
  // (default-quarter.ts), computed once every file is in; the index, about "latest", on the newest.
  const ds = data.pendingQuarters.size === 0 ? data.dataset : undefined
  const fallback = useMemo(
    () => (ds && districtId ? districtDefaultQuarter(ds, districtId) : undefined),
    [ds, districtId],
  )
  const quarter = requested ?? fallback ?? data.allQuarters.at(-1)
  let block: React.ReactNode = null
  if (data.fatal) block = <DataErrorPanel error={data.fatal} context={t('common:error.fatal')} />
  // Until the core files (and the manifest's list of quarters) are in, no quarter is known to be missing.
  else if (!data.dataset) block = <p aria-live="polite">{t('common:loading')}</p>
  else if (!quarter || !data.allQuarters.includes(quarter))
    block = (
      <NotFoundPanel message={t('unknownQuarter', { value: quarter ?? '' })}>
        <ul className="flex flex-wrap gap-2">
          {data.allQuarters.map((q) => (
            <li key={q}>
              <Link className="text-link underline" to={href(basePath, { quarter: q })}>
                {f.quarter(q)}
              </Link>
            </li>
          ))}
        </ul>
      </NotFoundPanel>
    )
  // The page needs every quarter (history, streaks, derived ranks), so wait for all files.
  else if (data.pendingQuarters.size > 0) block = <p aria-live="polite">{t('common:loading')}</p>
  return { quarter: quarter as QuarterId, block }
}

/** Link problems, kept off the printed card. */
const PROBLEMS_CLASS = 'no-print rounded border border-line bg-surface-2 px-3 py-2 text-sm'

export function DistrictsIndexRoute() {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const g = useGlobalParams()
  const { state, problems } = useRouteState(districtPageUrl)
  const [home] = useHomeDistrict()
  const data = useDataset(g.dataset)
  const { quarter, block } = useQuarterGuard(data, state.quarter, '/districts')
  const ds = data.dataset
  const flagWords = useFlagWords()
  const rows = useMemo(() => (block || !ds ? [] : districtsIndex(ds, quarter)), [block, ds, quarter])
  if (block) return block
  const caption = t('indexCaption', { quarter: f.quarter(quarter) })
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">
        {t('indexTitle')} <span className="text-lg font-semibold text-muted">{f.quarter(quarter)}</span>
      </h1>
      <p className="text-muted">{t('indexIntro')}</p>
      <ParamProblems problems={problems} className={PROBLEMS_CLASS} />
      {data.errors.get(quarter) && (
        <DataErrorPanel
          error={data.errors.get(quarter) as Error}
          context={t('common:error.quarter', { quarter })}
        />
      )}
      <section
        className="relative overflow-x-auto rounded border border-line bg-surface"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        aria-label={caption}
      >
        <table className="w-full min-w-[36rem] border-collapse text-left" data-testid="districts-index">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-surface-2 text-sm">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('col.rank')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('col.district')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('col.score')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('col.flags')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('col.latest')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ district, latest, ...entry }) => (
              <tr
                key={district.id}
                data-district={district.id}
                data-home={district.id === home ? '' : undefined}
                className="border-t border-line"
              >
                <td className="px-3 py-2">
                  <FigureValue figure={entry.rank} format={f.number} className="text-lg font-bold tabular" />
                  {entry.rank.status !== 'not-published' && (
                    <StatusMark figure={entry.rank} className="ml-1" />
                  )}
                </td>
                <td className="px-3 py-2">
                  <DistrictLink district={district} quarter={state.quarter} />
                  {district.id === home && <HomeBadge />}
                </td>
                <td className="px-3 py-2">
                  <FigureValue figure={entry.score} format={f.score} className="tabular" />
                </td>
                <td className="px-3 py-2">
                  <span className="flex flex-wrap gap-1">
                    {entry.flags.map((fl) => (
                      <FlagBadge
                        key={fl.flag}
                        flag={fl.flag}
                        status={fl.status}
                        title={flagWords.title(fl)}
                      />
                    ))}
                  </span>
                </td>
                <td className="px-3 py-2 text-sm">
                  {latest ? (
                    <FigureValue
                      figure={latest.rank}
                      format={(v) => t('latestKnown', { quarter: latest.quarter, rank: f.number(v) })}
                    />
                  ) : (
                    <span className="text-missing">{t('noneKnown')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}

export function DistrictRoute() {
  const { id = '' } = useParams()
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const href = useHrefBuilder()
  const g = useGlobalParams()
  const { state, problems, params } = useRouteState(districtPageUrl)
  const data = useDataset(g.dataset)
  const datasetKind = useDatasetKind(g.dataset)
  const { quarter, block } = useQuarterGuard(data, state.quarter, `/districts/${id}`, id)
  // History and news start below the fold: they come a frame after the page's top is painted.
  const later = useAfterFirstPaint()
  const ds = data.dataset

  const byId = ds ? districtsById(ds) : undefined
  const district = byId?.get(id)
  const compareDistrict = state.compare ? byId?.get(state.compare) : undefined

  // Quarters whose file exists but failed validation: said as an error, never as 未公布.
  const invalid = useMemo(() => new Set(data.errors.keys()), [data.errors])
  const view = useMemo(() => {
    if (block || !ds || !district) return null
    const history = districtHistory(ds, district.id, invalid)
    return {
      history,
      entry: history.find((e) => e.quarter === quarter) ?? districtEntry(ds, quarter, district.id, invalid),
      streaks: historyStreaks(history),
      breakdown: sectionBreakdown(ds, quarter, district.id),
      peers: peersOf(ds, quarter, district.id),
    }
  }, [block, ds, district, quarter, invalid])
  const compareHistory = useMemo(
    () => (ds && compareDistrict && !block ? districtHistory(ds, compareDistrict.id, invalid) : null),
    [ds, compareDistrict, block, invalid],
  )

  if (data.fatal || !ds) return block ?? <p aria-live="polite">{t('common:loading')}</p>
  if (!district) {
    // A name or alias typed into the URL (#/districts/西海岸新区) goes to the canonical page.
    const resolved = resolveDistrictId(ds.districts, safeDecode(id))
    if (resolved) return <Navigate replace to={`/districts/${resolved}${searchString(params)}`} />
    return (
      <NotFoundPanel message={t('notFoundIntro', { id })}>
        <DistrictList districts={ds.districts} quarter={state.quarter} />
      </NotFoundPanel>
    )
  }
  if (block || !view) return block

  const to = (districtId: string, patch: Partial<DistrictPageState> = {}) => {
    const next = { ...state, ...patch }
    if (next.compare === districtId) next.compare = undefined
    return `/districts/${districtId}${searchString(serializeDistrictPage(next, params))}`
  }
  const error = data.errors.get(quarter)
  const errorPanel = error && (
    <DataErrorPanel error={error} context={t('quarterError', { quarter: f.quarter(quarter) })} />
  )
  // The district's place in the districts file picks its colour (the same on every page).
  const districtIndex = ds.districts.indexOf(district)

  const peersNav = (
    <PeersNav
      peers={view.peers}
      quarter={quarter}
      district={district}
      districts={ds.districts}
      compare={state.compare}
      linkTo={(other) => to(other)}
      compareTo={(other) => to(district.id, { compare: other || undefined })}
    />
  )

  const demo = datasetKind === 'demo'
  const quarterFiles = (qs: QuarterId[]) =>
    qs.flatMap((q) => {
      const file = ds.quarters.get(q)
      return file ? [file] : []
    })
  if (compareDistrict && compareHistory && compareDistrict.id !== district.id) {
    const b = {
      district: compareDistrict,
      entry:
        compareHistory.find((e) => e.quarter === quarter) ??
        districtEntry(ds, quarter, compareDistrict.id, invalid),
      history: compareHistory,
      colorIndex: ds.districts.indexOf(compareDistrict),
    }
    return (
      <div className="space-y-4">
        <ParamProblems problems={problems} className={PROBLEMS_CLASS} />
        {peersNav}
        {errorPanel}
        <ExportToolbar
          build={async (text) => {
            const m = await import('./model/export-grid')
            return m.compareGrid(
              { a: { district, entry: view.entry }, b, quarter, demo, dataset: g.dataset },
              m.quarterMeta(text, {
                quarters: [quarter],
                files: quarterFiles([quarter]),
                sources: data.sources,
                demo,
              }),
              text,
            )
          }}
        />
        <CompareView
          a={{ district, entry: view.entry, history: view.history, colorIndex: districtIndex }}
          b={b}
          quarter={quarter}
          districtCount={ds.districts.length}
          closeTo={to(district.id, { compare: undefined })}
          swapTo={to(compareDistrict.id, { compare: district.id })}
        />
      </div>
    )
  }

  return (
    <article className="district-report space-y-4" data-print="district-report" data-testid="district-page">
      <ParamProblems problems={problems} className={PROBLEMS_CLASS} />
      {state.compare && (
        <div
          role="status"
          className="no-print rounded border border-demo bg-demo-bg px-3 py-2 text-sm text-ink"
        >
          {state.compare === district.id ? (
            t('compareSame')
          ) : (
            <>
              {t('compareUnknown', { id: state.compare })}
              <DistrictList
                districts={ds.districts.filter((d) => d.id !== district.id)}
                quarter={state.quarter}
              />
            </>
          )}
        </div>
      )}
      <DistrictHeader
        district={district}
        entry={view.entry}
        districtCount={ds.districts.length}
        streaks={view.streaks}
        dataset={ds.id}
        error={errorPanel}
        actions={
          <>
            <Link
              className="no-print self-center text-sm text-link underline"
              to={href('/districts', state.quarter ? { quarter: state.quarter } : undefined)}
            >
              {t('indexTitle')}
            </Link>
            <HomeToggle id={district.id} />
            <button
              type="button"
              onClick={() => window.print()}
              className="no-print rounded border border-line px-2 py-1 text-sm hover:bg-surface-2"
            >
              <PrintIcon /> {t('print')}
            </button>
            <SaveImageButton
              target={() => document.querySelector('[data-testid="district-page"]')}
              title={`${f.district(district)} · ${f.quarter(quarter)}`}
              sourceIds={ds.quarters.get(quarter)?.notice.sources ?? []}
              sources={data.sources}
              dataset={ds.id}
              fileName={`leitai-${district.id}-${quarter}.png`}
            />
          </>
        }
      />
      {peersNav}
      {/* A broken file has no breakdown to show; the error panel above stands in for it. */}
      {!error && (
        <SectionBreakdownTable
          rows={view.breakdown}
          district={district}
          districts={byId ?? new Map()}
          quarter={quarter}
        />
      )}
      {!error && (
        <ExportToolbar
          print={false}
          build={async (text) => {
            const m = await import('./model/export-grid')
            return m.breakdownGrid(
              {
                rows: view.breakdown,
                district,
                districts: byId ?? new Map(),
                quarter,
                demo,
                dataset: g.dataset,
              },
              m.quarterMeta(text, {
                quarters: [quarter],
                files: quarterFiles([quarter]),
                sources: data.sources,
                demo,
                extra: [{ label: text.t('export:district'), value: text.district(district) }],
              }),
              text,
            )
          }}
        />
      )}
      {!later && <div aria-hidden="true" data-testid="district-page-later" className="min-h-[48rem]" />}
      {later && (
        <section aria-labelledby="history-h" className="space-y-2">
          {/* The charts' reading note sits beside the heading: one line less on the one-page print card. */}
          <div className="flex flex-wrap items-baseline gap-x-3">
            <h2 id="history-h" className="text-xl font-bold">
              {t('historyTitle')}
            </h2>
            <p className="text-sm text-muted">{t('historyChartsTitle')}</p>
          </div>
          <HistoryCharts
            histories={[{ district, entries: view.history, colorIndex: districtIndex }]}
            districtCount={ds.districts.length}
            sections={['overall', ...historySections(view.history)]}
          />
          <HistoryTable district={district} entries={view.history} current={quarter} />
          <ExportToolbar
            print={false}
            build={async (text) => {
              const m = await import('./model/export-grid')
              const qs = view.history.map((e) => e.quarter)
              const ends = qs.length > 1 ? [qs[0], qs.at(-1)] : qs
              return m.historyGrid(
                {
                  district,
                  entries: view.history,
                  sections: historySections(view.history),
                  demo,
                  dataset: g.dataset,
                },
                m.quarterMeta(text, {
                  quarters: ends.filter((q): q is QuarterId => Boolean(q)),
                  files: quarterFiles(qs),
                  sources: data.sources,
                  demo,
                  extra: [{ label: text.t('export:district'), value: text.district(district) }],
                }),
                text,
              )
            }}
          />
          <StreakList streaks={view.streaks} />
        </section>
      )}
      {later && (
        <DistrictNews
          dataset={ds}
          district={district}
          sources={data.sources}
          quarter={quarter}
          invalid={invalid}
        />
      )}
      {/* On paper, say where the live page is. */}
      <p className="hidden text-xs print:block">{window.location.href}</p>
    </article>
  )
}

/** Percent-decoding that never throws: `#/districts/%` is an unknown district (not-found panel), not a crash. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
