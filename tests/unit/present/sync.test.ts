// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type ControllerSlide, DeckController } from '../../../src/features/present/model/deck-controller'
import {
  DeckSync,
  type SyncMessage,
  type SyncPort,
  sharedState,
} from '../../../src/features/present/model/sync'

const slide = (id: string, timer = false): ControllerSlide => ({ id, dwellMs: 60_000, timer })
const SLIDES = [
  slide('title'),
  slide('board'),
  slide('card:a', true),
  slide('card:b', true),
  slide('closing'),
]

/** An in-memory BroadcastChannel: a message reaches every other port, never its sender. */
function bus() {
  const ports = new Set<{ handlers: Set<(m: SyncMessage) => void> }>()
  const log: SyncMessage[] = []
  const port = (): SyncPort => {
    const self = { handlers: new Set<(m: SyncMessage) => void>() }
    ports.add(self)
    return {
      post: (m) => {
        log.push(m)
        // A structured clone, as BroadcastChannel delivers it.
        const copy = structuredClone(m)
        for (const p of ports) if (p !== self) for (const h of p.handlers) h(copy)
      },
      listen: (h) => {
        self.handlers.add(h)
        return () => self.handlers.delete(h)
      },
      close: () => ports.delete(self),
    }
  }
  return { port, log }
}

let stops: (() => void)[] = []
function window(b: ReturnType<typeof bus>, deck = 'real|arena|2022Q2|', index = 0, slides = SLIDES) {
  const c = new DeckController(slides, { index })
  c.start()
  const sync = new DeckSync(c, b.port(), deck)
  sync.start()
  stops.push(() => {
    sync.stop()
    c.stop()
  })
  return { c, sync, at: () => c.getSnapshot().slide?.id }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2022-07-26T09:00:00Z'))
})
afterEach(() => {
  for (const s of stops) s()
  stops = []
  vi.useRealTimers()
})

describe('DeckSync', () => {
  it('a step in either window moves the other, both directions', () => {
    const b = bus()
    const audience = window(b)
    const presenter = window(b)
    presenter.c.dispatch({ type: 'next' })
    expect(audience.at()).toBe('board')
    audience.c.dispatch({ type: 'next' })
    expect(presenter.at()).toBe('card:a')
    presenter.c.dispatch({ type: 'prev' })
    expect(audience.at()).toBe('board')
    audience.c.dispatch({ type: 'end' })
    expect(presenter.at()).toBe('closing')
  })

  it('sends each change once: an applied change is not sent back', () => {
    const b = bus()
    const audience = window(b)
    window(b)
    const before = b.log.length
    audience.c.dispatch({ type: 'next' })
    const sent = b.log.slice(before)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ kind: 'state', from: audience.sync.id, state: { index: 1, id: 'board' } })
    // A timer tick (no shared change) sends nothing.
    vi.advanceTimersByTime(5000)
    expect(b.log.length).toBe(before + 1)
  })

  it('a window opened later joins at the current slide (hello → answer)', () => {
    const b = bus()
    const audience = window(b)
    audience.c.dispatch({ type: 'jump', index: 3 })
    const presenter = window(b, undefined, 0)
    expect(presenter.at()).toBe('card:b')
    expect(b.log.map((m) => m.kind)).toEqual(['hello', 'state', 'hello', 'state'])
    // The answer is not applied by a window that was not waiting for one.
    expect(audience.at()).toBe('card:b')
  })

  it('an answer to another window’s hello does not move a window that has stepped since', () => {
    const b = bus()
    const a = window(b)
    const p = window(b)
    a.c.dispatch({ type: 'next' })
    p.c.dispatch({ type: 'next' })
    expect([a.at(), p.at()]).toEqual(['card:a', 'card:a'])
    window(b, undefined, 4)
    // The third window joined at the deck's slide; the first two stayed.
    expect([a.at(), p.at()]).toEqual(['card:a', 'card:a'])
  })

  it('the black screen and the speaker timer follow too; R restarts the other window’s timer', () => {
    const b = bus()
    const audience = window(b)
    const presenter = window(b)
    presenter.c.dispatch({ type: 'jump', index: 2 })
    expect(audience.c.getSnapshot().timer?.ready).toBe(true)
    presenter.c.dispatch({ type: 'toggleTimer' })
    expect(audience.c.getSnapshot().timer?.running).toBe(true)
    vi.advanceTimersByTime(30_000)
    expect(audience.c.getSnapshot().timer?.display).toBe(presenter.c.getSnapshot().timer?.display)
    audience.c.dispatch({ type: 'resetTimer' })
    audience.sync.resetTimer()
    expect(presenter.c.getSnapshot().timer?.remainingMs).toBe(300_000)
    audience.c.dispatch({ type: 'toggleTimer' })
    expect(presenter.c.getSnapshot().timer?.running).toBe(false)
    presenter.c.dispatch({ type: 'toggleBlack' })
    expect(audience.c.getSnapshot().black).toBe(true)
    // The first step on a black screen only lifts it, in both windows.
    audience.c.dispatch({ type: 'next' })
    expect([audience.c.getSnapshot().black, presenter.c.getSnapshot().black]).toEqual([false, false])
    expect([audience.at(), presenter.at()]).toEqual(['card:a', 'card:a'])
  })

  it('ignores windows of another deck', () => {
    const b = bus()
    const q2 = window(b, 'real|arena|2022Q2|')
    const q3 = window(b, 'real|arena|2023Q3|')
    q3.c.dispatch({ type: 'next' })
    expect(q2.at()).toBe('title')
    expect(sharedState(q3.c.getSnapshot())).toEqual({
      index: 1,
      id: 'board',
      black: false,
      timerRunning: null,
    })
  })

  it('stop() detaches: later steps are neither sent nor followed', () => {
    const b = bus()
    const a = window(b)
    const p = window(b)
    p.sync.stop()
    a.c.dispatch({ type: 'next' })
    expect(p.at()).toBe('title')
    p.c.dispatch({ type: 'end' })
    expect(a.at()).toBe('board')
  })
})
