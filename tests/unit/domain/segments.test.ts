import { describe, expect, it } from 'vitest'
import { type SegmentPoint, segments } from '../../../src/domain/tables/segments'

/** 'p' published, 'd' derived, '-' missing. */
const pts = (spec: string): SegmentPoint[] => [...spec].map((c) => ({ known: c !== '-', derived: c === 'd' }))

describe('segments: consecutive known points, dashed when an end is derived, gaps never bridged', () => {
  it.each([
    ['', []],
    ['p', []],
    ['pp', [{ i: 0, dashed: false }]],
    ['pd', [{ i: 0, dashed: true }]],
    ['dp', [{ i: 0, dashed: true }]],
    [
      'pdp-p',
      [
        { i: 0, dashed: true },
        { i: 1, dashed: true },
      ],
    ],
    ['p-p', []],
    [
      'pp-pp',
      [
        { i: 0, dashed: false },
        { i: 3, dashed: false },
      ],
    ],
    ['--', []],
    [
      'ddd',
      [
        { i: 0, dashed: true },
        { i: 1, dashed: true },
      ],
    ],
  ])('%j', (spec, expected) => {
    expect(segments(pts(spec))).toEqual(expected)
  })
})
