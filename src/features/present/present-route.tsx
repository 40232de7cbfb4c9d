/**
 * #/present — 擂台模式. Reads the deck, quarter and slide from the URL, builds the deck from the
 * data (model/deck.ts), drives it with the headless DeckController (model/deck-controller.ts)
 * and renders the current slide in the scaled projection canvas. The controller owns the
 * position and reports each move, which the URL follows; a URL changed from outside is passed to
 * the controller. This file only binds keys, writes the URL and renders; the rules live in the model.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { useNavigate } from 'react-router'
import { DatasetMarker } from '../../components/dataset-marker'
import { ParamProblems } from '../../components/route-gate'
import type { UrlProblem } from '../../domain/url/define'
import { globalProblems } from '../../domain/url/params'
import { cn } from '../../lib/cn'
import { useTranslation } from '../../lib/use-translation'
import '../../lib/export/image-i18n'
import { defaultView } from '../../domain/tables/default-quarter'
import { useFormat } from '../../lib/format'
import { useDataset, useDatasetKind } from '../../lib/use-dataset'
import { useEffectEvent } from '../../lib/use-effect-event'
import { useGlobalParams, useHrefBuilder } from '../../lib/use-global-params'
import { useRouteState } from '../../lib/use-route-state'
import * as deckKit from './export/deck-kit'
import { buildDeck, DECKS, type Slide, slideFacts } from './model/deck'
import { type Command, commandForKey, DeckController, type DeckSnapshot } from './model/deck-controller'
import { resultsLink } from './model/results-link'
import { resolveOrder } from './model/speaking-order'
import { broadcastPort, DeckSync } from './model/sync'
import { leaveParams, presentUrl, serializePresent } from './model/url'
import { SlideBody, slideLabel } from './slides'
import { sourceLine } from './slides/slide-parts'
import { Stage, useIdleCursor } from './stage'
import './i18n'

const DEFAULT_IDLE_SECONDS = 30
const NO_SLIDES: Slide[] = []

// The start screen (`start=1`) and the presenter view (`view=presenter`) load on demand: the slides never carry them.
// biome-ignore lint/suspicious/noImportCycles: a lazy import, loaded on demand; the cycle only groups the chunk
const StartScreen = lazy(() => import('./start-screen').then((m) => ({ default: m.StartScreen })))
// biome-ignore lint/suspicious/noImportCycles: a lazy import, loaded on demand; the cycle only groups the chunk
const PresenterView = lazy(() => import('./presenter-view').then((m) => ({ default: m.PresenterView })))

// The start screen and the presenter view are pages: their link problems sit above them, as on the other views.
const PAGE_PROBLEMS = 'm-3 rounded border border-line bg-surface-2 px-3 py-2 text-sm'

export function PresentRoute() {
  const { state, params, problems } = useRouteState(presentUrl)
  // This route has no app header, so the global parameters (dataset, lang, theme) are named here too.
  const all = useMemo(() => [...globalProblems(params), ...problems], [params, problems])
  if (state.start)
    return (
      <>
        <ParamProblems problems={all} className={PAGE_PROBLEMS} />
        <Suspense fallback={<LoadingLine />}>
          <StartScreen />
        </Suspense>
      </>
    )
  return <PresentDeck problems={all} />
}

function LoadingLine() {
  const { t } = useTranslation(['present'])
  return (
    <p aria-live="polite" className="p-6 text-muted">
      {t('loading')}
    </p>
  )
}

function PresentDeck({ problems }: { problems: UrlProblem[] }) {
  const { t } = useTranslation(['present', 'common', 'image'])
  const f = useFormat()
  const g = useGlobalParams()
  const kind = useDatasetKind(g.dataset)
  const href = useHrefBuilder()
  const navigate = useNavigate()
  const { state, update, params } = useRouteState(presentUrl)
  const data = useDataset(g.dataset)
  // Without a quarter in the link the deck opens on the newest quarter with a complete table (as the
  // start screen and the rankings do), not on a sparse newest one; that needs every file's answer.
  const all = data.dataset && data.pendingQuarters.size === 0 ? data.dataset : null
  const fallback = useMemo(() => (all ? defaultView(all)?.quarter : undefined), [all])
  const quarter = state.quarter ?? fallback
  const deck = DECKS[state.deck]
  const quarterError = quarter ? data.errors.get(quarter) : undefined
  const known = quarter !== undefined && data.allQuarters.includes(quarter)
  // Build the deck once every file it draws on has answered: the quarter and the ones before it (the
  // movers compare with them). A deck built from half-loaded data would have fewer slides, and the URL's
  // slide number would land on the wrong one; a later quarter's slow file does not hold it up.
  const drawsOn = quarter ? data.allQuarters.filter((q) => q <= quarter) : []
  const answered = data.dataset !== null && drawsOn.every((q) => !data.pendingQuarters.has(q))
  const ds = answered && known && !quarterError ? data.dataset : null

  // The start screen's speaking order of the unranked districts (`order=`), validated against the data.
  const order = useMemo(
    () => (ds && quarter ? resolveOrder(ds, quarter, state.order) : null),
    [ds, quarter, state.order],
  )
  const slides = useMemo(
    () =>
      ds && quarter
        ? buildDeck(ds, quarter, state.deck, {
            timerSeconds: state.timer,
            dwellSeconds: state.dwell,
            unrankedOrder: order?.custom ? order.unranked : undefined,
          })
        : NO_SLIDES,
    [ds, quarter, state.deck, state.timer, state.dwell, order],
  )

  const config = {
    auto: state.auto ?? deck.auto,
    loop: deck.loop,
    idleMs: (state.idle ?? DEFAULT_IDLE_SECONDS) * 1000,
    timerMs: (state.timer ?? deck.timerSeconds) * 1000,
    timerAutoStart: state.autostart,
  }
  const [controller] = useState(() => new DeckController<Slide>([], config))
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot)

  useEffect(() => {
    controller.start()
    return () => controller.stop()
  }, [controller])

  useEffect(() => {
    controller.configure({
      auto: config.auto,
      loop: config.loop,
      idleMs: config.idleMs,
      timerMs: config.timerMs,
      timerAutoStart: config.timerAutoStart,
    })
  }, [controller, config.auto, config.loop, config.idleMs, config.timerMs, config.timerAutoStart])

  // Every move of the controller (a key, auto-advance, a clamp) is written to the URL: replace, so
  // Back leaves the presentation rather than stepping through slides, and a reload returns here.
  const writeSlide = useEffectEvent((index: number) => {
    const slide = index + 1
    if (slide !== state.slide) update({ slide }, { replace: true })
  })
  useEffect(() => controller.onMove((index) => writeSlide(index)), [controller])

  // New slides: the controller keeps its place by slide id (a data reload never restarts the deck);
  // another deck or quarter starts at the URL's slide.
  const deckKey = `${g.dataset}|${state.deck}|${quarter}|${order?.custom ? order.unranked.map((d) => d.id).join() : ''}`
  const loadSlides = useEffectEvent((next: readonly Slide[], key: string) =>
    controller.setSlides(next, { deck: key, index: state.slide - 1 }),
  )
  useEffect(() => loadSlides(slides, deckKey), [slides, deckKey])

  // A URL changed from outside (typed, a link, history) moves the controller; the controller's own
  // moves come back here late (after quick key presses) and are recognised as echoes.
  useEffect(() => controller.followFromHost(state.slide - 1), [controller, state.slide])

  // The projected window and the presenter view (a second window) step together (model/sync.ts).
  const sync = useRef<DeckSync | null>(null)
  const [syncing, setSyncing] = useState(false)
  useEffect(() => {
    const port = broadcastPort()
    if (!port) return
    const s = new DeckSync(controller, port, deckKey)
    sync.current = s
    s.start()
    setSyncing(true)
    return () => {
      s.stop()
      port.close()
      sync.current = null
    }
  }, [controller, deckKey])
  const shareCommand = (command: Command) => {
    if (command.type === 'resetTimer') sync.current?.resetTimer()
  }

  // Esc in full screen only leaves full screen (as the help says), so a presenter who presses it
  // to get their desktop back does not also lose the deck; the next Esc leaves to the rankings.
  const leave = () => {
    if (document.fullscreenElement) {
      void document.exitFullscreen?.().catch(() => {})
      return
    }
    navigate(href('/rankings', leaveParams({ ...state, quarter })))
  }

  const [fsDismissed, setFsDismissed] = useState(false)
  const fullscreen = useFullscreen()
  const showFsPrompt = state.fs && !fsDismissed && !fullscreen

  useKeyboard(controller, leave, () => setFsDismissed(true), shareCommand)
  // The cursor and the control bar show on mouse movement or a tap and hide after 2.5 s of stillness.
  const cursorHidden = useIdleCursor(CONTROLS_IDLE_MS)
  const run = (command: Command) => {
    setFsDismissed(true)
    shareCommand(command)
    if (controller.dispatch(command)) return
    if (command.type === 'fullscreen') toggleFullscreen()
    else if (command.type === 'leave') leave()
  }
  // Click or tap: the right half of the stage advances, the left half goes back; a click on a
  // control (a button, a link, the timer) does only what that control does.
  const onStageClick = (e: React.MouseEvent) => {
    const target = e.target as HTMLElement | null
    if (target?.closest?.('[data-timer-toggle]')) {
      run({ type: 'toggleTimer' })
      return
    }
    if (target?.closest?.('button, a, input, select, textarea, [role="dialog"], [data-controls]')) return
    run(stageSide(e.clientX, window.innerWidth) === 'right' ? { type: 'next' } : { type: 'prev' })
  }

  // 下载 PowerPoint: the same deck, built into a .pptx by a module loaded on the first click.
  const [exportStatus, setExportStatus] = useState<ExportStatus | null>(null)
  const downloadPptx =
    ds && quarter
      ? async () => {
          setExportStatus({ kind: 'working', text: t('pptx.working') })
          try {
            const { downloadDeckPptx } = await import('./export/pptx')
            const file = await downloadDeckPptx(
              {
                ds,
                quarter,
                deckId: state.deck,
                sources: data.sources,
                lang: f.lang,
                demo: kind === 'demo',
                resultsLink: resultsLink(window.location.href, quarter, g),
                t,
                f,
              },
              deckKit,
            )
            setExportStatus({ kind: 'done', text: t('pptx.done', { file }) })
          } catch (e) {
            setExportStatus({
              kind: 'failed',
              text: t('pptx.failed', { message: e instanceof Error ? e.message : String(e) }),
            })
          }
        }
      : null

  // 保存为图片: the current slide at 2× (3840 px wide), framed with its title, sources and DEMO.
  const saveSlideImage =
    ds && quarter && snap.slide
      ? async () => {
          const el = document.querySelector<HTMLElement>('[data-testid="present-canvas"]')
          const current = snap.slide
          if (!el || !current) return
          setExportStatus({ kind: 'working', text: t('image:working') })
          try {
            const { saveElementPng } = await import('../../lib/export/image')
            const ids = [...new Set(slideFacts(ds, quarter, current.view).flat())]
            const lines = ids.flatMap((id) => {
              const src = data.sources.get(id)
              return src ? [sourceLine(src, t, f)] : []
            })
            await saveElementPng(
              el,
              {
                title: `${f.quarter(quarter)} · ${slideLabel(current.view, ds, t, f)}`,
                source: lines.length ? t('image:source', { list: lines.join('；') }) : null,
                demo: kind === 'demo' ? t('common:dataset.demo') : null,
              },
              `leitai-${quarter}-${state.deck}-${snap.index + 1}.png`,
            )
            setExportStatus(null)
          } catch (e) {
            setExportStatus({
              kind: 'failed',
              text: t('image:failed', { message: e instanceof Error ? e.message : String(e) }),
            })
          }
        }
      : null

  const slide = snap.slide
  const label = slide ? slideLabel(slide.view, ds, t, f) : ''
  const slideOf = { n: f.number(snap.index + 1), total: f.number(snap.count) }

  let body: React.ReactNode
  if (data.fatal) body = <StatusSlide text={t('errorFatal', { message: data.fatal.message })} tone="error" />
  else if ((quarter !== undefined && data.allQuarters.length && !known) || (all && quarter === undefined))
    body = (
      <StatusSlide
        text={t('notFound', { quarter: quarter ?? '' })}
        hint={t('notFoundHint', { list: f.list(data.allQuarters) })}
        tone="error"
      />
    )
  else if (quarterError && quarter)
    // Calm in front of the room: one plain sentence; the file and field for whoever fixes it, small.
    body = (
      <StatusSlide
        text={t('unavailable')}
        hint={t('unavailableHint')}
        technical={t('technical', { message: t('error', { quarter, message: quarterError.message }) })}
      />
    )
  else if (!ds || !quarter || !slide) body = <StatusSlide text={t('loading')} />
  else
    body = <SlideBody view={slide.view} ds={ds} quarter={quarter} sources={data.sources} timer={snap.timer} />

  // The presenter view (a second window): same deck, same controller, another layout.
  const viewHref = (view: 'audience' | 'presenter') =>
    href('/present', serializePresent({ ...state, view, slide: snap.index + 1 }, params))
  const openPresenter = () =>
    window.open(
      `${window.location.href.split('#')[0]}#${viewHref('presenter')}`,
      'leitai-presenter',
      'popup=yes,width=1280,height=800',
    )
  if (state.view === 'presenter')
    return (
      <Suspense fallback={<LoadingLine />}>
        <ParamProblems problems={problems} className={PAGE_PROBLEMS} />
        <PresenterView
          snap={snap}
          slides={slides}
          ds={ds}
          quarter={quarter}
          sources={data.sources}
          run={run}
          syncing={syncing}
          audienceHref={viewHref('audience')}
          status={ds && quarter && slide ? null : body}
        />
      </Suspense>
    )

  return (
    <Stage
      cursorHidden={cursorHidden}
      onClick={onStageClick}
      outside={
        <>
          {/* Link parameters that were not understood (slide=-1, timer=5, auto=maybe): named, small, in a corner of the stage. */}
          <ParamProblems
            problems={problems}
            className="fixed top-2 left-2 z-[60] max-w-[40vw] rounded border border-line bg-surface/90 px-2 py-1 text-xs text-muted"
          />
          <ControlBar
            hidden={cursorHidden}
            snap={snap}
            run={run}
            onDownload={downloadPptx}
            onSaveImage={saveSlideImage}
            onPresenter={openPresenter}
          />
          <p
            role="status"
            data-testid="export-status"
            data-kind={exportStatus?.kind ?? ''}
            className={cn(
              'fixed top-4 left-1/2 z-[60] -translate-x-1/2 rounded-lg border border-line bg-surface px-4 py-2 text-ink shadow-lg',
              !exportStatus && 'sr-only',
              exportStatus?.kind === 'failed' && 'text-error',
            )}
          >
            {exportStatus?.text ?? ''}
          </p>
          <p className="sr-only" aria-live="polite">
            {slide ? t('common:labelled', { label: t('slideLabel', slideOf), text: label }) : ''}
          </p>
          {snap.black && <div data-testid="black-screen" className="fixed inset-0 z-50 bg-black" />}
        </>
      }
    >
      <header className="flex h-[52px] shrink-0 items-center justify-between gap-[32px] text-[28px] text-muted">
        <span className="min-w-0 whitespace-nowrap">
          <span className="font-bold text-accent">{t('brand')}</span> · {quarter ? f.quarter(quarter) : ''} ·{' '}
          {t('assessment')}
        </span>
        <span className="flex items-center gap-[24px] whitespace-nowrap">
          {label && <span data-testid="slide-label">{label}</span>}
          {kind === 'demo' && <DatasetMarker dataset={g.dataset} className="whitespace-nowrap" />}
        </span>
      </header>
      <main
        data-testid="slide"
        data-slide-id={slide?.id ?? ''}
        data-kind={slide?.view.kind ?? ''}
        aria-roledescription={t('slideRole')}
        aria-label={label}
        // keep-all: Chinese lines break at punctuation and spaces, never inside a name ("青" / "岛市");
        // overflow-wrap keeps a run too long for its line from overflowing.
        className="relative min-h-0 flex-1 py-[20px] [overflow-wrap:anywhere] [word-break:keep-all]"
      >
        {body}
      </main>
      <footer className="flex h-[52px] shrink-0 items-center justify-between gap-[32px] text-[28px] text-muted">
        <button
          type="button"
          data-testid="help-button"
          onClick={() => run({ type: 'toggleHelp' })}
          aria-expanded={snap.help}
          className="rounded-[8px] px-[8px] text-muted hover:text-ink focus-visible:outline-4 focus-visible:outline-accent"
        >
          {t('helpHint')}
        </button>
        <AutoStatus snap={snap} loop={deck.loop} />
        <span data-testid="slide-counter" className="tabular font-bold text-ink">
          {snap.count ? t('slideOf', slideOf) : ''}
        </span>
      </footer>
      {snap.jumpBuffer && (
        <div
          data-testid="jump-prompt"
          className="absolute bottom-[120px] left-1/2 -translate-x-1/2 rounded-[16px] border-4 border-accent bg-surface px-[40px] py-[16px] text-[48px] font-bold"
        >
          {t('jump', { n: snap.jumpBuffer })}
        </div>
      )}
      {snap.help && <HelpOverlay />}
      {showFsPrompt && (
        <div
          data-testid="fs-prompt"
          className="absolute inset-0 z-40 flex flex-col items-center justify-center gap-[32px] bg-page/90"
        >
          <p className="rounded-[24px] border-4 border-accent px-[64px] py-[24px] text-[120px] font-black">
            {t('fsPrompt')}
          </p>
          <p className="text-[36px] text-muted">{t('fsPromptHint')}</p>
        </div>
      )}
    </Stage>
  )
}

function StatusSlide({
  text,
  hint,
  tone,
  technical,
}: {
  text: string
  hint?: string
  tone?: 'error'
  /** The file and field, small, for whoever fixes it (not for the room). */
  technical?: string
}) {
  return (
    <div
      role={tone === 'error' || technical ? 'alert' : 'status'}
      data-testid={technical ? 'data-unavailable' : undefined}
      className="flex h-full flex-col items-center justify-center gap-[24px] text-center"
    >
      <p
        className={
          tone === 'error'
            ? 'text-[56px] font-bold text-error'
            : technical
              ? 'text-[72px] font-bold text-ink'
              : 'text-[56px] text-muted'
        }
      >
        {text}
      </p>
      {hint && <p className="max-w-[1600px] text-[36px] text-muted">{hint}</p>}
      {technical && (
        <p data-testid="technical" className="mt-[48px] max-w-[1600px] text-[28px] text-muted">
          {technical}
        </p>
      )}
    </div>
  )
}

/** Which half of the window a click landed in. Example: stageSide(700, 1024) → 'right' */
function stageSide(x: number, width: number): 'left' | 'right' {
  return x >= width / 2 ? 'right' : 'left'
}

const CONTROLS_IDLE_MS = 2500

/** Whether focus came from the keyboard (browsers without :focus-visible count every focus). */
function isFocusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible')
  } catch {
    return true
  }
}

type ControlIcon = 'prev' | 'next' | 'fullscreen' | 'timer' | 'black' | 'leave' | 'help' | 'presenter'

type ExportStatus = { kind: 'working' | 'done' | 'failed'; text: string }

/** 24×24 outline icons (SVG, not emoji: emoji render as boxes on many office PCs). */
const ICON_PATHS: Record<ControlIcon | ExportIcon, string> = {
  prev: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  fullscreen: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  timer: 'M12 8v5l3 2M9 2h6M12 22a8 8 0 1 0 0-16 8 8 0 0 0 0 16z',
  black: 'M4 4h16v16H4zM4 4l16 16',
  leave: 'M10 4H5v16h5M15 8l4 4-4 4M19 12H9',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9h.01',
  help: 'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.5M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z',
  presenter: 'M3 4h18v12H3zM8 20h8M12 16v4',
}

/** Exports are no deck commands: the route makes the file (下载 PowerPoint, 保存为图片 of the slide). */
type ExportIcon = 'download' | 'image'

const CONTROLS: { icon: ControlIcon | ExportIcon; command: Command | null }[] = [
  { icon: 'prev', command: { type: 'prev' } },
  { icon: 'next', command: { type: 'next' } },
  { icon: 'fullscreen', command: { type: 'fullscreen' } },
  { icon: 'timer', command: { type: 'toggleTimer' } },
  { icon: 'black', command: { type: 'toggleBlack' } },
  { icon: 'leave', command: { type: 'leave' } },
  { icon: 'help', command: { type: 'toggleHelp' } },
  { icon: 'presenter', command: null },
  { icon: 'image', command: null },
  { icon: 'download', command: null },
]

/**
 * The mouse and touch controls: shown on mouse movement or a tap, hidden again after 2.5 s of
 * stillness (and never while one of them has keyboard focus, so Tab reaches every button).
 * Drawn in window px outside the scaled canvas, above the black screen.
 */
function ControlBar({
  hidden,
  snap,
  run,
  onDownload,
  onSaveImage,
  onPresenter,
}: {
  hidden: boolean
  snap: DeckSnapshot<Slide>
  run: (c: Command) => void
  /** 下载 PowerPoint; null until the deck is built. */
  onDownload: (() => void) | null
  /** 保存为图片 of the current slide; null until a slide is shown. */
  onSaveImage: (() => void) | null
  /** 演讲者视图: opens the presenter view in a second window. */
  onPresenter: () => void
}) {
  const { t } = useTranslation(['present', 'common', 'image'])
  const [focused, setFocused] = useState(false)
  const shown = !hidden || focused
  const disabled = (icon: ControlIcon | ExportIcon) =>
    (icon === 'prev' && snap.atStart) ||
    (icon === 'next' && snap.atEnd) ||
    (icon === 'timer' && !snap.timer) ||
    (icon === 'download' && !onDownload) ||
    (icon === 'image' && !onSaveImage)
  return (
    // A landmark of its own (the presentation's chrome lies outside the slide's main).
    <nav aria-label={t('controls.label')}>
      <div
        data-controls=""
        data-testid="control-bar"
        data-shown={shown}
        role="toolbar"
        aria-label={t('controls.label')}
        // Kept up while a button has keyboard focus (Tab), not after a mouse click on it.
        onFocus={(e) => setFocused(isFocusVisible(e.target))}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false)
        }}
        className={cn(
          // On a phone the bar scrolls sideways rather than running off the screen.
          // It slides below the screen's edge rather than fading: mid-fade its text had too little contrast
          // (axe, Lighthouse), and off screen it stays in the Tab order, coming back when a button is focused.
          'fixed bottom-4 left-1/2 z-[60] flex max-w-[calc(100vw-1rem)] -translate-x-1/2 gap-1 overflow-x-auto rounded-xl border border-line bg-surface/95 p-1 text-ink shadow-lg transition-transform duration-300 motion-reduce:transition-none',
          shown ? 'translate-y-0' : 'pointer-events-none translate-y-[calc(100%+2rem)]',
        )}
      >
        {CONTROLS.map(({ icon, command }) => (
          <button
            key={icon}
            type="button"
            data-control={icon}
            disabled={disabled(icon)}
            aria-pressed={icon === 'black' ? snap.black : icon === 'help' ? snap.help : undefined}
            onClick={() =>
              command
                ? run(command)
                : icon === 'presenter'
                  ? onPresenter()
                  : icon === 'image'
                    ? onSaveImage?.()
                    : onDownload?.()
            }
            className="flex min-w-[64px] shrink-0 flex-col items-center gap-0.5 rounded-lg px-2 py-1.5 text-sm whitespace-nowrap hover:bg-surface-2 focus-visible:outline-3 focus-visible:outline-accent disabled:opacity-40 sm:px-3"
          >
            <svg
              viewBox="0 0 24 24"
              width="24"
              height="24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              aria-hidden="true"
            >
              <path d={ICON_PATHS[icon]} />
            </svg>
            <span>
              {icon === 'download'
                ? t('pptx.download')
                : icon === 'image'
                  ? t('image:label')
                  : t(`controls.${icon}`)}
            </span>
          </button>
        ))}
      </div>
    </nav>
  )
}

function AutoStatus({ snap, loop }: { snap: DeckSnapshot<Slide>; loop: boolean }) {
  const { t } = useTranslation(['present', 'common', 'image'])
  const f = useFormat()
  const a = snap.auto
  if (!a.enabled) return <span />
  const text = a.paused
    ? t('auto.paused')
    : a.held
      ? t('auto.held')
      : a.remainingMs === null || (snap.atEnd && !loop)
        ? t('auto.end')
        : t('auto.running', { s: f.number(Math.ceil(a.remainingMs / 1000)) })
  return (
    <span data-testid="auto-status" data-paused={a.paused} className="whitespace-nowrap">
      {a.paused ? '⏸ ' : '▶ '}
      {text}
    </span>
  )
}

const HELP_ROWS = [
  'next',
  'prev',
  'homeEnd',
  'jump',
  'auto',
  'timer',
  'reset',
  'fullscreen',
  'black',
  'leave',
  'help',
] as const

function HelpOverlay() {
  const { t } = useTranslation(['present', 'common', 'image'])
  return (
    <div
      data-testid="help-overlay"
      role="dialog"
      aria-label={t('help.heading')}
      className="absolute inset-[60px] z-30 flex flex-col gap-[24px] rounded-[24px] border-4 border-line bg-surface px-[64px] py-[40px]"
    >
      <h2 className="text-[48px] font-black">{t('help.heading')}</h2>
      <dl className="grid grid-cols-[440px_minmax(0,1fr)] gap-x-[48px] gap-y-[10px] text-[32px]">
        {HELP_ROWS.map((k) => (
          <div key={k} className="contents">
            <dt className="whitespace-nowrap font-bold text-accent">{t(`help.keys.${k}`)}</dt>
            <dd>{t(`help.${k}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

function useFullscreen(): boolean {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement)
  useEffect(() => {
    const onChange = () => setOn(!!document.fullscreenElement)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  return on
}

/** Full screen needs a user gesture; a key press is one. Guarded: some browsers (and jsdom) lack the API. */
function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {})
  else void document.documentElement.requestFullscreen?.().catch(() => {})
}

/** Keyboard and clicker → controller commands; full screen and leaving are browser actions done here. */
function useKeyboard(
  controller: DeckController<Slide>,
  leave: () => void,
  dismissFsPrompt: () => void,
  /** Tells the other window of a command it cannot see in the state (R). */
  share: (command: Command) => void = () => {},
) {
  // An effect event: the listener is added once, and always calls this render's leave/dismiss.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented) return
    const target = e.target as HTMLElement | null
    if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return
    const command = commandForKey(e, controller.getSnapshot())
    if (!e.ctrlKey && !e.metaKey && !e.altKey && e.key !== 'Shift') dismissFsPrompt()
    if (!command) return
    e.preventDefault()
    share(command)
    if (controller.dispatch(command)) return
    if (command.type === 'fullscreen') toggleFullscreen()
    else if (command.type === 'leave') leave()
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
