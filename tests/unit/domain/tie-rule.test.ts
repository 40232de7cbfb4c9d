// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { competitionRanks, rankOrderConflict, scoreKey } from '../../../src/domain/rules/tie-rule'

describe('scoreKey (hundredths, the published precision)', () => {
  it.each([
    [52.4, 5240],
    [52.40000001, 5240],
    [52.43, 5243],
    [88.12, 8812],
    [0.1 + 0.2, 30],
    [0, 0],
  ])('%d → %i', (score, key) => {
    expect(scoreKey(score)).toBe(key)
  })
})

describe('competitionRanks', () => {
  it.each<[string, (number | null)[], (number | null)[]]>([
    ['distinct scores', [90, 88, 86, 80], [1, 2, 3, 4]],
    ['a tie skips the next rank (1, 2, 2, 4)', [90, 88, 88, 80], [1, 2, 2, 4]],
    ['a tie with two decimals', [90, 88.12, 88.12, 80], [1, 2, 2, 4]],
    ['a tie at the top', [90, 90, 80], [1, 1, 3]],
    ['a tie at the bottom', [90, 80, 80], [1, 2, 2]],
    ['a three-way tie', [70, 75, 75, 75, 60], [4, 1, 1, 1, 5]],
    ['all tied', [50, 50, 50, 50], [1, 1, 1, 1]],
    ['input order is kept (not sorted)', [80, 90, 88, 88], [4, 1, 2, 2]],
    ['missing scores get no rank and take no place', [5, null, 7], [2, null, 1]],
    ['a leading null', [null, 10, 9], [null, 1, 2]],
    ['all missing', [null, null], [null, null]],
    ['empty', [], []],
    ['one row', [42], [1]],
    ['float noise ties at two decimals (52.4 vs 52.40000001)', [52.43, 52.4, 52.40000001], [1, 2, 2]],
    ['0.1 + 0.2 ties 0.3', [0.1 + 0.2, 0.3], [1, 1]],
    ['one hundredth still separates', [52.4, 52.39], [1, 2]],
    ['negative and zero scores rank normally', [0, -1, 3], [2, 3, 1]],
  ])('%s', (_name, scores, ranks) => {
    expect(competitionRanks(scores)).toEqual(ranks)
  })

  it('reproduces the printed ranks of the real 2022Q2 economy table', () => {
    const scores = [54.96, 52.43, 52.4, 51.0, 50.19, 49.91, 48.61, 48.49, 48.41, 44.69]
    expect(competitionRanks(scores)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })
})

describe('rankOrderConflict', () => {
  type R = { rank: number | null; score: number | null }
  const rows = (...pairs: [number | null, number | null][]): R[] =>
    pairs.map(([rank, score]) => ({ rank, score }))

  it.each<[string, R[]]>([
    ['empty', []],
    ['one row', rows([1, 90])],
    ['consistent, distinct', rows([1, 90], [2, 88.12], [3, 86.53], [4, 86.17], [5, 83.91])],
    ['consistent with a tie', rows([1, 90], [2, 88], [2, 88], [4, 80])],
    ['consistent in any row order', rows([4, 80], [1, 90], [2, 88], [2, 88])],
    ['partial: a published top with a gap', rows([1, 90], [2, 88], [5, 80])],
    ['partial: ranks without scores are not compared', rows([1, null], [2, 88], [3, null], [4, 87])],
    ['partial: scores without ranks are not compared', rows([null, 99], [1, 90], [2, 80])],
    ['float noise is a tie, so a shared rank is right', rows([2, 52.4], [2, 52.40000001])],
  ])('no conflict: %s', (_name, input) => {
    expect(rankOrderConflict(input)).toBeNull()
  })

  it.each<[string, R[], [number, number]]>([
    ['higher score, worse rank', rows([1, 90], [2, 91]), [0, 1]],
    ['equal scores, different ranks', rows([1, 90], [2, 90]), [0, 1]],
    ['different scores, shared rank', rows([1, 90], [1, 89]), [0, 1]],
    ['the first disagreeing pair is reported', rows([1, 90], [2, 80], [3, 85]), [1, 2]],
    [
      'partial rows: conflict across a row without score',
      rows([1, null], [2, 87], [3, null], [4, 88]),
      [1, 3],
    ],
    ['float noise must not split a tie', rows([2, 52.4], [3, 52.40000001]), [0, 1]],
  ])('conflict: %s', (_name, input, pair) => {
    expect(rankOrderConflict(input)).toEqual(pair)
  })
})
