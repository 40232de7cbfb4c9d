/**
 * Flag streaks ("连续3个季度"): runs of calendar-consecutive quarters in which a district held a
 * flag. A quarter only extends a run when the flag is known to be held there (published, or
 * derived by the flag rule from known ranks). A quarter where holding it is unknown breaks the
 * run like a quarter where it was not held, because a streak is a claim about every quarter in
 * it; the run is then marked `atLeast`, since the unknown neighbour might have continued it.
 */

import { figureValue } from '../../../domain/model/figure'
import { nextQuarter, type QuarterId } from '../../../domain/model/quarter'
import type { FlagId } from '../../../domain/model/schema'
import { topFlagByRule } from '../../../domain/rules/flags'
import type { HistoryEntry } from '../../../domain/tables/district-history'

export type FlagState = 'held' | 'not-held' | 'unknown'

/** Whether a district held one flag in one quarter, and whether that rests on a derived figure. */
export type FlagMark = { quarter: QuarterId; state: FlagState; derived: boolean }

export type Streak = {
  flag: FlagId
  from: QuarterId
  to: QuarterId
  quarters: QuarterId[]
  length: number
  /** True when any quarter of the run holds the flag only by the rule (not by a published award). */
  derived: boolean
  /** The quarters of the run that hold the flag only by the rule, so a count "up to now" can say so. */
  derivedQuarters: QuarterId[]
  /** True when a quarter right before or after the run is unknown, so the run may be longer. */
  atLeast: boolean
}

/**
 * Example: for 'top', an entry listing a published 'top' flag → held; rank 3 and no flag →
 * not-held (the rule needs rank 1 or 2); no known rank and no flag → unknown.
 * For 'rise', a known rank change below +2 → not-held, an unknown change → unknown.
 */
export function flagMark(entry: HistoryEntry, flag: FlagId): FlagMark {
  const held = entry.flags.find((f) => f.flag === flag)
  if (held) return { quarter: entry.quarter, state: 'held', derived: held.status === 'derived' }
  if (flag === 'top') {
    const byRule = topFlagByRule(figureValue(entry.rank))
    return { quarter: entry.quarter, state: byRule === false ? 'not-held' : 'unknown', derived: false }
  }
  // A known change below 2 places rules the rise flag out; flagsFor would have derived it otherwise.
  const change = entry.rankChange
  const state: FlagState = change.kind === 'known' && change.delta < 2 ? 'not-held' : 'unknown'
  return { quarter: entry.quarter, state, derived: false }
}

/**
 * Runs of held quarters, oldest first. Marks must be in calendar order; a calendar gap between two
 * marks breaks a run just as an unknown quarter does.
 * Example: held 2022Q1, Q2, Q3, unknown Q4, held 2023Q1 →
 *   [{ from 2022Q1, to 2022Q3, length 3, atLeast: true }, { from 2023Q1, to 2023Q1, length 1, atLeast: true }]
 */
export function streaksOf(flag: FlagId, marks: readonly FlagMark[]): Streak[] {
  const contiguous = (a: FlagMark | undefined, b: FlagMark | undefined) =>
    a !== undefined && b !== undefined && nextQuarter(a.quarter) === b.quarter
  // The neighbour of a run may be longer than the data shows when it is unknown or missing from
  // the data (a calendar gap); the dataset's own first and last quarters are the known range.
  const open = (inner: FlagMark | undefined, outer: FlagMark | undefined, outerIsBefore: boolean) =>
    outer !== undefined &&
    (outer.state === 'unknown' || !(outerIsBefore ? contiguous(outer, inner) : contiguous(inner, outer)))
  const out: Streak[] = []
  let start = -1
  for (let i = 0; i <= marks.length; i++) {
    const m = marks[i]
    const extends_ = m?.state === 'held' && start >= 0 && contiguous(marks[i - 1], m)
    if (start >= 0 && !extends_) {
      const run = marks.slice(start, i)
      out.push({
        flag,
        from: run[0]?.quarter as QuarterId,
        to: run.at(-1)?.quarter as QuarterId,
        quarters: run.map((x) => x.quarter),
        length: run.length,
        derived: run.some((x) => x.derived),
        derivedQuarters: run.filter((x) => x.derived).map((x) => x.quarter),
        atLeast: open(run[0], marks[start - 1], true) || open(run.at(-1), marks[i], false),
      })
      start = -1
    }
    if (m?.state === 'held' && start < 0) start = i
  }
  return out
}

/** Streaks of every flag in a district history. Example: real huangdao → 'top' 2022Q1–2023Q1 (5). */
export function historyStreaks(
  entries: readonly HistoryEntry[],
  flags: readonly FlagId[] = ['top', 'rise'],
): Streak[] {
  return flags.flatMap((flag) =>
    streaksOf(
      flag,
      entries.map((e) => flagMark(e, flag)),
    ),
  )
}

/**
 * How many quarters in a row the flag has been held up to and including `quarter`, from the run
 * that contains it; 0 when the flag is not held then.
 * Example: run 2022Q1–2022Q3, quarter 2022Q2 → 2 ("连续2个季度" as of 2022Q2).
 */
export function streakLengthAt(streaks: readonly Streak[], flag: FlagId, quarter: QuarterId): number {
  return streakAt(streaks, flag, quarter).length
}

/**
 * The run up to and including `quarter`: its length and whether any quarter counted holds the
 * flag only by the rule, so "连续2个季度" can say "含按规则推算的季度" like the history does.
 * Example: run 2022Q1 (derived) – 2023Q1, quarter 2022Q2 → { length: 2, derived: true };
 * the same run with 2022Q1 published → { length: 2, derived: false }; not held → { length: 0, derived: false }.
 */
export function streakAt(
  streaks: readonly Streak[],
  flag: FlagId,
  quarter: QuarterId,
): { length: number; derived: boolean } {
  const run = streaks.find((s) => s.flag === flag && s.quarters.includes(quarter))
  if (!run) return { length: 0, derived: false }
  const upTo = run.quarters.slice(0, run.quarters.indexOf(quarter) + 1)
  return { length: upTo.length, derived: upTo.some((q) => run.derivedQuarters.includes(q)) }
}
