// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { type Figure, figureValue } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import {
  buildMovementSeries,
  buildRangeChanges,
  unplottedDistricts,
} from '../../../src/features/movement/model/movement-series'
import { loadDataset } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

const real = loadDataset('real')
const demo = loadDataset('demo')

const pointOf = (ms: ReturnType<typeof buildMovementSeries>, d: string, q: QuarterId) => {
  const s = ms.series.find((x) => x.district.id === d)
  const p = s?.points[ms.quarters.indexOf(q)]
  if (!p) throw new Error(`no point ${d}@${q}`)
  return p
}

describe('buildMovementSeries on the real data', () => {
  const ms = buildMovementSeries(real, '2022Q1', '2022Q2', 'overall')

  it('shinan moves from 7 (derived from "较一季度上升2个位次") to 5 (published)', () => {
    const q1 = pointOf(ms, 'shinan', '2022Q1')
    const q2 = pointOf(ms, 'shinan', '2022Q2')
    expect(q1.rank).toMatchObject({ status: 'derived', value: 7 })
    expect(q2.rank).toMatchObject({ status: 'published', value: 5 })
    expect(q2.rankChange).toMatchObject({ kind: 'known', delta: 2, baseline: '2022Q1', status: 'published' })
  })

  it.each<[string, QuarterId, Figure<number>['status']]>([
    ['huangdao', '2022Q1', 'published'],
    ['laoshan', '2022Q1', 'derived'],
    ['jimo', '2022Q1', 'not-published'],
    ['jimo', '2022Q2', 'published'],
    ['shibei', '2022Q2', 'not-published'],
  ])('%s %s rank is %s', (d, q, status) => {
    expect(pointOf(ms, d, q).rank.status).toBe(status)
  })

  it('lists every calendar quarter of the range, and 2023Q2 (no file) as a gap', () => {
    const all = buildMovementSeries(real, '2022Q1', '2023Q3', 'overall')
    expect(all.quarters).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3'])
    expect(all.gaps).toEqual([
      { quarter: '2023Q1', reason: 'not-published' },
      { quarter: '2023Q2', reason: 'no-file' },
    ])
    for (const s of all.series) expect(s.points.map((p) => p.quarter)).toEqual(all.quarters)
  })

  it('a file without sections is "not published" for a section, not "not assessed"', () => {
    const eco = buildMovementSeries(real, '2022Q1', '2022Q3', 'economy')
    expect(eco.gaps).toEqual([
      { quarter: '2022Q1', reason: 'not-published' },
      { quarter: '2022Q3', reason: 'not-published' },
    ])
    expect(eco.weights).toEqual([
      { quarter: '2022Q1', weight: null },
      { quarter: '2022Q2', weight: 60 },
      { quarter: '2022Q3', weight: null },
    ])
  })

  it('a quarter whose file failed validation is an "invalid" gap, not "no file" (the file exists)', () => {
    const quarters = new Map(real.quarters)
    quarters.delete('2022Q2')
    const ms2 = buildMovementSeries({ ...real, quarters }, '2022Q1', '2022Q3', 'economy', new Set(['2022Q2']))
    expect(ms2.gaps).toEqual([
      { quarter: '2022Q1', reason: 'not-published' },
      { quarter: '2022Q2', reason: 'invalid' },
      { quarter: '2022Q3', reason: 'not-published' },
    ])
  })

  it('a section absent from a quarter that lists its sections is "not assessed"', () => {
    expect(buildMovementSeries(real, '2023Q1', '2023Q3', 'business').gaps).toEqual([
      { quarter: '2023Q1', reason: 'not-assessed' },
      { quarter: '2023Q2', reason: 'no-file' },
      { quarter: '2023Q3', reason: 'not-published' },
    ])
  })

  it('districts never published in the range are unplotted', () => {
    expect(unplottedDistricts(ms, 'rank').map((d) => d.id)).toEqual([
      'shibei',
      'licang',
      'chengyang',
      'pingdu',
      'laixi',
    ])
    // Composite scores exist only for the 2022Q2 top 5.
    expect(unplottedDistricts(ms, 'score').map((d) => d.id)).toEqual([
      'shibei',
      'licang',
      'chengyang',
      'pingdu',
      'laixi',
    ])
  })
})

describe('buildMovementSeries on the demo data', () => {
  const ms = buildMovementSeries(demo, '2022Q1', '2024Q4', 'overall')
  it('has ten complete lines over twelve quarters', () => {
    expect(ms.quarters).toHaveLength(12)
    expect(ms.series).toHaveLength(10)
    expect(ms.gaps).toEqual([])
    for (const s of ms.series) for (const p of s.points) expect(p.rank.status).toBe('published')
    expect(unplottedDistricts(ms, 'rank')).toEqual([])
  })

  it('every quarter is a full ranking 1…10 (ties aside)', () => {
    ms.quarters.forEach((_, i) => {
      const ranks = ms.series.map((s) => figureValue(s.points[i]?.rank)).sort((a, b) => (a ?? 0) - (b ?? 0))
      expect(ranks[0]).toBe(1)
      expect(ranks.every((r) => r !== null && r >= 1 && r <= 10)).toBe(true)
    })
  })

  it('business is not assessed before 2023Q3', () => {
    const b = buildMovementSeries(demo, '2023Q1', '2023Q4', 'business')
    expect(b.gaps).toEqual([
      { quarter: '2023Q1', reason: 'not-assessed' },
      { quarter: '2023Q2', reason: 'not-assessed' },
    ])
  })

  it('names the section weight per quarter (economy 60 → 50 from 2023Q3)', () => {
    const e = buildMovementSeries(demo, '2023Q2', '2023Q3', 'economy')
    expect(e.weights.map((w) => w.weight)).toEqual([60, 50])
  })
})

describe('buildRangeChanges', () => {
  it('real 2022Q1→2022Q2: shinan ▲2 vs 2022Q1 from a derived start', () => {
    const rows = buildRangeChanges(buildMovementSeries(real, '2022Q1', '2022Q2', 'overall'), real)
    const shinan = rows.find((r) => r.district.id === 'shinan')
    expect(shinan?.startRank).toMatchObject({ status: 'derived', value: 7 })
    expect(shinan?.endRank).toMatchObject({ status: 'published', value: 5 })
    expect(shinan?.rankDelta).toMatchObject({ kind: 'known', delta: 2, baseline: '2022Q1' })
    expect(shinan?.scoreDelta).toEqual({ kind: 'unknown', baseline: '2022Q1', missing: 'baseline' })
  })

  it('unknown ends give unknown changes, never 0', () => {
    const rows = buildRangeChanges(buildMovementSeries(real, '2022Q1', '2023Q3', 'overall'), real)
    const jimo = rows.find((r) => r.district.id === 'jimo')
    expect(jimo?.rankDelta).toEqual({ kind: 'unknown', baseline: '2022Q1', missing: 'both' })
  })

  it.each(demo.districts.map((d) => d.id))(
    'demo %s: Δ over the range is start − end (positive = better)',
    (id) => {
      const rows = buildRangeChanges(buildMovementSeries(demo, '2022Q1', '2024Q4', 'overall'), demo)
      const r = rows.find((x) => x.district.id === id)
      const start = figureValue(r?.startRank)
      const end = figureValue(r?.endRank)
      expect(r?.rankDelta).toMatchObject({
        kind: 'known',
        delta: (start ?? 0) - (end ?? 0),
        baseline: '2022Q1',
      })
    },
  )

  it('a tie moving apart: the synthetic 2030Q1→2030Q2 (bravo and charlie tied 2nd, both 4th after)', () => {
    const syn = syntheticDataset()
    const rows = buildRangeChanges(buildMovementSeries(syn, '2030Q1', '2030Q2', 'overall'), syn)
    const delta = (id: string) => {
      const c = rows.find((r) => r.district.id === id)?.rankDelta
      return c?.kind === 'known' ? c.delta : null
    }
    expect([delta('alpha'), delta('bravo'), delta('charlie'), delta('delta'), delta('echo')]).toEqual([
      -1, -2, -2, 1, 4,
    ])
  })

  it('over more than one quarter a stated single-quarter movement is not used', () => {
    const syn = syntheticDataset()
    // bravo 2030Q3 is derived (2030Q2 rank 4, "上升2个位次") = 2; vs 2030Q1 (rank 2): 0, computed.
    const rows = buildRangeChanges(buildMovementSeries(syn, '2030Q1', '2030Q3', 'overall'), syn)
    expect(rows.find((r) => r.district.id === 'bravo')?.rankDelta).toMatchObject({
      kind: 'known',
      delta: 0,
      status: 'derived',
      fromDerivedInput: true,
    })
  })
})
