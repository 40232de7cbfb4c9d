// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { NOT_PUBLISHED } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import type { FlagId } from '../../../src/domain/model/schema'
import { districtHistory, type HistoryEntry } from '../../../src/domain/tables/district-history'
import type { FlagView } from '../../../src/domain/tables/ranking-table'
import {
  type FlagMark,
  type FlagState,
  flagMark,
  historyStreaks,
  streakAt,
  streakLengthAt,
  streaksOf,
} from '../../../src/features/districts/model/streaks'
import { loadDataset } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

/** 'H' held (published), 'D' held (derived), 'N' not held, '?' unknown, per quarter from 2022Q1. */
function marks(pattern: string, start: QuarterId = '2022Q1'): FlagMark[] {
  const qs: QuarterId[] = []
  let [y, q] = [Number(start.slice(0, 4)), Number(start.slice(5))]
  for (let i = 0; i < pattern.length; i++) {
    qs.push(`${y}Q${q}` as QuarterId)
    q++
    if (q === 5) [y, q] = [y + 1, 1]
  }
  return [...pattern].map((c, i) => ({
    quarter: qs[i] as QuarterId,
    state: (c === 'H' || c === 'D' ? 'held' : c === 'N' ? 'not-held' : 'unknown') as FlagState,
    derived: c === 'D',
  }))
}

const summary = (pattern: string) =>
  streaksOf('top', marks(pattern)).map(
    (s) => `${s.from}-${s.to}:${s.length}${s.derived ? 'd' : ''}${s.atLeast ? '+' : ''}`,
  )

describe('streaksOf', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['NNN', []],
    ['???', []],
    ['H', ['2022Q1-2022Q1:1']],
    ['HHH', ['2022Q1-2022Q3:3']],
    ['HHHN', ['2022Q1-2022Q3:3']],
    // An unknown neighbour means the run may be longer than the data shows.
    ['HHH?H', ['2022Q1-2022Q3:3+', '2023Q1-2023Q1:1+']],
    ['NHHN', ['2022Q2-2022Q3:2']],
    ['?HH', ['2022Q2-2022Q3:2+']],
    ['HDH', ['2022Q1-2022Q3:3d']],
    ['HNHNH', ['2022Q1-2022Q1:1', '2022Q3-2022Q3:1', '2023Q1-2023Q1:1']],
    ['DDDDD', ['2022Q1-2023Q1:5d']],
  ])('%j → %j', (pattern, expected) => {
    expect(summary(pattern)).toEqual(expected)
  })

  it('breaks a run at a calendar gap (a quarter with no data at all), marking both sides open', () => {
    const m = marks('HHHH').filter((x) => x.quarter !== '2022Q3')
    expect(streaksOf('top', m).map((s) => [s.from, s.to, s.length, s.atLeast])).toEqual([
      ['2022Q1', '2022Q2', 2, true],
      ['2022Q4', '2022Q4', 1, true],
    ])
  })
})

describe('streakLengthAt', () => {
  const streaks = streaksOf('top', marks('HHHNH'))
  it.each<[QuarterId, FlagId, number]>([
    ['2022Q1', 'top', 1],
    ['2022Q2', 'top', 2],
    ['2022Q3', 'top', 3],
    ['2022Q4', 'top', 0],
    ['2023Q1', 'top', 1],
    ['2022Q3', 'rise', 0],
  ])('%s %s → %i', (q, flag, n) => {
    expect(streakLengthAt(streaks, flag, q)).toBe(n)
  })
})

describe('flagMark', () => {
  const base: HistoryEntry = {
    quarter: '2022Q2',
    file: 'present',
    rank: NOT_PUBLISHED,
    score: NOT_PUBLISHED,
    totalStars: NOT_PUBLISHED,
    flags: [],
    rankChange: { kind: 'unknown', baseline: '2022Q1', missing: 'both' },
    scoreChange: { kind: 'unknown', baseline: '2022Q1', missing: 'both' },
    sections: [],
    sectionsListed: false,
  }
  const flag = (f: FlagId, status: 'published' | 'derived'): FlagView => ({
    flag: f,
    status,
    reason: 'x',
    provenance:
      status === 'published' ? { status, sources: ['s'] } : { status, rule: 'r', inputs: ['i'], sources: [] },
  })
  const rank = (v: number) => ({ status: 'published' as const, value: v, sources: ['s'] })
  const known = (delta: number) =>
    ({
      kind: 'known',
      baseline: '2022Q1',
      delta,
      from: 5 + delta,
      to: 5,
      status: 'derived',
      fromDerivedInput: false,
    }) as const

  it.each<[string, Partial<HistoryEntry>, FlagId, FlagState, boolean]>([
    ['published top', { flags: [flag('top', 'published')] }, 'top', 'held', false],
    ['derived top', { flags: [flag('top', 'derived')] }, 'top', 'held', true],
    ['rank 3, no flag', { rank: rank(3) }, 'top', 'not-held', false],
    ['rank unknown, no flag', {}, 'top', 'unknown', false],
    ['published rise', { flags: [flag('rise', 'published')] }, 'rise', 'held', false],
    ['rank change +1', { rankChange: known(1) }, 'rise', 'not-held', false],
    ['rank change −3', { rankChange: known(-3) }, 'rise', 'not-held', false],
    ['rank change unknown', { rank: rank(1) }, 'rise', 'unknown', false],
  ])('%s → %s', (_, patch, f, state, derived) => {
    expect(flagMark({ ...base, ...patch }, f)).toEqual({ quarter: '2022Q2', state, derived })
  })
})

describe('streakAt (the header\'s "至本季度已连续n个季度" says when a counted quarter is derived)', () => {
  it.each<[string, QuarterId, { length: number; derived: boolean }]>([
    // 2022Q1 held only by the rule: counting up to 2022Q2 includes it.
    ['DHHH', '2022Q2', { length: 2, derived: true }],
    ['DHHH', '2022Q1', { length: 1, derived: true }],
    ['HHHD', '2022Q3', { length: 3, derived: false }],
    ['HHHD', '2022Q4', { length: 4, derived: true }],
    ['HHHH', '2022Q4', { length: 4, derived: false }],
    ['NHHH', '2022Q1', { length: 0, derived: false }],
  ])('%s at %s → %j', (pattern, q, expected) => {
    expect(streakAt(streaksOf('top', marks(pattern)), 'top', q)).toEqual(expected)
  })

  it('real huangdao 2022Q2: 2 quarters, including the rule-derived 2022Q1 flag', () => {
    const real = loadDataset('real')
    expect(streakAt(historyStreaks(districtHistory(real, 'huangdao')), 'top', '2022Q2')).toEqual({
      length: 2,
      derived: true,
    })
  })
})

describe('historyStreaks on real and synthetic data', () => {
  const real = loadDataset('real')
  const fmt = (district: string) =>
    historyStreaks(districtHistory(real, district))
      .filter((s) => s.length > 1)
      .map(
        (s) =>
          `${s.flag} ${s.from}-${s.to} ${s.length}${s.derived ? ' derived' : ''}${s.atLeast ? ' atLeast' : ''}`,
      )

  it.each<[string, string[]]>([
    // Ranked 1st in every 2022 quarter and flagged in 2023Q1; 2023Q2 has no file, so the run stops there.
    ['huangdao', ['top 2022Q1-2023Q1 5 derived atLeast']],
    // "前三季度连续三次夺得" — 2022Q4 is unknown (no rank, no flag published), so it may have continued.
    ['jiaozhou', ['top 2022Q1-2022Q3 3 atLeast']],
    ['shinan', []],
  ])('%s → %j', (district, expected) => {
    expect(fmt(district)).toEqual(expected)
  })

  it('derives the synthetic top-flag run from ranks (alpha 1st then 2nd)', () => {
    const ds = syntheticDataset()
    const s = historyStreaks(districtHistory(ds, 'alpha')).filter((x) => x.flag === 'top')
    expect(s.map((x) => [x.from, x.to, x.length, x.derived, x.atLeast])).toEqual([
      ['2030Q1', '2030Q2', 2, true, true],
    ])
  })
})
