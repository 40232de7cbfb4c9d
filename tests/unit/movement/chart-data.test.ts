// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { type Figure, NOT_PUBLISHED } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import {
  dashedKey,
  lineEmphasis,
  niceScoreAxis,
  prepareBumpData,
  quarterSnapshot,
  segmentsOf,
  shortNameEn,
  spreadLabels,
  weightBreaks,
} from '../../../src/features/movement/model/chart-data'
import { buildMovementSeries } from '../../../src/features/movement/model/movement-series'
import { loadDataset } from '../../fixtures/datasets'

const real = loadDataset('real')
const demo = loadDataset('demo')
const P = (value: number): Figure<number> => ({ status: 'published', value, sources: ['s'] })
const D = (value: number): Figure<number> => ({
  status: 'derived',
  value,
  rule: 'r',
  inputs: ['i'],
  sources: [],
})
const N = NOT_PUBLISHED

describe('segmentsOf', () => {
  it.each<[string, Figure<number>[], { i: number; dashed: boolean }[]]>([
    [
      'all published',
      [P(1), P(2), P(3)],
      [
        { i: 0, dashed: false },
        { i: 1, dashed: false },
      ],
    ],
    [
      'a derived middle makes both neighbours dashed',
      [P(1), D(2), P(3)],
      [
        { i: 0, dashed: true },
        { i: 1, dashed: true },
      ],
    ],
    ['a gap breaks the line', [P(1), N, P(3)], []],
    ['gap then pair', [P(1), N, P(3), P(4)], [{ i: 2, dashed: false }]],
    ['derived start', [D(7), P(5)], [{ i: 0, dashed: true }]],
    ['nothing', [N, N], []],
  ])('%s', (_n, figures, expected) => {
    expect(segmentsOf(figures)).toEqual(expected)
  })
})

describe('prepareBumpData: real data, composite ranks 2022Q1→2022Q2', () => {
  const data = prepareBumpData(buildMovementSeries(real, '2022Q1', '2022Q2', 'overall'), 'rank')

  it('shinan: a dashed line 7 → 5, no solid line, hollow then filled point', () => {
    expect(data.rows.map((r) => [r.shinan, r[dashedKey('shinan', 0)], r[dashedKey('shinan', 1)]])).toEqual([
      [null, 7, null],
      [null, 5, null],
    ])
    expect(data.lines.filter((l) => l.districtId === 'shinan')).toEqual([
      { key: 'shinan__d0', districtId: 'shinan', colorIndex: 0, dashed: true },
    ])
    expect(
      data.markers.filter((m) => m.districtId === 'shinan').map((m) => [m.quarter, m.value, m.status]),
    ).toEqual([
      ['2022Q1', 7, 'derived'],
      ['2022Q2', 5, 'published'],
    ])
  })

  it('huangdao: a solid line 1 → 1', () => {
    expect(data.rows.map((r) => r.huangdao)).toEqual([1, 1])
    expect(data.lines.filter((l) => l.districtId === 'huangdao').map((l) => l.dashed)).toEqual([false])
  })

  it('jimo (rank 4 in 2022Q2 only): a point and a label, but no line', () => {
    expect(data.lines.some((l) => l.districtId === 'jimo')).toBe(false)
    expect(data.rows.map((r) => r.jimo)).toEqual([null, null])
    expect(data.markers.filter((m) => m.districtId === 'jimo')).toHaveLength(1)
    expect(data.endLabels.find((l) => l.districtId === 'jimo')).toMatchObject({ quarter: '2022Q2', value: 4 })
  })

  it('districts whose ranks were not published draw nothing', () => {
    const none = ['shibei', 'licang', 'chengyang', 'pingdu', 'laixi']
    expect(data.unplotted.map((d) => d.id)).toEqual(none)
    for (const id of none) {
      expect(data.lines.some((l) => l.districtId === id)).toBe(false)
      expect(data.markers.some((m) => m.districtId === id)).toBe(false)
      expect(data.rows.every((r) => r[id] === null)).toBe(true)
    }
  })

  it('the rank axis always spans the whole field, 1 at one end', () => {
    expect(data.yDomain).toEqual([1, 10])
    expect(data.yTicks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })
})

describe('prepareBumpData: gaps over a missing file (real 2022Q1→2023Q3)', () => {
  const ms = buildMovementSeries(real, '2022Q1', '2023Q3', 'overall')
  const data = prepareBumpData(ms, 'rank')
  it('no key has a value in 2023Q1 (nothing published) or 2023Q2 (no file), so nothing is drawn through them', () => {
    for (const q of ['2023Q1', '2023Q2']) {
      const row = data.rows.find((r) => r.quarter === q)
      const values = Object.entries(row ?? {}).filter(([k, v]) => k !== 'quarter' && v !== null)
      expect(values).toEqual([])
    }
  })
  it('huangdao: solid through 2022, then an isolated point in 2023Q3', () => {
    expect(data.rows.map((r) => r.huangdao)).toEqual([1, 1, 1, 1, null, null, null])
    expect(data.markers.filter((m) => m.districtId === 'huangdao').map((m) => m.quarter)).toEqual([
      '2022Q1',
      '2022Q2',
      '2022Q3',
      '2022Q4',
      '2023Q3',
    ])
  })
  it('laoshan (derived, published, derived): one dashed run across the three quarters', () => {
    expect(data.rows.map((r) => r[dashedKey('laoshan', 0)])).toEqual([3, 3, 3, null, null, null, null])
    expect(data.rows.map((r) => r.laoshan)).toEqual([null, null, null, null, null, null, null])
  })
})

describe('prepareBumpData: separate dashed runs never join', () => {
  it('D P P D: two runs on alternating keys, the middle solid', () => {
    // A hand-made series: one district, four quarters.
    const ms = buildMovementSeries(demo, '2022Q1', '2022Q4', 'overall')
    const one = ms.series[0]
    if (!one) throw new Error('no series')
    const figs = [D(3), P(2), P(2), D(4)]
    const series = {
      ...ms,
      series: [{ ...one, points: one.points.map((p, i) => ({ ...p, rank: figs[i] as Figure<number> })) }],
    }
    const data = prepareBumpData(series, 'rank')
    const id = one.district.id
    expect(data.rows.map((r) => r[id])).toEqual([null, 2, 2, null])
    expect(data.rows.map((r) => r[dashedKey(id, 0)])).toEqual([3, 2, null, null])
    expect(data.rows.map((r) => r[dashedKey(id, 1)])).toEqual([null, null, 2, 4])
  })
})

describe('prepareBumpData: demo data', () => {
  const ms = buildMovementSeries(demo, '2022Q1', '2024Q4', 'overall')
  it('ten complete solid lines over twelve quarters, labelled at the last quarter', () => {
    const data = prepareBumpData(ms, 'rank')
    expect(data.lines).toHaveLength(10)
    expect(data.lines.every((l) => !l.dashed)).toBe(true)
    expect(data.rows).toHaveLength(12)
    for (const l of data.lines) expect(data.rows.every((r) => typeof r[l.key] === 'number')).toBe(true)
    expect(data.endLabels.every((l) => l.quarter === '2024Q4')).toBe(true)
    expect(data.markers).toHaveLength(120)
  })
  it('score axis spans the scores with a margin', () => {
    const data = prepareBumpData(ms, 'score')
    const values = data.markers.map((m) => m.value)
    expect(data.yDomain[0]).toBeLessThan(Math.min(...values))
    expect(data.yDomain[1]).toBeGreaterThan(Math.max(...values))
    expect(data.yTicks?.[0]).toBe(data.yDomain[0])
    expect(data.yTicks?.at(-1)).toBe(data.yDomain[1])
  })
})

describe('lineEmphasis', () => {
  it.each<[string, string | null, string[], string]>([
    ['a', null, [], 'normal'],
    ['a', null, ['a'], 'highlight'],
    ['b', null, ['a'], 'dim'],
    ['a', 'a', [], 'highlight'],
    ['b', 'a', [], 'dim'],
    ['b', 'a', ['b'], 'normal'], // selected stays visible while another is hovered
  ])('%s (active %s, selected %j) → %s', (id, active, selected, expected) => {
    expect(lineEmphasis(id, active, selected)).toBe(expected)
  })
})

describe('spreadLabels', () => {
  it.each<[string, { id: string; y: number }[], Record<string, number>]>([
    [
      'far apart: unchanged',
      [
        { id: 'a', y: 10 },
        { id: 'b', y: 100 },
      ],
      { a: 10, b: 100 },
    ],
    [
      'two overlapping: centred',
      [
        { id: 'a', y: 100 },
        { id: 'b', y: 104 },
      ],
      { a: 94, b: 110 },
    ],
    [
      'a tie: spread around it',
      [
        { id: 'a', y: 50 },
        { id: 'b', y: 50 },
        { id: 'c', y: 50 },
      ],
      { a: 34, b: 50, c: 66 },
    ],
    [
      'clamped at the top',
      [
        { id: 'a', y: 0 },
        { id: 'b', y: 2 },
      ],
      { a: 0, b: 16 },
    ],
    [
      'clamped at the bottom',
      [
        { id: 'a', y: 200 },
        { id: 'b', y: 200 },
      ],
      { a: 184, b: 200 },
    ],
    [
      'a pushed block can still clear the next',
      [
        { id: 'a', y: 10 },
        { id: 'b', y: 20 },
        { id: 'c', y: 40 },
      ],
      { a: 7, b: 23, c: 40 },
    ],
    [
      'cascade: a pushed block merges with the next',
      [
        { id: 'a', y: 10 },
        { id: 'b', y: 20 },
        { id: 'c', y: 36 },
      ],
      { a: 6, b: 22, c: 38 },
    ],
  ])('%s', (_n, items, expected) => {
    const out = Object.fromEntries(spreadLabels(items, 16, 0, 200))
    for (const [k, v] of Object.entries(expected)) expect(out[k]).toBeCloseTo(v, 6)
    // Never closer than the gap.
    const ys = Object.values(out).sort((p, q) => p - q)
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(16 - 1e-9)
  })
})

describe('quarterSnapshot (tooltip order)', () => {
  it('rank 1 first, unknown last (real 2022Q2)', () => {
    const ms = buildMovementSeries(real, '2022Q1', '2022Q2', 'overall')
    const ids = quarterSnapshot(ms, '2022Q2', 'rank').map((r) => r.district.id)
    expect(ids.slice(0, 5)).toEqual(['huangdao', 'jiaozhou', 'laoshan', 'jimo', 'shinan'])
    expect(ids).toHaveLength(10)
  })
  it('scores highest first', () => {
    const ms = buildMovementSeries(demo, '2024Q4', '2024Q4', 'overall')
    const rows = quarterSnapshot(ms, '2024Q4', 'score')
    const v = rows.map((r) => (r.point.score.status === 'not-published' ? 0 : r.point.score.value))
    expect(v).toEqual([...v].sort((a, b) => b - a))
  })
  it('a quarter outside the range → empty', () => {
    const ms = buildMovementSeries(demo, '2024Q4', '2024Q4', 'overall')
    expect(quarterSnapshot(ms, '2022Q1', 'rank')).toEqual([])
  })
})

describe('weightBreaks', () => {
  it.each<[string, (number | null)[], { quarter: string; from: number; to: number }[]]>([
    ['constant', [60, 60, 60], []],
    ['60 → 50 in the third quarter', [60, 60, 50], [{ quarter: '2030Q3', from: 60, to: 50 }]],
    ['unknown weights are skipped, not breaks', [60, null, 60], []],
    ['a change across an unknown quarter', [60, null, 50], [{ quarter: '2030Q3', from: 60, to: 50 }]],
    ['all unknown', [null, null], []],
  ])('%s', (_n, ws, expected) => {
    const weights = ws.map((weight, i) => ({ quarter: `2030Q${i + 1}` as QuarterId, weight }))
    expect(weightBreaks(weights)).toEqual(expected)
  })

  it('demo economy 2023Q2→2023Q3 (60 → 50)', () => {
    expect(weightBreaks(buildMovementSeries(demo, '2022Q1', '2024Q4', 'economy').weights)).toEqual([
      { quarter: '2023Q3', from: 60, to: 50 },
    ])
  })
})

describe('shortNameEn', () => {
  it.each([
    ['Huangdao (West Coast New Area)', 'Huangdao'],
    ['Shinan', 'Shinan'],
  ])('%s → %s', (name, short) => {
    expect(shortNameEn(name)).toBe(short)
  })
})

describe('niceScoreAxis', () => {
  it('real 2022Q2 economy (44.69…54.96) → 40…60 in steps of 5', () => {
    expect(niceScoreAxis(44.69, 54.96)).toEqual({ domain: [40, 60], ticks: [40, 45, 50, 55, 60] })
  })

  it.each<[number, number]>([
    [44.69, 54.96],
    [80.66, 92.38],
    [83.91, 90],
    [18.11, 19.38],
    [90, 90],
    [0.5, 101],
  ])('%d…%d: round, evenly spaced ticks that frame the data with a margin', (min, max) => {
    const { domain, ticks } = niceScoreAxis(min, max)
    expect(ticks[0]).toBe(domain[0])
    expect(ticks.at(-1)).toBe(domain[1])
    expect(ticks.length).toBeGreaterThanOrEqual(3)
    expect(ticks.length).toBeLessThanOrEqual(12)
    const step = (ticks[1] ?? 0) - (ticks[0] ?? 0)
    const mantissa = step / 10 ** Math.floor(Math.log10(step))
    expect([1, 2, 5].some((m) => Math.abs(m - mantissa) < 1e-9)).toBe(true)
    for (let k = 1; k < ticks.length; k++) expect((ticks[k] ?? 0) - (ticks[k - 1] ?? 0)).toBeCloseTo(step, 9)
    expect(domain[0]).toBeLessThanOrEqual(min - step / 2 + 1e-9)
    expect(domain[1]).toBeGreaterThanOrEqual(max + step / 2 - 1e-9)
  })
})
