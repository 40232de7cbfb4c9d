/**
 * The headless presentation controller: which slide is up, auto-advance (dwell per slide, pause,
 * resume after an idle time), the speaker timer, the black screen, the help overlay and the
 * "type a number, press Enter" jump. Plain TypeScript with an injectable clock, so every rule is
 * unit-tested with fake timers; the React view only maps keys to commands and renders snapshots
 * (like owid-grapher's TimelineController).
 *
 * The controller owns the position; its host is told of every move (`onMove`, as owid-grapher's
 * managers are told by their controllers) and only forwards outside changes (a URL typed by hand)
 * with `show()`, so the two never mirror each other.
 *
 * Example:
 *   const c = new DeckController(slides, { auto: true, idleMs: 20_000 })
 *   c.onMove((index) => writeUrl(index + 1)) // every move, whatever caused it
 *   c.start()                 // ticks on the clock; advances after each slide's dwell
 *   c.dispatch({ type: 'next' }) // a person pressed PageDown: move, and hold auto-advance for 20 s
 *   c.getSnapshot().timer     // { display: '4:59', phase: 'normal', running: true, … } on a district card
 */

export type Clock = {
  now(): number
  setInterval(fn: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

/**
 * The real clock, looked up at call time so test fake timers (vi.useFakeTimers) replace it. Monotonic
 * (performance.now()): a wall-clock change during a meeting (NTP, daylight saving, a hand-set laptop)
 * neither skips slides nor holds one for an hour.
 */
const systemClock: Clock = {
  now: () => performance.now(),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
}

/** What the controller needs from a slide; decks (deck.ts) carry more. */
export type ControllerSlide = { id: string; dwellMs: number; timer: boolean }

export type ControllerOptions = {
  /** Start index (0-based), e.g. from `slide=` in the URL; clamped once slides are known. */
  index?: number
  /** Auto-advance enabled at start. */
  auto?: boolean
  /** After the last slide, go back to the first (lobby loop) instead of stopping. */
  loop?: boolean
  /** Interaction holds auto-advance for this long, then it resumes. Default 30 s. */
  idleMs?: number
  /** Speaker time on timer slides. Default 5 min. */
  timerMs?: number
  /** Start the speaker timer when a card opens; otherwise it waits in 准备 until T or a click. Default false. */
  timerAutoStart?: boolean
  /** The timer turns amber when this much (or less) is left. Default 1 min. */
  warnMs?: number
  /** How often the clock is read while started. Default 250 ms. */
  tickMs?: number
  clock?: Clock
}

export type TimerPhase = 'normal' | 'warning' | 'over'

export type TimerSnapshot = {
  totalMs: number
  /** Negative when over time. */
  remainingMs: number
  running: boolean
  /** Not started yet on this card (准备): waits for T, a click, or `timerAutoStart`. */
  ready: boolean
  phase: TimerPhase
  /** "4:59", "0:00", "+1:05" (overtime counts up). */
  display: string
}

export type AutoSnapshot = {
  enabled: boolean
  /** Paused by the presenter (P). */
  paused: boolean
  /** Held because someone pressed a key recently; resumes on its own. */
  held: boolean
  /** Until the next slide, while auto-advance is running; null otherwise. */
  remainingMs: number | null
}

export type DeckSnapshot<S extends ControllerSlide = ControllerSlide> = {
  index: number
  count: number
  slide: S | null
  atStart: boolean
  atEnd: boolean
  auto: AutoSnapshot
  timer: TimerSnapshot | null
  black: boolean
  help: boolean
  /** Digits typed so far for a jump ("12" then Enter → slide 12). */
  jumpBuffer: string
}

export type Command =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'home' }
  | { type: 'end' }
  /** 0-based; clamped. */
  | { type: 'jump'; index: number }
  | { type: 'digit'; digit: string }
  | { type: 'backspace' }
  | { type: 'commitJump' }
  | { type: 'toggleAuto' }
  | { type: 'toggleTimer' }
  | { type: 'resetTimer' }
  | { type: 'toggleBlack' }
  | { type: 'toggleHelp' }
  /** Esc inside the presentation: clears the jump, closes help, lifts the black screen. */
  | { type: 'dismiss' }
  /** Handled by the view (browser APIs), not the controller. */
  | { type: 'fullscreen' }
  | { type: 'leave' }

const MAX_JUMP_DIGITS = 3

/**
 * Example: formatTimer(300_000) → "5:00"; formatTimer(59_001) → "1:00" (a started second still
 * counts, so the display reaches 0:00 exactly at the end); formatTimer(-65_000) → "+1:05".
 */
export function formatTimer(remainingMs: number): string {
  const over = remainingMs <= 0
  const seconds = over ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000)
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return over && seconds > 0 ? `+${text}` : text
}

/**
 * Example: timerPhase(61_000, 60_000) → 'normal'; timerPhase(60_000, 60_000) → 'warning';
 * timerPhase(0, 60_000) → 'over'. Amber starts when the display shows the last minute (1:00).
 */
export function timerPhase(remainingMs: number, warnMs: number): TimerPhase {
  if (remainingMs <= 0) return 'over'
  return Math.ceil(remainingMs / 1000) * 1000 <= warnMs ? 'warning' : 'normal'
}

export type KeyInput = { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }

/**
 * Keyboard and presenter clicker → command (clickers send PageUp/PageDown, some "." for black).
 * Keys with Ctrl/Cmd/Alt are left to the browser. Esc first clears what is open (jump digits,
 * help, black screen), and only then leaves.
 * Example: commandForKey({ key: 'PageDown' }, snap) → { type: 'next' }; commandForKey({ key: 'l', ctrlKey: true }, snap) → null
 */
export function commandForKey(
  e: KeyInput,
  state: Pick<DeckSnapshot, 'jumpBuffer' | 'help' | 'black'>,
): Command | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { type: 'next' }
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'prev' }
    case 'Home':
      return { type: 'home' }
    case 'End':
      return { type: 'end' }
    case 'Enter':
      return state.jumpBuffer ? { type: 'commitJump' } : null
    case 'Backspace':
      return state.jumpBuffer ? { type: 'backspace' } : null
    case 'p':
      return { type: 'toggleAuto' }
    case 't':
      return { type: 'toggleTimer' }
    case 'r':
      return { type: 'resetTimer' }
    case 'f':
      return { type: 'fullscreen' }
    case 'b':
    case '.':
      return { type: 'toggleBlack' }
    case '?':
      return { type: 'toggleHelp' }
    case 'Escape':
    case 'Esc':
      return state.jumpBuffer || state.help || state.black ? { type: 'dismiss' } : { type: 'leave' }
  }
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key }
  return null
}

type TimerMemory = { elapsedMs: number; runningSince: number | null; started: boolean }

export class DeckController<S extends ControllerSlide = ControllerSlide> {
  private slides: readonly S[] = []
  private index = 0
  /** The index asked for before the slides were known (URL `slide=` while data loads). */
  private requestedIndex: number
  private readonly clock: Clock
  private readonly tickMs: number
  private readonly warnMs: number
  private loop: boolean
  private idleMs: number
  private timerMs: number
  private timerAutoStart: boolean
  private autoEnabled: boolean
  private autoPaused = false
  private heldUntil: number | null = null
  private dwellStart: number
  /** Per-slide speaker time, so stepping back to a card continues its clock instead of restarting it. */
  private timers = new Map<string, TimerMemory>()
  private black = false
  private help = false
  private jumpBuffer = ''
  private interval: unknown = null
  private listeners = new Set<() => void>()
  private moveListeners = new Set<(index: number, slide: S) => void>()
  /** The position last reported to move listeners (null: none yet). */
  private reportedIndex: number | null = null
  /** Moves reported to the host that it has not read back yet (see followFromHost). */
  private echoes: number[] = []
  /** Which deck the slides belong to (see setSlides); undefined until the host names one. */
  private deck: string | undefined
  private snapshot: DeckSnapshot<S>
  private signature = ''
  private version = 0

  constructor(slides: readonly S[], options: ControllerOptions = {}) {
    this.clock = options.clock ?? systemClock
    this.tickMs = options.tickMs ?? 250
    this.warnMs = options.warnMs ?? 60_000
    this.loop = options.loop ?? false
    this.idleMs = options.idleMs ?? 30_000
    this.timerMs = options.timerMs ?? 300_000
    this.timerAutoStart = options.timerAutoStart ?? false
    this.autoEnabled = options.auto ?? false
    this.requestedIndex = Math.max(0, Math.floor(options.index ?? 0))
    this.dwellStart = this.clock.now()
    this.snapshot = this.build()
    this.setSlides(slides)
  }

  // ---------------------------------------------------------------- subscription (useSyncExternalStore)

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): DeckSnapshot<S> => this.snapshot

  /**
   * Calls `listener(index, slide)` after every change of the current slide (a key, auto-advance,
   * `show()`, or slides arriving and clamping the requested position), and once when slides first
   * arrive. Returns the unsubscribe function.
   * Example: c.onMove((i) => setSearch({ slide: i + 1 }))
   */
  onMove(listener: (index: number, slide: S) => void): () => void {
    this.moveListeners.add(listener)
    return () => {
      this.moveListeners.delete(listener)
    }
  }

  /** Starts reading the clock (auto-advance, timer display). Idempotent. */
  start(): void {
    if (this.interval !== null) return
    this.interval = this.clock.setInterval(() => this.tick(), this.tickMs)
  }

  stop(): void {
    if (this.interval === null) return
    this.clock.clearInterval(this.interval)
    this.interval = null
  }

  // ---------------------------------------------------------------- configuration

  /**
   * Replaces the slides (data reloaded, language changed, deck rebuilt) keeping the current slide
   * by id, so a reload never jumps back to slide 1. If the current slide is gone, the position is
   * kept (clamped).
   *
   * `deck` names what the slides are (e.g. "real|arena|2022Q2"): when it differs from the last
   * one, this is another deck, which starts at `index` (the URL's slide) with fresh speaker times.
   * Example: c.setSlides(slides, { deck: 'real|arena|2022Q3', index: 0 }) → slide 1 of the new deck
   */
  setSlides(slides: readonly S[], options: { deck?: string; index?: number } = {}): void {
    if (options.deck !== undefined && options.deck !== this.deck) {
      this.deck = options.deck
      if (this.slides.length) this.leaveSlide()
      this.slides = []
      this.timers.clear()
      this.requestedIndex = Math.max(0, Math.floor(options.index ?? this.index))
    }
    const current = this.slides[this.index]
    const hadSlides = this.slides.length > 0
    if (!slides.length) {
      // Nothing to show for now (data reloading): remember where we were for when slides return.
      if (hadSlides) {
        this.leaveSlide()
        this.requestedIndex = this.index
      }
      this.slides = slides
      this.version++
      this.emit()
      return
    }
    const byId = current ? slides.findIndex((s) => s.id === current.id) : -1
    if (hadSlides && byId >= 0) {
      // The same slide is still there (perhaps at another position): stay on it, its dwell and
      // timer untouched.
      this.slides = slides
      this.version++
      this.index = byId
      this.emit()
      return
    }
    if (hadSlides) this.leaveSlide()
    const target = hadSlides ? this.index : this.requestedIndex
    this.slides = slides
    this.version++
    this.index = this.clamp(target)
    this.enterSlide()
    this.emit()
  }

  /** Changes settings that come from the URL, without moving. */
  configure(
    options: Pick<ControllerOptions, 'auto' | 'loop' | 'idleMs' | 'timerMs' | 'timerAutoStart'>,
  ): void {
    if (options.timerAutoStart !== undefined) this.timerAutoStart = options.timerAutoStart
    if (options.loop !== undefined) this.loop = options.loop
    if (options.idleMs !== undefined) this.idleMs = options.idleMs
    if (options.timerMs !== undefined) this.timerMs = options.timerMs
    if (options.auto !== undefined && options.auto !== this.autoEnabled) {
      this.autoEnabled = options.auto
      this.autoPaused = false
      this.heldUntil = null
      this.dwellStart = this.clock.now()
    }
    this.emit()
  }

  // ---------------------------------------------------------------- commands

  /**
   * Applies a command. Every command except P counts as interaction and holds auto-advance for the
   * idle time. Returns false for commands the view must handle (full screen, leave).
   */
  dispatch(command: Command): boolean {
    if (command.type === 'fullscreen' || command.type === 'leave') {
      this.interact()
      this.emit()
      return false
    }
    if (command.type !== 'toggleAuto') this.interact()
    const isNav = ['next', 'prev', 'home', 'end', 'jump', 'commitJump'].includes(command.type)
    if (isNav && command.type !== 'commitJump') this.jumpBuffer = ''
    if (isNav) this.help = false
    // On a black screen, the first navigation key brings the slide back without moving, as
    // presentation programs do, so nobody skips a slide while the room is dark.
    if (isNav && this.black) {
      this.black = false
      this.jumpBuffer = ''
      this.emit()
      return true
    }
    switch (command.type) {
      case 'next':
        this.go(this.index + 1)
        break
      case 'prev':
        this.go(this.index - 1)
        break
      case 'home':
        this.go(0)
        break
      case 'end':
        this.go(this.slides.length - 1)
        break
      case 'jump':
        this.go(command.index)
        break
      case 'digit':
        if (this.jumpBuffer.length < MAX_JUMP_DIGITS) this.jumpBuffer += command.digit
        break
      case 'backspace':
        this.jumpBuffer = this.jumpBuffer.slice(0, -1)
        break
      case 'commitJump': {
        const n = Number(this.jumpBuffer)
        this.jumpBuffer = ''
        if (n >= 1) this.go(n - 1)
        break
      }
      case 'toggleAuto':
        this.toggleAuto()
        break
      case 'toggleTimer':
        this.toggleTimer()
        break
      case 'resetTimer':
        this.resetTimer()
        break
      case 'toggleBlack':
        this.black = !this.black
        break
      case 'toggleHelp':
        this.help = !this.help
        break
      case 'dismiss':
        if (this.jumpBuffer) this.jumpBuffer = ''
        else if (this.help) this.help = false
        else this.black = false
        break
    }
    this.emit()
    return true
  }

  next(): void {
    this.dispatch({ type: 'next' })
  }
  prev(): void {
    this.dispatch({ type: 'prev' })
  }
  home(): void {
    this.dispatch({ type: 'home' })
  }
  end(): void {
    this.dispatch({ type: 'end' })
  }
  /** 0-based; out-of-range indexes are clamped to the first or last slide. */
  jump(index: number): void {
    this.dispatch({ type: 'jump', index })
  }

  /**
   * Moves without counting as interaction (the URL changed, e.g. the browser's back button):
   * auto-advance is not held and the black screen stays as it is.
   */
  show(index: number): void {
    this.go(index)
    this.emit()
  }

  /**
   * A position the host read back from where it writes moves (the URL). Its own echoes arrive
   * late and in order — three quick key presses write slides 5, 6, 7 and the URL then reads 5, 6, 7
   * while the deck is already on 7 — so an echo of a reported move is consumed, never followed;
   * anything else (a URL typed or a history step) moves the deck like `show`.
   * Example: after moves to 4 and 5, followFromHost(4) does nothing; followFromHost(2) shows slide 2.
   */
  followFromHost(index: number): void {
    const at = this.echoes.indexOf(index)
    if (at >= 0) {
      this.echoes.splice(0, at + 1)
      return
    }
    this.echoes = []
    this.show(index)
  }

  /** P: auto-advance on (if it was off), or paused ⇄ running; resuming starts a fresh dwell. */
  toggleAuto(): void {
    if (!this.autoEnabled) {
      this.autoEnabled = true
      this.autoPaused = false
    } else this.autoPaused = !this.autoPaused
    this.heldUntil = null
    this.dwellStart = this.clock.now()
  }

  /** T: pause or resume the speaker timer of the current card. */
  toggleTimer(): void {
    const t = this.currentTimer()
    if (!t) return
    const now = this.clock.now()
    if (t.runningSince !== null) {
      t.elapsedMs += now - t.runningSince
      t.runningSince = null
    } else {
      t.runningSince = now
      t.started = true
    }
  }

  /** R: give the current speaker their full time again (keeps running or paused as it was). */
  resetTimer(): void {
    const t = this.currentTimer()
    if (!t) return
    t.elapsedMs = 0
    if (t.runningSince !== null) t.runningSince = this.clock.now()
  }

  /** Reads the clock: ends an interaction hold, advances after the dwell, refreshes the timer display. */
  tick(): void {
    const now = this.clock.now()
    if (this.heldUntil !== null && now >= this.heldUntil) {
      this.heldUntil = null
      this.dwellStart = now
    }
    const slide = this.slides[this.index]
    if (slide && this.autoRunning() && now - this.dwellStart >= slide.dwellMs) {
      // The next dwell starts when this one was due, not at the tick that noticed it (up to a tick
      // late), so the cadence does not drift; after a long stall (a sleeping tab) it starts afresh.
      const due = this.dwellStart + slide.dwellMs
      const last = this.index >= this.slides.length - 1
      if (!last) this.go(this.index + 1)
      else if (this.loop && this.slides.length > 1) this.go(0)
      if (now - due < this.tickMs * 2) this.dwellStart = due
    }
    this.emit()
  }

  // ---------------------------------------------------------------- internals

  private clamp(i: number): number {
    return Math.min(Math.max(0, Math.floor(i)), Math.max(0, this.slides.length - 1))
  }

  private go(target: number): void {
    if (!this.slides.length) {
      this.requestedIndex = Math.max(0, Math.floor(target))
      return
    }
    const i = this.clamp(target)
    if (i === this.index) return
    this.leaveSlide()
    this.index = i
    this.enterSlide()
  }

  private enterSlide(): void {
    const now = this.clock.now()
    this.dwellStart = now
    const slide = this.slides[this.index]
    if (!slide?.timer) return
    // The timer waits in 准备 until the speaker starts it (T or a click), or starts when the card
    // opens with `timerAutoStart`; a card reopened after its timer started continues where it was.
    const t = this.timers.get(slide.id) ?? { elapsedMs: 0, runningSince: null, started: false }
    if (this.timerAutoStart) t.started = true
    if (t.started) t.runningSince = now
    this.timers.set(slide.id, t)
  }

  private leaveSlide(): void {
    const t = this.currentTimer()
    if (t?.runningSince != null) {
      t.elapsedMs += this.clock.now() - t.runningSince
      t.runningSince = null
    }
  }

  private currentTimer(): TimerMemory | undefined {
    const slide = this.slides[this.index]
    return slide?.timer ? this.timers.get(slide.id) : undefined
  }

  private interact(): void {
    if (this.autoEnabled && !this.autoPaused) this.heldUntil = this.clock.now() + this.idleMs
  }

  private autoRunning(): boolean {
    return this.autoEnabled && !this.autoPaused && this.heldUntil === null
  }

  private build(): DeckSnapshot<S> {
    const now = this.clock.now()
    const slide = this.slides[this.index] ?? null
    const running = this.autoRunning()
    const mem = this.currentTimer()
    let timer: TimerSnapshot | null = null
    if (slide?.timer && mem) {
      const elapsed = mem.elapsedMs + (mem.runningSince !== null ? now - mem.runningSince : 0)
      const remainingMs = this.timerMs - elapsed
      timer = {
        totalMs: this.timerMs,
        remainingMs,
        running: mem.runningSince !== null,
        ready: !mem.started,
        phase: timerPhase(remainingMs, this.warnMs),
        display: formatTimer(remainingMs),
      }
    }
    return {
      index: this.index,
      count: this.slides.length,
      slide,
      atStart: this.index === 0,
      atEnd: this.index >= this.slides.length - 1,
      auto: {
        enabled: this.autoEnabled,
        paused: this.autoEnabled && this.autoPaused,
        held: this.autoEnabled && !this.autoPaused && this.heldUntil !== null,
        remainingMs: running && slide ? Math.max(0, slide.dwellMs - (now - this.dwellStart)) : null,
      },
      timer,
      black: this.black,
      help: this.help,
      jumpBuffer: this.jumpBuffer,
    }
  }

  private reportMove(next: DeckSnapshot<S>): void {
    if (!next.slide || next.index === this.reportedIndex) return
    this.reportedIndex = next.index
    this.echoes.push(next.index)
    for (const l of this.moveListeners) l(next.index, next.slide)
  }

  /**
   * Publishes a new snapshot only when something visible changed (to the second), so a 250 ms tick
   * doesn't re-render the slide four times a second for nothing.
   */
  private emit(): void {
    const next = this.build()
    const sig = [
      this.version,
      next.index,
      next.count,
      next.auto.enabled,
      next.auto.paused,
      next.auto.held,
      next.auto.remainingMs === null ? '-' : Math.ceil(next.auto.remainingMs / 1000),
      next.timer
        ? `${next.timer.display}/${next.timer.phase}/${next.timer.running}/${next.timer.ready}/${next.timer.totalMs}`
        : '-',
      next.black,
      next.help,
      next.jumpBuffer,
    ].join('|')
    if (sig !== this.signature) {
      this.signature = sig
      this.snapshot = next
      for (const l of this.listeners) l()
    }
    // After the snapshot, so a host reading getSnapshot() in its move listener sees the new slide.
    this.reportMove(next)
  }
}
