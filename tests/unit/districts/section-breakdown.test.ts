// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { type Figure, figureValue, NOT_PUBLISHED } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import type { SectionOrOverall } from '../../../src/domain/model/schema'
import {
  bestOf,
  medianOf,
  type ScoredRow,
  sectionBreakdown,
} from '../../../src/features/districts/model/section-breakdown'
import { loadDataset } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

const pub = (v: number): Figure<number> => ({ status: 'published', value: v, sources: ['s'] })
const der = (v: number): Figure<number> => ({
  status: 'derived',
  value: v,
  rule: 'r',
  inputs: ['i'],
  sources: ['t'],
})
/** [district, score|null, rank|null] */
const rows = (...r: [string, number | null, number | null][]): ScoredRow[] =>
  r.map(([district, s, k]) => ({
    district,
    score: s === null ? NOT_PUBLISHED : pub(s),
    rank: k === null ? NOT_PUBLISHED : pub(k),
  }))

describe('bestOf', () => {
  it.each<[string, ScoredRow[], { score: number; districts: string[] } | null]>([
    ['single leader', rows(['a', 50, 1], ['b', 40, 2]), { score: 50, districts: ['a'] }],
    [
      'tie at the top lists both',
      rows(['a', 50, 1], ['b', 50, 1], ['c', 40, 3]),
      { score: 50, districts: ['a', 'b'] },
    ],
    [
      'ties compare at two decimals',
      rows(['a', 52.4, 1], ['b', 52.400000001, 1]),
      { score: 52.400000001, districts: ['a', 'b'] },
    ],
    [
      'rank 1 without a score: a higher unpublished score may exist',
      rows(['a', null, 1], ['b', 40, 2]),
      null,
    ],
    ['no rank 1 known (partial table from rank 3)', rows(['a', 40, 3], ['b', 30, 4]), null],
    ['nothing known', rows(['a', null, null]), null],
    ['empty', [], null],
  ])('%s', (_, input, expected) => {
    expect(bestOf(input)).toEqual(expected)
  })

  it('accepts a derived rank 1 with a published score', () => {
    expect(bestOf([{ district: 'a', score: pub(90), rank: der(1) }])).toEqual({ score: 90, districts: ['a'] })
  })
})

describe('medianOf', () => {
  it.each<[string, ScoredRow[], number, number | null]>([
    ['odd count: the middle one', rows(['a', 30, 3], ['b', 50, 1], ['c', 40, 2]), 3, 40],
    [
      'even count: mean of the middle two',
      rows(['a', 10, 4], ['b', 20, 3], ['c', 30, 2], ['d', 40, 1]),
      4,
      25,
    ],
    ['rounded to hundredths', rows(['a', 50.19, 1], ['b', 49.92, 2]), 2, 50.06],
    ['ties in the middle', rows(['a', 45, 2], ['b', 45, 2], ['c', 50, 1], ['d', 30, 4]), 4, 45],
    ['a missing score: not computed', rows(['a', 10, 2], ['b', null, null], ['c', 30, 1]), 3, null],
    ['partial table (top 2 of 4): not computed', rows(['a', 90, 1], ['b', 88, 2]), 4, null],
    ['no districts', [], 0, null],
  ])('%s', (_, input, total, expected) => {
    expect(medianOf(input, total)?.value ?? null).toBe(expected)
  })

  it.each<[string, number[], { place: number; score: number }[]]>([
    [
      'even count: the 2nd and 3rd highest',
      [10, 20, 30, 40],
      [
        { place: 2, score: 30 },
        { place: 3, score: 20 },
      ],
    ],
    ['odd count: the 2nd highest', [10, 20, 30], [{ place: 2, score: 20 }]],
  ])('names the places and scores it used (%s)', (_, scores, picked) => {
    const input = scores.map((v, i) => ({
      district: `d${i}`,
      score: { status: 'published' as const, value: v, sources: [`s${i % 2}`] },
      rank: { status: 'published' as const, value: scores.length - i, sources: [] },
    }))
    // A fact, no words: the view writes the rule ("第2、3高得分的平均" / "mean of the 2nd and 3rd highest").
    expect(medianOf(input, scores.length)).toEqual({
      value: scores.length % 2 ? 20 : 25,
      total: scores.length,
      picked,
      sources: ['s0', 's1'],
    })
  })
})

describe('sectionBreakdown on the real 2022Q2 data', () => {
  const real = loadDataset('real')
  const line = (q: QuarterId, district: string, section: SectionOrOverall) => {
    const b = sectionBreakdown(real, q, district).find((x) => x.section === section)
    if (!b) return 'absent'
    return [
      figureValue(b.score)?.toFixed(2) ?? '未公布',
      b.weight ?? '-',
      figureValue(b.rank) ?? '-',
      b.of,
      b.best ? `${b.best.score.toFixed(2)} ${b.best.districts.join(',')}` : 'best?',
      b.median?.value.toFixed(2) ?? 'median?',
      b.available ? 'ok' : 'n/a',
    ].join(' | ')
  }

  it.each<[string, SectionOrOverall, string]>([
    ['huangdao', 'overall', '90.00 | - | 1 | 10 | 90.00 huangdao | median? | ok'],
    ['huangdao', 'economy', '54.96 | 60 | 1 | 10 | 54.96 huangdao | 50.05 | ok'],
    ['huangdao', 'urban', '18.99 | 20 | 6 | 10 | 19.38 jiaozhou | 19.00 | ok'],
    ['huangdao', 'projects', '未公布 | - | - | 10 | best? | median? | n/a'],
    ['jiaozhou', 'economy', '52.43 | 60 | 2 | 10 | 54.96 huangdao | 50.05 | ok'],
    // Composite 6–10 were not published: no score, no rank, and no median over a partial table.
    ['laixi', 'overall', '未公布 | - | - | 10 | 90.00 huangdao | median? | ok'],
  ])('%s %s → %s', (district, section, expected) => {
    expect(line('2022Q2', district, section)).toBe(expected)
  })

  it('lists the composite first and then the quarter’s sections in file order', () => {
    expect(sectionBreakdown(real, '2023Q3', 'huangdao').map((b) => b.section)).toEqual([
      'overall',
      'economy',
      'projects',
      'urban',
      'business',
    ])
    expect(sectionBreakdown(real, '2022Q1', 'huangdao').map((b) => b.section)).toEqual(['overall'])
  })

  it('takes the median of all ten from the 5th and 6th highest scores, with their sources', () => {
    const eco = sectionBreakdown(real, '2022Q2', 'jiaozhou').find((b) => b.section === 'economy')
    expect(eco?.median).toMatchObject({
      value: 50.05,
      total: 10,
      picked: [
        { place: 5, score: 50.19 },
        { place: 6, score: 49.91 },
      ],
    })
    expect(eco?.median?.sources.length).toBeGreaterThan(0)
  })

  it('keeps printed vs rule stars for the district', () => {
    const eco = sectionBreakdown(real, '2022Q2', 'huangdao').find((b) => b.section === 'economy')
    expect(eco?.stars).toEqual({ published: 9, rule: 10, differs: true })
  })

  it('reports a quarter without a file as unavailable everywhere', () => {
    const [only, ...rest] = sectionBreakdown(real, '2023Q2', 'huangdao')
    expect(rest).toEqual([])
    expect(only).toMatchObject({
      section: 'overall',
      available: false,
      reason: 'quarter-missing',
      best: null,
    })
    expect(only?.score.status).toBe('not-published')
  })
})

describe('sectionBreakdown on synthetic ties', () => {
  const ds = syntheticDataset()
  it('shares rank 2 between tied districts and computes the median over all five', () => {
    const bravo = sectionBreakdown(ds, '2030Q1', 'bravo').find((b) => b.section === 'economy')
    const charlie = sectionBreakdown(ds, '2030Q1', 'charlie').find((b) => b.section === 'economy')
    expect(figureValue(bravo?.rank)).toBe(2)
    expect(figureValue(charlie?.rank)).toBe(2)
    expect(bravo?.median?.value).toBe(45)
    expect(bravo?.of).toBe(5)
  })

  it('names no best composite score when the 1st-ranked district has no score (2030Q3)', () => {
    const o = sectionBreakdown(ds, '2030Q3', 'charlie')[0]
    expect(o?.best).toBeNull()
    expect(figureValue(o?.rank)).toBe(1)
  })
})
