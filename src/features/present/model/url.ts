/**
 * URL ↔ state for presentation mode (#/present). The URL is the remote: the current slide is in
 * it, so a reload returns to the same slide, and a lobby PC can boot straight into a looping deck
 * with a full-screen prompt from one bookmarked link:
 *
 *   #/present?deck=arena&quarter=2022Q2&slide=6&timer=300
 *   #/present?deck=overview&quarter=2022Q2&auto=1&fs=1&dataset=demo
 *
 * Parsing is forgiving (a bad value falls back to its default and is reported as a problem);
 * serializing omits defaults, so links stay short and stable.
 */
import { z } from 'zod'
import type { QuarterId } from '../../../domain/model/quarter'
import {
  migrateParams,
  quarterParam,
  RENAMED_PARAMS,
  readParam,
  type UrlProblem,
} from '../../../domain/url/params'
import { DECK_IDS, type DeckId } from './deck-ids'

export type PresentState = {
  deck: DeckId
  /** Undefined means "the latest quarter of the dataset". */
  quarter: QuarterId | undefined
  /** 1-based, as people say it ("slide 3"); clamped to the deck by the controller, not here. */
  slide: number
  /** Speaker time per district card in seconds; undefined = the deck's default (5 minutes). */
  timer: number | undefined
  /** Auto-advance on (true) or off (false); undefined = the deck's default (on for `overview`). */
  auto: boolean | undefined
  /** Seconds without interaction after which auto-advance resumes; undefined = default. */
  idle: number | undefined
  /** Seconds each slide stays up under auto-advance (district cards use the timer); undefined = per slide default. */
  dwell: number | undefined
  /** Show the "press F for full screen" prompt (browsers only allow full screen after a key press or click). */
  fs: boolean
}

export const PRESENT_DEFAULTS: PresentState = {
  deck: 'arena',
  quarter: undefined,
  slide: 1,
  timer: undefined,
  auto: undefined,
  idle: undefined,
  dwell: undefined,
  fs: false,
}

/** Every parameter this route owns; serializing rewrites exactly these. */
export const PRESENT_PARAMS = ['deck', 'quarter', 'slide', 'timer', 'auto', 'idle', 'dwell', 'fs'] as const

/** Old names people may type: `page=3` for the slide (as in PDF viewers), plus the app-wide renames. */
export const PRESENT_RENAMED: Record<string, string> = { ...RENAMED_PARAMS, page: 'slide' }

/** A whole number of seconds (or a slide number) within bounds; "5m"-style units are not guessed at. */
const wholeNumber = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max))

/** "1"/"true"/"on" and "0"/"false"/"off", as people write switches in links. */
const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'on' || v === 'yes')

/**
 * Example: parsePresent(new URLSearchParams('deck=overview&quarter=2022Q2&slide=3&auto=1'))
 *   → { state: { deck: 'overview', quarter: '2022Q2', slide: 3, auto: true, … }, problems: [] };
 * 'slide=0' → slide 1 and a problem { param: 'slide', value: '0' }.
 */
export function parsePresent(search: URLSearchParams): { state: PresentState; problems: UrlProblem[] } {
  const params = migrateParams(search, PRESENT_RENAMED)
  const problems: UrlProblem[] = []
  return {
    state: {
      deck: readParam(params, 'deck', z.enum(DECK_IDS), PRESENT_DEFAULTS.deck, problems),
      quarter: readParam(params, 'quarter', quarterParam.optional(), undefined, problems),
      slide: readParam(params, 'slide', wholeNumber(1, 999), PRESENT_DEFAULTS.slide, problems),
      // 10 s to 2 h: anything shorter is a typo, anything longer is not a speaking slot.
      timer: readParam(params, 'timer', wholeNumber(10, 7200).optional(), undefined, problems),
      auto: readParam(params, 'auto', flag.optional(), undefined, problems),
      idle: readParam(params, 'idle', wholeNumber(1, 3600).optional(), undefined, problems),
      dwell: readParam(params, 'dwell', wholeNumber(1, 3600).optional(), undefined, problems),
      fs: readParam(params, 'fs', flag, PRESENT_DEFAULTS.fs, problems),
    },
    problems,
  }
}

/**
 * Writes the state over `base` (keeping other parameters such as dataset and lang), omitting
 * defaults. Example: serializePresent({ ...PRESENT_DEFAULTS, quarter: '2022Q2', slide: 4 }) → "quarter=2022Q2&slide=4"
 */
export function serializePresent(state: PresentState, base = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base)
  for (const k of [...PRESENT_PARAMS, ...Object.keys(PRESENT_RENAMED)]) p.delete(k)
  if (state.deck !== PRESENT_DEFAULTS.deck) p.set('deck', state.deck)
  if (state.quarter) p.set('quarter', state.quarter)
  if (state.slide !== PRESENT_DEFAULTS.slide) p.set('slide', String(state.slide))
  if (state.timer !== undefined) p.set('timer', String(state.timer))
  if (state.auto !== undefined) p.set('auto', state.auto ? '1' : '0')
  if (state.idle !== undefined) p.set('idle', String(state.idle))
  if (state.dwell !== undefined) p.set('dwell', String(state.dwell))
  if (state.fs) p.set('fs', '1')
  return p
}

/**
 * Where Esc leads: the rankings of the same quarter (global parameters such as dataset and lang
 * are added by the href builder). Example: leaveParams({ …, quarter: '2022Q2' }) → { quarter: '2022Q2' }
 */
export function leaveParams(state: PresentState): Record<string, string | undefined> {
  return { quarter: state.quarter }
}
