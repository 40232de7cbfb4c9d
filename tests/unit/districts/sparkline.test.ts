// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { knownRuns, type SparkPoint, sparkSegments } from '../../../src/components/sparkline'

const pts = (spec: string): SparkPoint[] =>
  // "1 2d - 3": a number is a published rank, "d" marks it derived, "-" is not published.
  spec
    .split(' ')
    .map((t) => (t === '-' ? { value: null } : { value: Number.parseInt(t, 10), derived: t.endsWith('d') }))

describe('sparkSegments (dashes mean derived, as everywhere in the app)', () => {
  it.each<[string, string]>([
    ['1 2 3', '0 1'],
    ['1 2d 3', '0d 1d'],
    ['1d 2 3', '0d 1'],
    ['1 - 3 4', '2'], // never bridges a missing quarter
    ['- -', ''],
    ['5', ''],
  ])('%s → %s', (spec, expected) => {
    expect(
      sparkSegments(pts(spec))
        .map((s) => `${s.i}${s.dashed ? 'd' : ''}`)
        .join(' '),
    ).toBe(expected)
  })

  it('agrees with knownRuns on where lines exist', () => {
    const p = pts('1 2 - 4 5 6')
    expect(knownRuns(p)).toEqual([
      [0, 1],
      [3, 4, 5],
    ])
    expect(sparkSegments(p).map((s) => s.i)).toEqual([0, 3, 4])
  })
})
