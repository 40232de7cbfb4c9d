// @vitest-environment node
/**
 * Complexity pins for the shared tables on a mid-size generated dataset (300 units × 12 quarters):
 * budgets about 4× above what the linear implementation takes on an idle machine (so twice the
 * load does not fail them) and far below what the quadratic one did (a scan per cell is 10–100×
 * slower here), so a regression to scanning rows per cell fails. `npm run bench:scale` measures 3,000 × 40.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { validateQuarter } from '../../../src/domain/model/validate'
import { districtHistory } from '../../../src/domain/tables/district-history'
import { buildRankingTable } from '../../../src/domain/tables/ranking-table'
import { type Generated, generatedDataset } from '../../fixtures/generated-dataset'

let g: Generated
beforeAll(() => {
  g = generatedDataset(300, 12)
})

/** Median of a few runs (ms), after one warm-up run. */
function timed(fn: () => unknown, runs = 5): number {
  fn()
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    ms.push(performance.now() - t)
  }
  return ms.sort((a, b) => a - b)[Math.floor(runs / 2)] as number
}

describe('scale budgets at 300 × 12', () => {
  it('a district history builds in under 60 ms', () => {
    const ids = g.dataset.districts.map((d) => d.id)
    let i = 0
    expect(timed(() => districtHistory(g.dataset, ids[i++ % ids.length] as string))).toBeLessThan(60)
  })

  it('a ranking table (composite and a section) builds in under 150 ms from a fresh dataset object', () => {
    // A fresh dataset object each time: the table memo does not help, the per-row work is measured.
    const q = [...g.dataset.quarters.keys()].at(-1)
    if (!q) throw new Error('no quarter')
    expect(
      timed(() => {
        const ds = { ...g.dataset }
        buildRankingTable(ds, q, 'overall')
        buildRankingTable(ds, q, 'economy')
      }),
    ).toBeLessThan(150)
  })

  it('validating one quarter file takes under 250 ms', () => {
    const raw = g.rawQuarters.at(-1) as { quarter: string }
    const text = JSON.stringify(raw)
    const ctx = {
      districtIds: new Set(g.dataset.districts.map((d) => d.id)),
      sourceIds: new Set(g.sources.map((s) => s.id)),
    }
    expect(
      timed(() => validateQuarter(`quarters/${raw.quarter}.json`, text, ctx, raw.quarter, 'demo'), 3),
    ).toBeLessThan(250)
  })
})
