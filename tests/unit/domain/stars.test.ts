// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { compareStars, MAX_STARS, starsForRank } from '../../../src/domain/rules/stars'
import { competitionRanks } from '../../../src/domain/rules/tie-rule'
import { loadQuarter } from '../../fixtures/datasets'

describe('starsForRank (10★ for 1st down to 1★, floor at 1)', () => {
  it.each([
    [1, 10],
    [2, 9],
    [3, 8],
    [4, 7],
    [5, 6],
    [6, 5],
    [7, 4],
    [8, 3],
    [9, 2],
    [10, 1],
    [11, 1],
    [12, 1],
  ])('rank %i → %i★', (rank, stars) => {
    expect(starsForRank(rank)).toBe(stars)
  })

  it('the top is MAX_STARS = 10', () => {
    expect(MAX_STARS).toBe(10)
    expect(starsForRank(1)).toBe(MAX_STARS)
  })

  it.each<[string, number[], number[]]>([
    ['ranks 1,2,2,4', [90, 88, 88, 80], [10, 9, 9, 7]],
    ['a tie at the top', [90, 90, 80], [10, 10, 8]],
    ['all tied', [60, 60, 60], [10, 10, 10]],
  ])('tied districts share stars and the next gets its own rank’s stars: %s', (_name, scores, stars) => {
    const ranks = competitionRanks(scores)
    expect(ranks.map((r) => starsForRank(r ?? Number.NaN))).toEqual(stars)
  })
})

describe('compareStars', () => {
  it.each<
    [
      string,
      number | null,
      number | null,
      { published: number | null; rule: number | null; differs: boolean },
    ]
  >([
    ['agree', 9, 2, { published: 9, rule: 9, differs: false }],
    ['printed 9★ at rank 1', 9, 1, { published: 9, rule: 10, differs: true }],
    ['printed 8★ at rank 4', 8, 4, { published: 8, rule: 7, differs: true }],
    ['printed more than the rule', 10, 3, { published: 10, rule: 8, differs: true }],
    ['no printed stars: unknown, not a difference', null, 1, { published: null, rule: 10, differs: false }],
    ['no rank: rule unknown, not a difference', 9, null, { published: 9, rule: null, differs: false }],
    ['both unknown', null, null, { published: null, rule: null, differs: false }],
    ['beyond 10th uses the floor', 1, 12, { published: 1, rule: 1, differs: false }],
  ])('%s', (_name, published, rank, expected) => {
    expect(compareStars(published, rank)).toEqual(expected)
  })
})

describe('the real 2022Q2 star tables (printed vs rule)', () => {
  const q2 = loadQuarter('real', 'quarters/2022Q2.json')

  it.each(['economy', 'urban'] as const)(
    '%s: printed 9,9,8,8,6,5,4,3,2,1; rule 10,9,…,1; they differ exactly at ranks 1 and 4',
    (sectionId) => {
      const section = q2.sections.find((s) => s.id === sectionId)
      if (section?.table.status !== 'published') throw new Error(`${sectionId} table not published`)
      const rows = [...section.table.rows].sort((a, b) => a.rank - b.rank)
      expect(rows.map((r) => r.stars)).toEqual([9, 9, 8, 8, 6, 5, 4, 3, 2, 1])
      expect(rows.map((r) => starsForRank(r.rank))).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
      const differing = rows.filter((r) => compareStars(r.stars, r.rank).differs).map((r) => r.rank)
      expect(differing).toEqual([1, 4])
    },
  )

  it('the rule stars from the scores equal the rule stars from the printed ranks (no ties in 2022Q2)', () => {
    for (const s of q2.sections) {
      if (s.table.status !== 'published') continue
      const fromScores = competitionRanks(s.table.rows.map((r) => r.score))
      expect(fromScores).toEqual(s.table.rows.map((r) => r.rank))
    }
  })
})
