/**
 * Red-flag rules (夺旗), from the assessment method as quoted in the notices:
 * - 真抓实干、勇当排头 ("top"): composite rank 1 or 2 (综合成绩居前2位).
 * - 加压奋进、进位赶超 ("rise"): composite rank improved by 2 or more places vs the previous quarter.
 *
 * A rule can only be applied when its inputs are known: with an unknown rank the answer is
 * `null` ("cannot tell"), never `false`.
 */
import type { FlagId } from '../model/ids'

/** The rise flag's threshold: composite places gained vs the previous quarter (提升2个以上位次). */
export const RISE_FLAG_MIN_PLACES = 2
/** The top flag's threshold: composite rank at most this (居前2位). */
export const TOP_FLAG_MAX_RANK = 2

/** The rules as the assessment method states them (shown with derived flags). */
export const FLAG_RULE_TEXT: Record<FlagId, string> = {
  top: `综合成绩居前${TOP_FLAG_MAX_RANK}位`,
  rise: `综合位次较上季度上升${RISE_FLAG_MIN_PLACES}位及以上`,
}

/** Example: topFlagByRule(2) → true; topFlagByRule(3) → false; topFlagByRule(null) → null */
export function topFlagByRule(rank: number | null): boolean | null {
  return rank === null ? null : rank <= TOP_FLAG_MAX_RANK
}

/** Example: riseFlagByRule(5, 7) → true (up 2); riseFlagByRule(5, 6) → false; riseFlagByRule(5, null) → null */
export function riseFlagByRule(rank: number | null, previousRank: number | null): boolean | null {
  if (rank === null || previousRank === null) return null
  return previousRank - rank >= RISE_FLAG_MIN_PLACES
}
