// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { type Figure, NOT_PUBLISHED } from '../../../src/domain/model/figure'
import { type Change, rankChange, scoreChange } from '../../../src/domain/rules/change'

const pub = (value: number): Figure<number> => ({ status: 'published', value, sources: ['src'] })
const der = (value: number): Figure<number> => ({
  status: 'derived',
  value,
  rule: 'test rule',
  inputs: ['test input'],
  sources: ['src'],
})
const np: Figure<number> = NOT_PUBLISHED

describe('rankChange (positive = places gained)', () => {
  it.each<[string, Figure<number>, Figure<number>, Change]>([
    [
      'up 2 (7 → 5), both published',
      pub(5),
      pub(7),
      {
        kind: 'known',
        baseline: '2022Q1',
        delta: 2,
        from: 7,
        to: 5,
        status: 'derived',
        fromDerivedInput: false,
      },
    ],
    [
      'down 2 (5 → 7)',
      pub(7),
      pub(5),
      {
        kind: 'known',
        baseline: '2022Q1',
        delta: -2,
        from: 5,
        to: 7,
        status: 'derived',
        fromDerivedInput: false,
      },
    ],
    [
      'unchanged',
      pub(1),
      pub(1),
      {
        kind: 'known',
        baseline: '2022Q1',
        delta: 0,
        from: 1,
        to: 1,
        status: 'derived',
        fromDerivedInput: false,
      },
    ],
    [
      'previous rank derived → marked',
      pub(5),
      der(7),
      {
        kind: 'known',
        baseline: '2022Q1',
        delta: 2,
        from: 7,
        to: 5,
        status: 'derived',
        fromDerivedInput: true,
      },
    ],
    [
      'current rank derived → marked',
      der(2),
      pub(2),
      {
        kind: 'known',
        baseline: '2022Q1',
        delta: 0,
        from: 2,
        to: 2,
        status: 'derived',
        fromDerivedInput: true,
      },
    ],
    ['current missing', np, pub(7), { kind: 'unknown', baseline: '2022Q1', missing: 'current' }],
    ['baseline missing', pub(5), np, { kind: 'unknown', baseline: '2022Q1', missing: 'baseline' }],
    ['both missing', np, np, { kind: 'unknown', baseline: '2022Q1', missing: 'both' }],
    [
      'derived current, missing baseline',
      der(3),
      np,
      { kind: 'unknown', baseline: '2022Q1', missing: 'baseline' },
    ],
  ])('%s', (_name, current, previous, expected) => {
    expect(rankChange(current, previous, '2022Q1')).toEqual(expected)
  })

  it.each(['2022Q1', '2022Q4', '2023Q2'] as const)(
    'names the baseline it was given (%s), known or not',
    (q) => {
      expect(rankChange(pub(3), pub(4), q).baseline).toBe(q)
      expect(rankChange(np, pub(4), q).baseline).toBe(q)
    },
  )

  describe('a stated change ("上升2个位次") wins', () => {
    it.each<[string, Figure<number>, Figure<number>, number, Change]>([
      [
        'baseline rank unknown: stated change makes it known',
        pub(5),
        np,
        2,
        {
          kind: 'known',
          baseline: '2022Q1',
          delta: 2,
          from: null,
          to: 5,
          status: 'published',
          fromDerivedInput: false,
        },
      ],
      [
        'both unknown: still known from the statement',
        np,
        np,
        3,
        {
          kind: 'known',
          baseline: '2022Q1',
          delta: 3,
          from: null,
          to: null,
          status: 'published',
          fromDerivedInput: false,
        },
      ],
      [
        'disagreeing arithmetic (8 → 5 is 3) loses to the statement',
        pub(5),
        pub(8),
        2,
        {
          kind: 'known',
          baseline: '2022Q1',
          delta: 2,
          from: 8,
          to: 5,
          status: 'published',
          fromDerivedInput: false,
        },
      ],
      [
        'a derived baseline does not mark a published statement as derived',
        pub(5),
        der(7),
        2,
        {
          kind: 'known',
          baseline: '2022Q1',
          delta: 2,
          from: 7,
          to: 5,
          status: 'published',
          fromDerivedInput: false,
        },
      ],
      [
        'a stated zero is a known zero',
        pub(4),
        np,
        0,
        {
          kind: 'known',
          baseline: '2022Q1',
          delta: 0,
          from: null,
          to: 4,
          status: 'published',
          fromDerivedInput: false,
        },
      ],
    ])('%s', (_name, current, previous, stated, expected) => {
      expect(rankChange(current, previous, '2022Q1', stated)).toEqual(expected)
    })
  })
})

describe('scoreChange (points, rounded to hundredths)', () => {
  it.each<[number, number, number]>([
    [90, 88.12, 1.88],
    [86.53, 86.17, 0.36],
    [83.91, 86.17, -2.26],
    [88.12, 90, -1.88],
    [52.4, 52.40000001, 0],
    [54.96, 44.69, 10.27],
    [0.3, 0.1 + 0.2, 0],
  ])('%d vs %d → %d exactly', (cur, prev, delta) => {
    const c = scoreChange(pub(cur), pub(prev), '2022Q1')
    expect(c.kind).toBe('known')
    if (c.kind !== 'known') return
    expect(c.delta).toBe(delta)
    expect(c.from).toBe(prev)
    expect(c.to).toBe(cur)
    expect(c.status).toBe('derived')
    expect(c.baseline).toBe('2022Q1')
  })

  it('90 − 88.12 is 1.88 exactly, although the raw float difference is not', () => {
    // The raw subtraction is 1.8799999999999955; the change must be shown as 1.88.
    const c = scoreChange(pub(90), pub(88.12), '2022Q1')
    expect(c).toEqual({
      kind: 'known',
      baseline: '2022Q1',
      delta: 1.88,
      from: 88.12,
      to: 90,
      status: 'derived',
      fromDerivedInput: false,
    })
  })

  it.each<[string, Figure<number>, Figure<number>, 'current' | 'baseline' | 'both']>([
    ['current missing', np, pub(88), 'current'],
    ['baseline missing', pub(90), np, 'baseline'],
    ['both missing', np, np, 'both'],
  ])('%s → unknown, naming the missing side', (_name, cur, prev, missing) => {
    expect(scoreChange(cur, prev, '2022Q3')).toEqual({ kind: 'unknown', baseline: '2022Q3', missing })
  })

  it.each<[string, Figure<number>, Figure<number>, boolean]>([
    ['both published', pub(90), pub(80), false],
    ['current derived', der(90), pub(80), true],
    ['previous derived', pub(90), der(80), true],
    ['both derived', der(90), der(80), true],
  ])('derived-input marking: %s → %s', (_name, cur, prev, marked) => {
    const c = scoreChange(cur, prev, '2022Q1')
    expect(c.kind === 'known' && c.fromDerivedInput).toBe(marked)
    expect(c.kind === 'known' && c.delta).toBe(10)
  })
})
