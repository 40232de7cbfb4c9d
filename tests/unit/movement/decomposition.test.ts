// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { QuarterId } from '../../../src/domain/model/quarter'
import { scoreKey } from '../../../src/domain/rules/tie-rule'
import { decomposeChange, type MissingInput } from '../../../src/features/movement/model/decomposition'
import { loadDataset } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

const real = loadDataset('real')
const demo = loadDataset('demo')
const syn = syntheticDataset()
const district = (ds: typeof real, id: string) => {
  const d = ds.districts.find((x) => x.id === id)
  if (!d) throw new Error(id)
  return d
}

describe('decomposeChange on the demo data', () => {
  it('huangdao 2022Q2: the sections add up to the composite change', () => {
    const d = decomposeChange(demo, district(demo, 'huangdao'), '2022Q2')
    expect(d.parts.map((p) => [p.section, p.delta])).toEqual([
      ['economy', 1.09],
      ['projects', 0.23],
      ['urban', -0.16],
    ])
    expect(d.composite).toMatchObject({ kind: 'known', delta: 1.16, baseline: '2022Q1' })
    expect([d.explained, d.remainder, d.complete, d.missing]).toEqual([1.16, null, true, []])
  })

  // Property over the whole demo set: wherever all parts are known and no bonus item exists, the
  // parts sum to the composite change exactly (in hundredths): the composite is the sum of sections.
  const cases = [...demo.quarters.keys()]
    .slice(1)
    .flatMap((q) => demo.districts.map((d) => [q, d.id] as [QuarterId, string]))
  it.each(cases)('%s %s: parts + remainder = composite change', (q, id) => {
    const d = decomposeChange(demo, district(demo, id), q)
    if (d.composite.kind !== 'known') throw new Error('demo composite is always known')
    if (d.explained === null) {
      // Only where a section is new (business from 2023Q3): its missing baseline is named.
      expect(d.missing).toEqual([{ quarter: '2023Q2', input: 'business', reason: 'not-assessed' }])
      return
    }
    expect(scoreKey(d.explained + (d.remainder ?? 0))).toBe(scoreKey(d.composite.delta))
    const bonus = demo.quarters.get(q)?.bonusItems.length ?? 0
    if (d.remainder !== null) expect(d.remainderKind).toBe(bonus ? 'bonus' : 'unexplained')
    if (!bonus && d.bonusItems.length === 0) expect(d.remainder).toBeNull()
  })

  it('2023Q3: a new section has no baseline and the weights changed — both said', () => {
    const d = decomposeChange(demo, district(demo, 'huangdao'), '2023Q3')
    expect(d.parts.find((p) => p.section === 'business')?.delta).toBeNull()
    expect(d.parts.find((p) => p.section === 'economy')).toMatchObject({ weight: 50, baselineWeight: 60 })
    expect(d.weightsChanged).toBe(true)
    expect(d.explained).toBeNull()
    expect(d.complete).toBe(false)
  })

  it('2024Q4: the bonus item is shown as the remainder, not spread over the sections', () => {
    const d = decomposeChange(demo, district(demo, 'jiaozhou'), '2024Q4')
    expect(d.remainderKind).toBe('bonus')
    expect(d.bonusItems).toEqual(['群众满意度加分项'])
    expect(d.complete).toBe(false)
  })
})

describe('decomposeChange where inputs are missing (real data)', () => {
  it.each<[string, QuarterId, MissingInput[]]>([
    [
      'shinan',
      '2022Q2',
      [
        { quarter: '2022Q1', input: 'overall', reason: 'row-not-published' },
        { quarter: '2022Q1', input: 'economy', reason: 'no-section-data' },
        { quarter: '2022Q1', input: 'projects', reason: 'no-section-data' },
        { quarter: '2022Q1', input: 'urban', reason: 'no-section-data' },
        { quarter: '2022Q2', input: 'projects', reason: 'table-not-published' },
      ],
    ],
    [
      'shibei',
      '2022Q2',
      [
        { quarter: '2022Q1', input: 'overall', reason: 'row-not-published' },
        { quarter: '2022Q1', input: 'economy', reason: 'no-section-data' },
        { quarter: '2022Q1', input: 'projects', reason: 'no-section-data' },
        { quarter: '2022Q1', input: 'urban', reason: 'no-section-data' },
        // shibei is not in the published composite top 5 of 2022Q2
        { quarter: '2022Q2', input: 'overall', reason: 'row-not-published' },
        { quarter: '2022Q2', input: 'projects', reason: 'table-not-published' },
      ],
    ],
    [
      'huangdao',
      '2023Q3',
      [
        { quarter: '2023Q2', input: 'overall', reason: 'no-file' },
        { quarter: '2023Q3', input: 'economy', reason: 'table-not-published' },
        { quarter: '2023Q3', input: 'projects', reason: 'table-not-published' },
        { quarter: '2023Q3', input: 'urban', reason: 'table-not-published' },
        { quarter: '2023Q3', input: 'business', reason: 'table-not-published' },
      ],
    ],
  ])('%s %s names every missing input', (id, q, missing) => {
    const d = decomposeChange(real, district(real, id), q)
    expect(d.missing).toEqual(missing)
    expect(d.explained).toBeNull()
    expect(d.remainder).toBeNull()
    expect(d.complete).toBe(false)
  })

  it('a missing composite is an unknown change, never 0', () => {
    const d = decomposeChange(real, district(real, 'shinan'), '2022Q2')
    expect(d.composite).toEqual({ kind: 'unknown', baseline: '2022Q1', missing: 'baseline' })
    expect(d.compositeCurrent).toMatchObject({ status: 'published', value: 83.91 })
    expect(d.compositeBaseline).toEqual({ status: 'not-published' })
  })

  it('a baseline whose file failed validation is named as such, not as "no file"', () => {
    const quarters = new Map(real.quarters)
    quarters.delete('2022Q2')
    const ds = { ...real, quarters }
    const d = decomposeChange(ds, district(ds, 'huangdao'), '2022Q3', new Set(['2022Q2']))
    expect(d.missing.filter((m) => m.quarter === '2022Q2')).toEqual([
      { quarter: '2022Q2', input: 'overall', reason: 'invalid-file' },
    ])
    // 2022Q3 lists no sections: unknown, not "not assessed" (the shared sectionListing rule).
    expect(d.missing.every((m) => m.reason !== 'not-assessed')).toBe(true)
  })

  it('a quarter with no file at all still says what is missing', () => {
    const d = decomposeChange(real, district(real, 'huangdao'), '2023Q2')
    expect(d.parts).toHaveLength(3) // the 2023Q1 sections are listed, each without a current value
    expect(d.missing.filter((m) => m.quarter === '2023Q2')).toEqual([
      { quarter: '2023Q2', input: 'overall', reason: 'no-file' },
    ])
    expect(d.missing.filter((m) => m.quarter === '2023Q1').map((m) => m.reason)).toEqual([
      'row-not-published',
      'table-not-published',
      'table-not-published',
      'table-not-published',
    ])
  })
})

describe('decomposeChange when the sections do not account for the composite (synthetic)', () => {
  it('alpha 2030Q2: economy −2 but composite ±0, no bonus item → unexplained remainder +2', () => {
    const d = decomposeChange(syn, district(syn, 'alpha'), '2030Q2')
    expect(d.parts.map((p) => [p.section, p.delta])).toEqual([['economy', -2]])
    expect(d.composite).toMatchObject({ kind: 'known', delta: 0 })
    expect([d.explained, d.remainder, d.remainderKind, d.complete]).toEqual([-2, 2, 'unexplained', false])
  })

  it('ties do not matter to the split: bravo and charlie (tied in 2030Q1) each get their own change', () => {
    const b = decomposeChange(syn, district(syn, 'bravo'), '2030Q2')
    const c = decomposeChange(syn, district(syn, 'charlie'), '2030Q2')
    expect([b.parts[0]?.delta, c.parts[0]?.delta]).toEqual([0, -0.5])
  })
})
