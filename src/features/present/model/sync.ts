/**
 * Keeps two windows of the same deck in step: the projected (audience) window and the presenter
 * view on the laptop. Each window runs its own DeckController; this model publishes what the room
 * sees — the slide, the black screen, whether the speaker timer runs — over a channel
 * (BroadcastChannel in the browser, an in-memory bus in tests), and applies what the other window
 * publishes. Either window can step: a move in one moves the other.
 *
 * No ping-pong: a change applied from the other window is recorded as the shared state and not
 * sent back; a window only sends a state that differs from the last shared one. A window that opens
 * later says hello once its slides are in, and the others answer with where the deck is.
 *
 * Example:
 *   const sync = new DeckSync(controller, broadcastPort(), 'real|arena|2022Q2|')
 *   sync.start()          // hello; from now on every move of `controller` is sent, and followed
 *   sync.resetTimer()     // R pressed here: the other window restarts the speaker's time too
 */
import type { Command, ControllerSlide, DeckSnapshot } from './deck-controller'

/** What both windows show alike. */
export type SharedState = {
  index: number
  /** The slide's id, so a window on a different deck (another quarter) is not moved by this one. */
  id: string
  black: boolean
  /** Whether the speaker timer runs; null on a slide without one. */
  timerRunning: boolean | null
}

export type SyncMessage =
  | { kind: 'hello'; deck: string; from: string }
  /** `reply`: an answer to a hello, applied only by a window still waiting for one. */
  | { kind: 'state'; deck: string; from: string; state: SharedState; reply: boolean }
  | { kind: 'resetTimer'; deck: string; from: string; id: string }

/** The channel between windows: BroadcastChannel, or an in-memory bus in tests. */
export type SyncPort = {
  post(message: SyncMessage): void
  listen(handler: (message: SyncMessage) => void): () => void
  close(): void
}

/** What the sync needs of a DeckController. */
export type SyncTarget = {
  getSnapshot(): DeckSnapshot<ControllerSlide>
  subscribe(listener: () => void): () => void
  show(index: number): void
  dispatch(command: Command): boolean
}

const CHANNEL_NAME = 'leitai-present'

/** A BroadcastChannel as a SyncPort; null where the browser has none (the windows then run apart). */
export function broadcastPort(name = CHANNEL_NAME): SyncPort | null {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(name)
  return {
    post: (m) => channel.postMessage(m),
    listen: (handler) => {
      const fn = (e: MessageEvent) => {
        if (isSyncMessage(e.data)) handler(e.data)
      }
      channel.addEventListener('message', fn)
      return () => channel.removeEventListener('message', fn)
    },
    close: () => channel.close(),
  }
}

/** A message from another window is only trusted in its shape. */
function isSyncMessage(v: unknown): v is SyncMessage {
  if (!v || typeof v !== 'object') return false
  const m = v as Record<string, unknown>
  if (typeof m.deck !== 'string' || typeof m.from !== 'string') return false
  if (m.kind === 'hello') return true
  if (m.kind === 'resetTimer') return typeof m.id === 'string'
  if (m.kind !== 'state' || !m.state || typeof m.state !== 'object') return false
  const s = m.state as Record<string, unknown>
  return (
    Number.isInteger(s.index) &&
    typeof s.id === 'string' &&
    typeof s.black === 'boolean' &&
    (s.timerRunning === null || typeof s.timerRunning === 'boolean')
  )
}

/** The shared part of a snapshot; null while the deck has no slides. */
export function sharedState(snap: DeckSnapshot<ControllerSlide>): SharedState | null {
  if (!snap.slide) return null
  return {
    index: snap.index,
    id: snap.slide.id,
    black: snap.black,
    timerRunning: snap.timer ? snap.timer.running : null,
  }
}

function sameState(a: SharedState | null, b: SharedState | null): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      a.index === b.index &&
      a.id === b.id &&
      a.black === b.black &&
      a.timerRunning === b.timerRunning)
  )
}

let counter = 0
function windowId(): string {
  counter += 1
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`
}

export class DeckSync {
  private last: SharedState | null = null
  private applying = false
  private awaitingReply = true
  private helloSent = false
  private unsubscribe: (() => void) | null = null
  private unlisten: (() => void) | null = null

  /**
   * `deck` names the deck both windows must show to follow each other (dataset, deck, quarter,
   * speaking order); messages of another deck are ignored.
   */
  constructor(
    private readonly target: SyncTarget,
    private readonly port: SyncPort,
    private readonly deck: string,
    readonly id: string = windowId(),
  ) {}

  start(): void {
    if (this.unsubscribe) return
    this.unlisten = this.port.listen((m) => this.receive(m))
    this.unsubscribe = this.target.subscribe(() => this.onLocalChange())
    this.onLocalChange()
  }

  stop(): void {
    this.unsubscribe?.()
    this.unlisten?.()
    this.unsubscribe = null
    this.unlisten = null
  }

  /** R in this window: the other restarts the same speaker's time (a restart is no state to compare). */
  resetTimer(): void {
    const s = sharedState(this.target.getSnapshot())
    if (s?.timerRunning !== null && s)
      this.port.post({ kind: 'resetTimer', deck: this.deck, from: this.id, id: s.id })
  }

  private onLocalChange(): void {
    const state = sharedState(this.target.getSnapshot())
    if (!state) return
    if (!this.helloSent) {
      // The first time this window has slides: ask the others where the deck is.
      this.helloSent = true
      this.last = state
      this.port.post({ kind: 'hello', deck: this.deck, from: this.id })
      return
    }
    if (this.applying || sameState(state, this.last)) {
      this.last = state
      return
    }
    this.last = state
    this.awaitingReply = false
    this.port.post({ kind: 'state', deck: this.deck, from: this.id, state, reply: false })
  }

  private receive(m: SyncMessage): void {
    if (m.deck !== this.deck || m.from === this.id) return
    if (m.kind === 'hello') {
      const state = sharedState(this.target.getSnapshot())
      if (state) this.port.post({ kind: 'state', deck: this.deck, from: this.id, state, reply: true })
      return
    }
    if (m.kind === 'resetTimer') {
      if (sharedState(this.target.getSnapshot())?.id === m.id)
        this.apply(() => this.target.dispatch({ type: 'resetTimer' }))
      return
    }
    if (m.reply && !this.awaitingReply) return
    this.awaitingReply = false
    this.follow(m.state)
  }

  /** Applies the other window's state, without sending it back. */
  private follow(s: SharedState): void {
    this.apply(() => {
      const snap = this.target.getSnapshot()
      if (snap.index !== s.index && s.index < snap.count) this.target.show(s.index)
      const now = this.target.getSnapshot()
      // Only on the same slide: a window on another deck stays where it is.
      if (now.slide?.id !== s.id) return
      if (now.black !== s.black) this.target.dispatch({ type: 'toggleBlack' })
      if (now.timer && s.timerRunning !== null && now.timer.running !== s.timerRunning)
        this.target.dispatch({ type: 'toggleTimer' })
    })
  }

  private apply(change: () => void): void {
    this.applying = true
    try {
      change()
    } finally {
      this.applying = false
      this.last = sharedState(this.target.getSnapshot())
    }
  }
}
