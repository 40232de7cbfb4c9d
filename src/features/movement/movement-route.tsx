/**
 * The movement view (#/movement): who moved, by how much, and why. A bump chart of ranks or scores
 * over a quarter range (recharts, lazily loaded by this already-lazy route, so the tables and the
 * brief render before the chart library arrives), the change table as its text alternative, the
 * movers brief for the range's last quarter, and the "why it moved" split.
 */

import { lazy, Suspense, useMemo, useState } from 'react'
import { Link } from 'react-router'
import { DataErrorPanel } from '../../components/data-error'
import { ExportToolbar } from '../../components/export/toolbar'
import { NotFoundPanel } from '../../components/not-found'
import { ParamProblems, type RouteContext, RouteGate } from '../../components/route-gate'
import { SaveImageButton } from '../../components/save-image-button'
import { figureValue } from '../../domain/model/figure'
import type { QuarterId } from '../../domain/model/quarter'
import { defaultMove } from '../../domain/tables/default-quarter'
import { useFormat } from '../../lib/format'
import { useHomeDistrict } from '../../lib/theme'
import { useDatasetKind } from '../../lib/use-dataset'
import { useHrefBuilder } from '../../lib/use-global-params'
import { useTranslation } from '../../lib/use-translation'
import { ChangeTable } from './change-table'
import { weightBreaks } from './model/chart-data'
import { decomposeChange } from './model/decomposition'
import {
  buildMovementSeries,
  buildRangeChanges,
  type MovementSeries,
  unplottedDistricts,
} from './model/movement-series'
import { buildMoversBrief } from './model/movers'
import { type MovementState, movementUrl, resolveRange, serializeMovement } from './model/url'
import { ChartKey, DistrictLegend, RangeControls } from './movement-controls'
import { MoversBriefPanel } from './movers-brief'
import { WhyMoved } from './why-moved'
import './i18n'

const BumpChart = lazy(() => import('./bump-chart'))

/**
 * The score axis names the maximum; when it changes inside the range (经济运行 60 → 50 from
 * 2023Q3) both are named. Example: weights [60, 60, 50] → "60→50"; all null → null.
 */
function weightLabel(ms: MovementSeries): string | null {
  const ws: number[] = []
  for (const w of ms.weights) if (w.weight !== null && ws.at(-1) !== w.weight) ws.push(w.weight)
  return ws.length ? ws.join('→') : null
}

export function MovementRoute() {
  // Link problems are named below the controls, where the view's own notes are.
  return (
    <RouteGate url={movementUrl} showProblems={false}>
      {(ctx) => <MovementView {...ctx} />}
    </RouteGate>
  )
}

function MovementView({ state, problems, update: setState, data, global: g }: RouteContext<MovementState>) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  const href = useHrefBuilder()
  const [active, setActive] = useState<string | null>(null)
  const [home] = useHomeDistrict()
  const datasetKind = useDatasetKind(g.dataset)

  const update = (patch: Partial<MovementState>, replace = false) => setState(patch, { replace })

  const range = resolveRange(state, data.allQuarters)
  const ds = data.dataset
  // Derived views wait for every quarter file, so a half-loaded range never draws a false gap.
  const loaded = ds && data.pendingQuarters.size === 0 ? ds : null
  const rFrom = range.ok ? range.from : null
  const rTo = range.ok ? range.to : null
  // Quarters whose file exists but failed validation: named as errors, never drawn as a plain gap.
  const invalid = useMemo(() => new Set(data.errors.keys()), [data.errors])
  const series = useMemo(
    () => (loaded && rFrom && rTo ? buildMovementSeries(loaded, rFrom, rTo, state.section, invalid) : null),
    [loaded, rFrom, rTo, state.section, invalid],
  )
  const changes = useMemo(() => (series && loaded ? buildRangeChanges(series, loaded) : []), [series, loaded])
  const brief = useMemo(() => (loaded && rTo ? buildMoversBrief(loaded, rTo) : null), [loaded, rTo])

  if (!range.ok) {
    if (!data.allQuarters.length) return <p aria-live="polite">{t('common:loading')}</p>
    return (
      <>
        {/* Other parameters the link got wrong are named too, not hidden behind the missing quarter. */}
        <ParamProblems
          problems={problems}
          className="mb-3 rounded border border-line bg-surface-2 px-3 py-2 text-sm"
        />
        <NotFoundPanel message={t('common:notFound.quarter', { value: f.list(range.unknown) })}>
          <ul className="flex flex-wrap gap-2">
            {data.allQuarters.map((q) => (
              <li key={q}>
                <Link
                  className="text-link underline"
                  to={href(
                    '/movement',
                    serializeMovement({
                      ...state,
                      from: state.from && range.unknown.includes(state.from) ? q : state.from,
                      to: state.to && range.unknown.includes(state.to) ? q : state.to,
                    }),
                  )}
                >
                  {f.quarter(q)}
                </Link>
              </li>
            ))}
          </ul>
        </NotFoundPanel>
      </>
    )
  }
  if (!ds || !series || !brief) return <p aria-live="polite">{t('common:loading')}</p>

  const { from, to } = range
  const sectionName = f.section(state.section)
  const metricName = t(`metric.${state.metric}`)
  const known = new Set(ds.districts.map((d) => d.id))
  const unknownIds = state.districts.filter((d) => !known.has(d))
  const selected = state.districts.filter((d) => known.has(d))
  // No district chosen in the link: 我的区市 is the one in colour (the others grey, not hidden), and says so.
  const homeLit = !selected.length && home ? ds.districts.find((d) => d.id === home) : undefined
  const unplotted = unplottedDistricts(series, state.metric)
  const errorsInRange = series.quarters.filter((q) => data.errors.has(q))
  // "2023Q2*": the asterisk is how the x axis marks a quarter without a data file, "!" one whose
  // file has an error.
  const gapText = series.gaps.map((gp) => {
    const mark = gp.reason === 'no-file' ? '*' : gp.reason === 'invalid' ? '!' : ''
    const why = t(`gap.${gp.reason}`)
    return `${gp.quarter}${mark}${t('common:paren', { text: why })}`
  })
  const gapList = f.list(gapText)
  // The quarters of the range where this table has any figure, and whether any change is known at all.
  const withData = series.quarters.filter((_, i) =>
    series.series.some((x) => {
      const p = x.points[i]
      return p !== undefined && (figureValue(p.rank) !== null || figureValue(p.score) !== null)
    }),
  )
  // A broken file in the range keeps the table: its columns name the file, which a sentence would hide.
  const nothingToCompare =
    !series.quarters.some((q) => invalid.has(q)) &&
    changes.every((c) => c.rankDelta.kind !== 'known' && c.scoreDelta.kind !== 'known')
  const w = weightLabel(series)
  // A change of maximum inside the range makes score changes partly a change of scale.
  const breaks = weightBreaks(series.weights)
  const yLabel =
    state.metric === 'rank' ? t('axis.rank') : w ? t('axis.score', { w }) : t('axis.scoreNoWeight')

  // "Why it moved" explains the chosen district, else the first selected one, else the quarter's
  // biggest composite riser, else the first district: there is always something to show.
  // Without an end quarter in the link, it explains the newest pair of quarters that both have data
  // and a district that moved (default-quarter.ts), not a pair where nothing is known.
  const move = !state.to && !state.why && !selected.length ? defaultMove(ds) : null
  const whyQuarter = move?.quarter ?? to
  const whyId =
    (state.why && known.has(state.why) ? state.why : undefined) ??
    selected[0] ??
    move?.district ??
    brief.composite.biggestRise[0]?.district.id ??
    ds.districts[0]?.id
  const whyDistrict = ds.districts.find((d) => d.id === whyId) ?? ds.districts[0]
  const decomposition = whyDistrict ? decomposeChange(ds, whyDistrict, whyQuarter, invalid) : null

  return (
    <div className="space-y-4" data-print="table-view" data-print-page="wide">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t('title')} · {t('heading', { section: sectionName, from: f.quarter(from), to: f.quarter(to) })}
        </h1>
        <RangeControls
          quarters={data.allQuarters}
          from={from}
          to={to}
          metric={state.metric}
          onChange={(patch) => update(patch)}
        />
      </div>

      <ParamProblems problems={problems} />
      {range.swapped && (
        <p role="status" className="rounded border border-line bg-surface-2 px-3 py-2 text-sm">
          {t('range.swapped', { from, to })}
        </p>
      )}
      {unknownIds.length > 0 && (
        <p role="status" className="rounded border border-demo bg-demo-bg px-3 py-2 text-sm text-ink">
          {t('districts.unknown', { ids: f.list(unknownIds) })}{' '}
          {f.list(ds.districts.map((d) => `${f.district(d)}${t('common:paren', { text: d.id })}`))}
        </p>
      )}
      {errorsInRange.map((q) => {
        const err = data.errors.get(q)
        return err ? (
          <DataErrorPanel key={q} error={err} context={t('common:error.quarter', { quarter: q })} />
        ) : null
      })}

      <section
        aria-label={t('chartLabel', { section: sectionName, metric: metricName, from, to })}
        data-testid="movement-chart"
        className="space-y-2 rounded border border-line bg-surface p-3"
      >
        <div className="flex justify-end">
          <SaveImageButton
            target={() => document.querySelector('[data-testid="movement-chart"]')}
            title={t('chartLabel', { section: sectionName, metric: metricName, from, to })}
            sourceIds={series.quarters.flatMap((q) => ds.quarters.get(q)?.notice.sources ?? [])}
            sources={data.sources}
            dataset={ds.id}
            fileName={`leitai-movement-${from}-${to}-${state.section}-${state.metric}.png`}
          />
        </div>
        <DistrictLegend
          districts={ds.districts}
          selected={selected}
          unplotted={new Set(unplotted.map((d) => d.id))}
          onToggle={(id) =>
            update({
              districts: selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id],
            })
          }
          onClear={() => update({ districts: [] })}
          onActive={setActive}
        />
        {homeLit && (
          <p className="text-sm text-muted" data-testid="home-lit">
            {t('homeLit', { name: f.district(homeLit) })}
          </p>
        )}
        <Suspense
          fallback={
            <p
              className="flex h-[440px] items-center justify-center text-muted projection:h-[620px]"
              aria-live="polite"
            >
              {t('chartLoading')}
            </p>
          }
        >
          <BumpChart
            series={series}
            metric={state.metric}
            selected={homeLit ? [homeLit.id] : selected}
            active={active}
            onActive={setActive}
            yLabel={yLabel}
            projection={g.theme === 'projection'}
            ariaLabel={t('chartLabel', { section: sectionName, metric: metricName, from, to })}
          />
        </Suspense>
        <ChartKey invalid={series.gaps.some((gp) => gp.reason === 'invalid')} />
        <div className="space-y-1 text-sm text-muted" data-testid="chart-notes">
          {series.gaps.length > 0 && <p data-testid="gaps-note">{t('gapsNote', { list: gapList })}</p>}
          {unplotted.length === ds.districts.length ? (
            <p className="text-missing">{t('noData', { metric: metricName })}</p>
          ) : (
            unplotted.length > 0 && (
              <p data-testid="unplotted-note">
                {t('unplotted', {
                  metric: metricName,
                  names: f.list(unplotted.map(f.district)),
                })}
              </p>
            )
          )}
        </div>
      </section>

      {breaks.length > 0 && (
        <p
          role="note"
          data-testid="weight-note"
          className="rounded border border-dashed border-line px-3 py-2 text-sm"
        >
          ≠{' '}
          {t('weightNote', {
            section: sectionName,
            list: breaks
              .map((b) => t('weightBreak', { quarter: b.quarter, from: b.from, to: b.to }))
              .join(t('common:semicolon')),
          })}
        </p>
      )}
      {nothingToCompare ? (
        // A table of nothing but 未公布 says less than one sentence: which quarters have this table.
        <p
          role="note"
          data-testid="no-change-table"
          className="rounded border border-line bg-surface px-3 py-2"
        >
          {withData.length >= 2
            ? t('table.endsMissing', { section: sectionName, from: f.quarter(from), to: f.quarter(to) })
            : withData.length === 1
              ? t('table.onlyQuarter', { section: sectionName, quarter: f.quarter(withData[0] as QuarterId) })
              : t('table.noQuarter', { section: sectionName })}
          {withData.map((q) => (
            <Link
              key={q}
              className="ml-2 text-link underline"
              to={href('/rankings', { quarter: q, section: state.section })}
            >
              {t('table.seeRankings', { quarter: f.quarter(q) })}
            </Link>
          ))}
        </p>
      ) : (
        <>
          <ExportToolbar
            build={async (text) => {
              const m = await import('./model/export-grid')
              const demo = datasetKind === 'demo'
              const files = [from, to].flatMap((q) => {
                const file = ds.quarters.get(q)
                return file ? [file] : []
              })
              return m.movementGrid(
                {
                  rows: changes,
                  from,
                  to,
                  section: state.section,
                  sort: state.sort,
                  invalid,
                  demo,
                  dataset: g.dataset,
                },
                m.quarterMeta(text, {
                  quarters: [from, to],
                  section: state.section,
                  files,
                  sources: data.sources,
                  demo,
                }),
                text,
              )
            }}
          />
          <ChangeTable
            rows={changes}
            from={from}
            to={to}
            selected={selected}
            sort={state.sort}
            invalid={invalid}
            onSortChange={(sort) => update({ sort }, true)}
            caption={t('table.caption', { section: sectionName, from, to })}
          />
        </>
      )}

      <div className="grid gap-4 lg:grid-cols-2">
        <MoversBriefPanel brief={brief} dataset={ds.id} invalid={invalid} />
        {decomposition && (
          <WhyMoved
            decomposition={decomposition}
            districts={ds.districts}
            onDistrict={(id) => update({ why: id }, true)}
          />
        )}
      </div>
    </div>
  )
}
