/**
 * Movement vs the previous quarter. A change is only known when both ends are known; the
 * baseline quarter is always named so the UI can say "▲2 vs 2022Q1".
 */
import type { Figure } from '../model/figure'
import type { QuarterId } from '../model/quarter'
import { RISE_FLAG_MIN_PLACES } from './flags'
import { scoreKey } from './tie-rule'

export type Change =
  | {
      kind: 'known'
      baseline: QuarterId
      /** Positive = better: for ranks, places gained (7 → 5 is +2); for scores, points gained. */
      delta: number
      from: number | null
      to: number | null
      /** 'published' when a source states the change itself; 'derived' when computed. */
      status: 'published' | 'derived'
      /** True when an input of the computation was itself derived. */
      fromDerivedInput: boolean
      /**
       * A lower bound, not the change: a published 加压奋进、进位赶超 flag with the previous rank
       * unknown says the district rose at least RISE_FLAG_MIN_PLACES places ("▲≥2（据红旗规则推算）").
       */
      atLeast?: true
    }
  | {
      kind: 'unknown'
      baseline: QuarterId
      missing: 'current' | 'baseline' | 'both'
      /** Set when the baseline quarter's file exists but was rejected: the change is unknown because of it. */
      brokenFile?: string
    }

/**
 * An unknown change whose baseline quarter has a rejected file says so, naming the file, instead of
 * reading as "not published". Example: withBrokenBaseline({ kind: 'unknown', baseline: '2022Q2', … },
 *   new Map([['2022Q2', 'data/real/quarters/2022Q2.json']])) → { …, brokenFile: 'data/real/quarters/2022Q2.json' }
 */
export function withBrokenBaseline(change: Change, broken?: ReadonlyMap<QuarterId, string>): Change {
  if (change.kind !== 'unknown' || change.missing === 'current') return change
  const file = broken?.get(change.baseline)
  return file ? { ...change, brokenFile: file } : change
}

function missingSide(cur: Figure<number>, prev: Figure<number>): 'current' | 'baseline' | 'both' {
  if (cur.status === 'not-published' && prev.status === 'not-published') return 'both'
  return cur.status === 'not-published' ? 'current' : 'baseline'
}

/**
 * The one rule for when a change is 推算 (derived), used by every view that marks one (the rankings
 * change column, the district card, the movers brief): whenever it was computed (from two ranks, or as
 * the rise flag's lower bound) rather than stated in a source. Example: 黄岛区 2022Q2 第1 vs 2022Q1
 * 第1 (both published) → true: "持平" is arithmetic, not a published sentence.
 */
export function isDerivedChange(change: Change): boolean {
  return change.kind === 'known' && change.status === 'derived'
}

/**
 * Example: rankChange(rank 5 published, rank 7 derived, "2022Q1") →
 * { kind: 'known', delta: 2, from: 7, to: 5, status: 'derived', fromDerivedInput: true, baseline: '2022Q1' }.
 * A published statement of the change ("上升2个位次") wins over the arithmetic. With the previous rank
 * unknown but a published rise flag (`riseFlag`), the change is the flag rule's lower bound:
 * rankChange(not published, not published, "2023Q2", undefined, true) → { delta: 2, atLeast: true, status: 'derived', … }
 */
export function rankChange(
  current: Figure<number>,
  previous: Figure<number>,
  baseline: QuarterId,
  statedPlacesUp?: number,
  riseFlag = false,
): Change {
  const from = previous.status === 'not-published' ? null : previous.value
  const to = current.status === 'not-published' ? null : current.value
  if (statedPlacesUp !== undefined)
    return {
      kind: 'known',
      baseline,
      delta: statedPlacesUp,
      from,
      to,
      status: 'published',
      fromDerivedInput: false,
    }
  if (from === null && riseFlag)
    return {
      kind: 'known',
      baseline,
      delta: RISE_FLAG_MIN_PLACES,
      from,
      to,
      status: 'derived',
      fromDerivedInput: false,
      atLeast: true,
    }
  if (from === null || to === null)
    return { kind: 'unknown', baseline, missing: missingSide(current, previous) }
  return {
    kind: 'known',
    baseline,
    delta: from - to,
    from,
    to,
    status: 'derived',
    fromDerivedInput: current.status === 'derived' || previous.status === 'derived',
  }
}

/** Example: scoreChange(90, 88.5, "2022Q1") → delta 1.5 (rounded to hundredths, the published precision) */
export function scoreChange(current: Figure<number>, previous: Figure<number>, baseline: QuarterId): Change {
  if (current.status === 'not-published' || previous.status === 'not-published')
    return { kind: 'unknown', baseline, missing: missingSide(current, previous) }
  return {
    kind: 'known',
    baseline,
    delta: (scoreKey(current.value) - scoreKey(previous.value)) / 100,
    from: previous.value,
    to: current.value,
    status: 'derived',
    fromDerivedInput: current.status === 'derived' || previous.status === 'derived',
  }
}
