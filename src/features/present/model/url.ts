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
import type { QuarterId } from '../../../domain/model/quarter'
import {
  defineParams,
  enumParam,
  idList,
  optionalSwitch,
  optionalWholeNumber,
  renamed,
  switchParam,
  wholeNumber,
} from '../../../domain/url/define'
import { quarterParam } from '../../../domain/url/params'
import { DECK_IDS, type DeckId } from './deck-ids'

export type PresentState = {
  deck: DeckId
  /** Undefined means "the latest quarter of the dataset". */
  quarter: QuarterId | undefined
  /** 1-based, as people say it ("slide 3"); clamped to the deck by the controller, not here. */
  slide: number
  /** Speaker time per district card in seconds; undefined = the deck's default (5 minutes). */
  timer: number | undefined
  /** Start each card's speaker timer when the card opens (`autostart=1`); by default it waits in 准备 until T or a click. */
  autostart: boolean
  /** Auto-advance on (true) or off (false); undefined = the deck's default (on for `overview`). */
  auto: boolean | undefined
  /** Seconds without interaction after which auto-advance resumes; undefined = default. */
  idle: number | undefined
  /** Seconds each slide stays up under auto-advance (district cards use the timer); undefined = per slide default. */
  dwell: number | undefined
  /** Show the "press F for full screen" prompt (browsers only allow full screen after a key press or click). */
  fs: boolean
  /**
   * The speaking order of the districts without a known composite rank (`order=chengyang,pingdu,…`),
   * set on the start screen; validated against the data by speaking-order.ts (unknown, repeated and
   * ranked ids are named there). Empty: the districts file's order.
   */
  order: string[]
  /** `view=presenter`: the presenter view (second window: current and next slide, timer, notes). */
  view: 'audience' | 'presenter'
  /** `start=1`: the start screen (deck, quarter, speaking order, 检查数据) instead of the slides. */
  start: boolean
}

/** `page=3` for the slide (as in PDF viewers) and `q` for the quarter still work in links. */
export const presentUrl = defineParams<PresentState>({
  deck: enumParam(DECK_IDS, 'arena'),
  quarter: renamed(quarterParam(), 'q'),
  slide: renamed(wholeNumber(1, 999, 1), 'page'),
  // 10 s to 2 h: anything shorter is a typo, anything longer is not a speaking slot.
  timer: optionalWholeNumber(10, 7200),
  autostart: switchParam(false),
  auto: optionalSwitch(),
  idle: optionalWholeNumber(1, 3600),
  dwell: optionalWholeNumber(1, 3600),
  fs: switchParam(false),
  order: idList(),
  view: enumParam(['audience', 'presenter'] as const, 'audience'),
  start: switchParam(false),
})
export const PRESENT_DEFAULTS = presentUrl.defaults

/**
 * Example: parsePresent(new URLSearchParams('deck=overview&quarter=2022Q2&slide=3&auto=1'))
 *   → { state: { deck: 'overview', quarter: '2022Q2', slide: 3, auto: true, … }, problems: [] };
 * 'slide=0' → slide 1 and a problem { param: 'slide', value: '0' }.
 */
export const parsePresent = presentUrl.parse

/**
 * Writes the state over `base` (keeping other parameters such as dataset and lang), omitting
 * defaults. Example: serializePresent({ ...PRESENT_DEFAULTS, quarter: '2022Q2', slide: 4 }) → "quarter=2022Q2&slide=4"
 */
export const serializePresent = presentUrl.serialize

/**
 * Where Esc leads: the rankings of the same quarter (global parameters such as dataset and lang
 * are added by the href builder). Example: leaveParams({ …, quarter: '2022Q2' }) → { quarter: '2022Q2' }
 */
export function leaveParams(state: PresentState): Record<string, string | undefined> {
  return { quarter: state.quarter }
}
