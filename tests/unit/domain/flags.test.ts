// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { FLAG_RULE_TEXT, riseFlagByRule, topFlagByRule } from '../../../src/domain/rules/flags'

describe('topFlagByRule (真抓实干、勇当排头: composite rank 1 or 2)', () => {
  it.each<[number | null, boolean | null]>([
    [1, true],
    [2, true],
    [3, false],
    [10, false],
    [null, null],
  ])('rank %s → %s', (rank, expected) => {
    expect(topFlagByRule(rank)).toBe(expected)
  })

  it('an unknown rank is "cannot tell" (null), never false', () => {
    expect(topFlagByRule(null)).not.toBe(false)
    expect(topFlagByRule(null)).toBeNull()
  })
})

describe('riseFlagByRule (加压奋进、进位赶超: up 2 or more places vs the previous quarter)', () => {
  it.each<[string, number | null, number | null, boolean | null]>([
    ['up exactly 2 (7 → 5)', 5, 7, true],
    ['up 3 (4 → 1)', 1, 4, true],
    ['up 9 (10 → 1)', 1, 10, true],
    ['up 1 (6 → 5)', 5, 6, false],
    ['unchanged', 5, 5, false],
    ['down 1', 6, 5, false],
    ['down 2 (5 → 7)', 7, 5, false],
    ['previous rank unknown', 5, null, null],
    ['current rank unknown', null, 7, null],
    ['both unknown', null, null, null],
  ])('%s → %s', (_name, rank, previousRank, expected) => {
    expect(riseFlagByRule(rank, previousRank)).toBe(expected)
  })

  it.each<[number | null, number | null]>([
    [5, null],
    [null, 7],
  ])('unknown input (%s, %s) is null, not false', (rank, prev) => {
    const result = riseFlagByRule(rank, prev)
    expect(result).not.toBe(false)
    expect(result).toBeNull()
  })
})

describe('FLAG_RULE_TEXT', () => {
  it.each([
    ['top', '综合成绩居前2位'],
    ['rise', '综合位次较上季度上升2位及以上'],
  ] as const)('%s: %s', (flag, rule) => {
    expect(FLAG_RULE_TEXT[flag]).toBe(rule)
  })
})
