/**
 * Star rule (摘星): per section, districts are ranked by score and starred "from 10 stars down to
 * 1 star" (按"10星"至"1星"逐级评星): 1st → 10★, 2nd → 9★, …, 10th → 1★.
 *
 * - Ties: tied districts share a rank (see ranking.ts), so they share its stars; the next district
 *   gets the stars of its own rank (ranks 1, 2, 2, 4 → 10★, 9★, 9★, 7★).
 * - Other district counts: the top is always 10★ and each place below costs one star, with a floor
 *   of 1★ (a 12th place also gets 1★; with 8 districts the last gets 3★). The notices only ever
 *   cover ten districts, so this extension is ours and is stated wherever it matters.
 */
export const MAX_STARS = 10

/** Example: starsForRank(1) → 10, starsForRank(4) → 7, starsForRank(12) → 1 */
export function starsForRank(rank: number): number {
  return Math.max(1, MAX_STARS + 1 - rank)
}

export type StarComparison = {
  published: number | null
  rule: number | null
  /** True only when both are known and they differ. */
  differs: boolean
}

/** Example: compareStars(9, 1) → { published: 9, rule: 10, differs: true } */
export function compareStars(published: number | null, rank: number | null): StarComparison {
  const rule = rank === null ? null : starsForRank(rank)
  return { published, rule, differs: published !== null && rule !== null && published !== rule }
}
