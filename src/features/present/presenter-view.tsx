/**
 * The presenter view (`#/present?…&view=presenter`), for the laptop while the projector shows the
 * deck: the current slide and the next one (small), the speaker timer, notes and the sources of the
 * current slide. It runs its own deck controller (present-route.tsx) kept in step with the projected
 * window through model/sync.ts, so stepping in either window moves both. Loaded lazily.
 */
import { useMemo } from 'react'
import { compositeRanks, type Dataset, districtsById, rankFigure } from '../../domain/model/dataset'
import { figureValue } from '../../domain/model/figure'
import type { QuarterId } from '../../domain/model/quarter'
import type { Source } from '../../domain/model/schema'
import { cn } from '../../lib/cn'
import { type Format, useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import { coverage, type Slide, type SlideView, slideFacts, titleModel } from './model/deck'
import type { Command, DeckSnapshot } from './model/deck-controller'
import { SlideBody, slideLabel } from './slides'
import { sourceLine } from './slides/slide-parts'
// biome-ignore lint/suspicious/noImportCycles: the side-effect import keeps the present modules in one lazy chunk (the route lazy-loads this file)
import './present-route'
import './start-i18n'

const CANVAS_W = 1920
const CANVAS_H = 1080

export type PresenterViewProps = {
  snap: DeckSnapshot<Slide>
  slides: readonly Slide[]
  ds: Dataset | null
  quarter: QuarterId | undefined
  sources: Map<string, Source>
  run: (command: Command) => void
  /** Whether the windows are linked (BroadcastChannel exists). */
  syncing: boolean
  /** The projected window's link (this deck without `view=presenter`). */
  audienceHref: string
  /** What the stage would show instead of a slide (loading, a data error), or null. */
  status: React.ReactNode
}

export function PresenterView({
  snap,
  slides,
  ds,
  quarter,
  sources,
  run,
  syncing,
  audienceHref,
  status,
}: PresenterViewProps) {
  const { t } = useTranslation(['presentStart', 'present', 'common'])
  const { t: tp } = useTranslation(['present', 'common'])
  const f = useFormat()
  const current = snap.slide
  const next = slides[snap.index + 1] ?? null
  const sourceIds = useMemo(
    () => (ds && quarter && current ? [...new Set(slideFacts(ds, quarter, current.view).flat())] : []),
    [ds, quarter, current],
  )
  const label = (s: Slide) => slideLabel(s.view, ds, tp, f)
  const openAudience = () => {
    window.open(`${window.location.href.split('#')[0]}#${audienceHref}`, 'leitai-audience')
  }
  const timer = snap.timer

  return (
    <div
      data-theme="projection"
      data-testid="presenter-view"
      className="fixed inset-0 flex flex-col gap-3 overflow-auto bg-page p-4 text-ink"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-xl font-black">
          <span className="text-accent">{t('present:brand')}</span> · {t('presenter.heading')}
          {quarter && <span className="ml-2 font-normal text-muted">{f.quarter(quarter)}</span>}
        </h1>
        <span className="flex flex-wrap items-baseline gap-3 text-sm">
          <span data-testid="presenter-counter" className="tabular text-lg font-bold">
            {snap.count
              ? t('present:slideOf', { n: f.number(snap.index + 1), total: f.number(snap.count) })
              : ''}
          </span>
          <span data-testid="presenter-sync" className={syncing ? 'text-muted' : 'text-error'}>
            {syncing ? t('presenter.synced') : t('presenter.syncUnavailable')}
          </span>
          <button type="button" onClick={openAudience} className="text-accent underline">
            {t('presenter.openAudience')}
          </button>
        </span>
      </header>

      {status ? (
        <div className="flex flex-1 items-center justify-center">{status}</div>
      ) : (
        <div className="grid min-h-0 flex-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-labelledby="presenter-current" className="flex min-w-0 flex-col gap-2">
            <h2 id="presenter-current" className="text-sm text-muted">
              {t('presenter.current')}
              {current && (
                <span data-testid="presenter-current-label" className="ml-2 text-base font-bold text-ink">
                  {label(current)}
                </span>
              )}
            </h2>
            {current && ds && quarter && (
              <Thumb dataSlideId={current.id} testId="presenter-current" black={snap.black}>
                <SlideBody
                  view={current.view}
                  ds={ds}
                  quarter={quarter}
                  sources={sources}
                  timer={snap.timer}
                />
              </Thumb>
            )}
            <section
              aria-labelledby="presenter-notes"
              className="rounded-lg border border-line bg-surface p-3"
            >
              <h2 id="presenter-notes" className="mb-1 font-bold">
                {t('presenter.notes')}
              </h2>
              <p data-testid="presenter-notes">
                {current && ds && quarter ? slideNote(current.view, ds, quarter, t, f) : ''}
              </p>
            </section>
            <section
              aria-labelledby="presenter-sources"
              className="rounded-lg border border-line bg-surface p-3"
            >
              <h2 id="presenter-sources" className="mb-1 font-bold">
                {t('presenter.sources')}
              </h2>
              {sourceIds.length ? (
                <ul data-testid="presenter-sources" className="list-disc pl-5 text-sm">
                  {sourceIds.map((id) => {
                    const s = sources.get(id)
                    return (
                      <li key={id}>
                        {s ? sourceLine(s, tp, f) : id}
                        {(s?.url || s?.localCopy) && (
                          <>
                            {' '}
                            <a
                              href={s.url ?? s.localCopy ?? ''}
                              target="_blank"
                              rel="noopener"
                              className="break-all text-accent underline"
                            >
                              {s.url ?? s.localCopy}
                            </a>
                          </>
                        )}
                      </li>
                    )
                  })}
                </ul>
              ) : (
                <p className="text-sm text-muted">{t('presenter.noSources')}</p>
              )}
            </section>
          </section>

          <aside className="flex min-w-0 flex-col gap-3">
            <div
              data-testid="presenter-timer"
              data-running={timer?.running ?? ''}
              data-phase={timer?.phase ?? ''}
              className={cn(
                'rounded-lg border-2 p-3 text-center',
                !timer && 'border-line',
                timer?.phase === 'normal' && 'border-line bg-surface',
                timer?.phase === 'warning' && 'border-[#fbbf24] bg-[#fbbf24] text-[#0b1020]',
                timer?.phase === 'over' && 'border-[#b91c1c] bg-[#b91c1c] text-white',
              )}
            >
              <p className="text-sm font-bold">{t('presenter.timer')}</p>
              {timer ? (
                <>
                  <p role="timer" className={cn('tabular text-6xl font-black', timer.ready && 'opacity-60')}>
                    {timer.display}
                  </p>
                  <p className="text-sm">
                    {timer.ready
                      ? t('present:timer.ready')
                      : timer.running
                        ? t('present:timer.running')
                        : t('present:timer.paused')}
                  </p>
                </>
              ) : (
                <p className="py-3 text-muted">{t('presenter.noTimer')}</p>
              )}
            </div>
            <section aria-labelledby="presenter-next" className="flex flex-col gap-2">
              <h2 id="presenter-next" className="text-sm text-muted">
                {t('presenter.next')}
                <span data-testid="presenter-next-label" className="ml-2 text-base font-bold text-ink">
                  {next ? label(next) : t('presenter.end')}
                </span>
              </h2>
              {next && ds && quarter && (
                <Thumb dataSlideId={next.id} testId="presenter-next">
                  <SlideBody view={next.view} ds={ds} quarter={quarter} sources={sources} timer={null} />
                </Thumb>
              )}
            </section>
            {snap.black && (
              <p
                data-testid="presenter-black"
                className="rounded bg-black px-3 py-2 text-center font-bold text-white"
              >
                {t('presenter.black')}
              </p>
            )}
            <div role="toolbar" aria-label={t('present:controls.label')} className="flex flex-wrap gap-2">
              {(
                [
                  ['prev', { type: 'prev' }, snap.atStart],
                  ['next', { type: 'next' }, snap.atEnd],
                  ['timer', { type: 'toggleTimer' }, !timer],
                  ['black', { type: 'toggleBlack' }, false],
                ] as const
              ).map(([name, command, disabled]) => (
                <button
                  key={name}
                  type="button"
                  data-control={name}
                  disabled={disabled}
                  aria-pressed={name === 'black' ? snap.black : undefined}
                  onClick={() => run(command)}
                  className="rounded-lg border border-line bg-surface px-4 py-2 font-semibold hover:bg-surface-2 disabled:opacity-40"
                >
                  {t(`present:controls.${name}`)}
                </button>
              ))}
            </div>
            <p className="text-sm text-muted">{t('presenter.keys')}</p>
          </aside>
        </div>
      )}
    </div>
  )
}

/**
 * A slide drawn in the logical 1920×1080 canvas and scaled to the box's width (CSS only: the
 * container query width unit), inert — it is a picture of the slide, not a second set of controls.
 */
function Thumb({
  children,
  testId,
  dataSlideId,
  black = false,
}: {
  children: React.ReactNode
  testId: string
  dataSlideId: string
  black?: boolean
}) {
  return (
    <div
      data-testid={testId}
      data-slide-id={dataSlideId}
      className="relative w-full overflow-hidden rounded-lg border border-line bg-page [container-type:inline-size]"
      style={{ aspectRatio: `${CANVAS_W} / ${CANVAS_H}` }}
    >
      <div
        inert
        aria-hidden="true"
        className="absolute top-0 left-0 flex flex-col overflow-hidden px-[80px] py-[56px] font-sans [overflow-wrap:anywhere] [word-break:keep-all]"
        style={{
          width: CANVAS_W,
          height: CANVAS_H,
          transform: `scale(calc(100cqw / ${CANVAS_W}px))`,
          transformOrigin: '0 0',
          fontSize: 36,
          lineHeight: 1.35,
        }}
      >
        {children}
      </div>
      {black && <div className="absolute inset-0 bg-black/70" />}
    </div>
  )
}

type Translate = ReturnType<typeof useTranslation<['presentStart', 'present', 'common']>>['t']

/** What the presenter should keep in mind on this slide, from the same models the slides read. */
function slideNote(view: SlideView, ds: Dataset, quarter: QuarterId, t: Translate, f: Format): string {
  switch (view.kind) {
    case 'title': {
      const m = titleModel(ds, quarter)
      return m?.issuer
        ? t('presenter.note.title', { quarter: f.quarter(quarter), issuer: m.issuer })
        : t('presenter.note.titleNoIssuer', { quarter: f.quarter(quarter) })
    }
    case 'podium': {
      const c = coverage(ds, quarter, 'overall')
      return t('presenter.note.podium', { n: f.number(c.published), total: f.number(c.total) })
    }
    case 'board': {
      const c = coverage(ds, quarter, view.section)
      return t('presenter.note.board', {
        section: f.section(view.section),
        n: f.number(c.published),
        total: f.number(c.total),
      })
    }
    case 'movers':
      return t('presenter.note.movers')
    case 'district': {
      const d = districtsById(ds).get(view.district)
      const name = d ? f.district(d) : view.district
      const base = { name, position: f.number(view.position), of: f.number(view.of) }
      if (!view.rankKnown) return t('presenter.note.districtUnranked', base)
      const rank = figureValue(rankFigure(ds, compositeRanks(ds), quarter, 'overall', view.district))
      return t('presenter.note.districtRanked', { ...base, rank: rank === null ? '' : f.number(rank) })
    }
    case 'closing':
      return t('presenter.note.closing')
  }
}
