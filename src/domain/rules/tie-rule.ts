/**
 * Ranking rule: rank by score, higher is better; equal scores share a rank and the next rank
 * skips ("competition ranking": 90, 88, 88, 80 → 1, 2, 2, 4). Scores are compared at the
 * published precision (two decimals), so 52.4 and 52.40 tie and float noise never splits a tie.
 */

/** Scores are published with two decimals; compare in hundredths. */
export function scoreKey(score: number): number {
  return Math.round(score * 100)
}

/**
 * Example: competitionRanks([90, 88.12, 88.12, 80]) → [1, 2, 2, 4];
 * competitionRanks([5, null, 7]) → [2, null, 1] (missing scores get no rank).
 */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  // O(n log n): sort the known keys best first; a key's rank is 1 + the position of its first copy.
  const known = scores
    .filter((s): s is number => s !== null)
    .map(scoreKey)
    .sort((a, b) => b - a)
  const rankOf = new Map<number, number>()
  known.forEach((k, i) => {
    if (!rankOf.has(k)) rankOf.set(k, i + 1)
  })
  return scores.map((s) => (s === null ? null : (rankOf.get(scoreKey(s)) ?? null)))
}

/**
 * Checks that published ranks agree with the score order, pair by pair, so it also works for a
 * partial table (e.g. a published top 5). Returns the first disagreeing pair, or null.
 * Example: rankOrderConflict([{rank:1,score:90},{rank:2,score:91}]) → [0, 1]
 */
export function rankOrderConflict(
  rows: readonly { rank: number | null; score: number | null }[],
): [number, number] | null {
  if (ranksFollowScores(rows)) return null
  // Only a table that does disagree pays for finding its first pair (a large valid one never does).
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]
      const b = rows[j]
      if (!a || !b || a.rank === null || b.rank === null || a.score === null || b.score === null) continue
      const sa = scoreKey(a.score)
      const sb = scoreKey(b.score)
      const ok = sa === sb ? a.rank === b.rank : sa > sb ? a.rank < b.rank : a.rank > b.rank
      if (!ok) return [i, j]
    }
  }
  return null
}

/** O(n log n): by score, best first, ranks must not decrease, and equal scores must share a rank. */
function ranksFollowScores(rows: readonly { rank: number | null; score: number | null }[]): boolean {
  const known = rows
    .filter((r): r is { rank: number; score: number } => r.rank !== null && r.score !== null)
    .map((r) => ({ rank: r.rank, key: scoreKey(r.score) }))
    .sort((a, b) => b.key - a.key || a.rank - b.rank)
  for (let i = 1; i < known.length; i++) {
    const a = known[i - 1] as { rank: number; key: number }
    const b = known[i] as { rank: number; key: number }
    if (a.key === b.key ? a.rank !== b.rank : a.rank >= b.rank) return false
  }
  return true
}
