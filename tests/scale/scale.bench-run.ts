/**
 * Times every view model on a generated dataset at county scale and writes
 * test-results/bench-scale.json. Each figure is the median of 5 runs after a warm-up, plus the
 * cold first run (which pays for the dataset's indexes once).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { compositeRanks, type Dataset } from '../../src/domain/model/dataset'
import type { District } from '../../src/domain/model/schema'
import { validateQuarter } from '../../src/domain/model/validate'
import { districtHistory } from '../../src/domain/tables/district-history'
import { buildRankingTable } from '../../src/domain/tables/ranking-table'
import { decomposeChange } from '../../src/features/movement/model/decomposition'
import { buildMovementSeries } from '../../src/features/movement/model/movement-series'
import { buildMoversBrief } from '../../src/features/movement/model/movers'
import { generatedDataset } from '../fixtures/generated-dataset'

const [units, quarters] = (process.env.LEITAI_SCALE ?? '3000x40').split('x').map(Number) as [number, number]

/**
 * In order, on one dataset object (as the app holds it): `memo: true` cases are memoised per
 * dataset, so their first (cold) run is the figure that counts; the others report the median too.
 */
type Case = { name: string; run: (ds: Dataset) => unknown; memo?: boolean }

const CASES: Case[] = [
  { name: 'index: composite ranks (once per dataset)', run: (ds) => compositeRanks(ds), memo: true },
  {
    name: 'ranking table (composite, newest quarter)',
    run: (ds) => buildRankingTable(ds, newest(ds), 'overall'),
    memo: true,
  },
  {
    name: 'ranking table (economy, newest quarter)',
    run: (ds) => buildRankingTable(ds, newest(ds), 'economy'),
    memo: true,
  },
  { name: 'district history (one unit)', run: (ds) => districtHistory(ds, pick(ds)) },
  { name: 'movers brief (newest quarter)', run: (ds) => buildMoversBrief(ds, newest(ds)) },
  {
    name: 'movement series (composite, last 4 quarters)',
    run: (ds) => {
      const qs = [...ds.quarters.keys()]
      return buildMovementSeries(ds, qs.at(-4) ?? newest(ds), newest(ds), 'overall')
    },
  },
  {
    name: 'why it moved (one unit)',
    run: (ds) => decomposeChange(ds, ds.districts[pickIndex(ds)] as District, newest(ds)),
  },
]

function pickIndex(ds: Dataset): number {
  n = (n + 97) % ds.districts.length
  return n
}

function newest(ds: Dataset) {
  const q = [...ds.quarters.keys()].at(-1)
  if (!q) throw new Error('empty dataset')
  return q
}
let n = 0
function pick(ds: Dataset): string {
  n = (n + 97) % ds.districts.length
  return ds.districts[n]?.id ?? ''
}

function measure(fn: () => unknown): { cold: number; median: number } {
  let t = performance.now()
  fn()
  const cold = performance.now() - t
  const ms: number[] = []
  for (let i = 0; i < 5; i++) {
    t = performance.now()
    fn()
    ms.push(performance.now() - t)
  }
  return { cold, median: ms.sort((a, b) => a - b)[2] as number }
}

it(`view models at ${units} × ${quarters}`, () => {
  let t = performance.now()
  const g = generatedDataset(units, quarters)
  const generateMs = performance.now() - t
  const raw = g.rawQuarters.at(-1) as { quarter: string }
  const text = JSON.stringify(raw)
  const ctx = {
    districtIds: new Set(g.dataset.districts.map((d) => d.id)),
    sourceIds: new Set(g.sources.map((s) => s.id)),
  }
  t = performance.now()
  validateQuarter(`quarters/${raw.quarter}.json`, text, ctx, raw.quarter, 'demo')
  const validateMs = performance.now() - t

  const rows: { name: string; cold: number; median: number }[] = [
    { name: 'validate one quarter file', cold: validateMs, median: validateMs },
  ]
  for (const c of CASES) {
    const m = measure(() => c.run(g.dataset))
    rows.push({ name: c.name, cold: m.cold, median: c.memo ? Number.NaN : m.median })
  }

  console.log(
    `\nscale benchmark: ${units} units × ${quarters} quarters (generated in ${generateMs.toFixed(0)} ms)`,
  )
  console.log(`${'view model'.padEnd(48)} ${'cold ms'.padStart(9)} ${'median ms'.padStart(10)}`)
  for (const r of rows)
    console.log(
      `${r.name.padEnd(48)} ${r.cold.toFixed(1).padStart(9)} ${(Number.isNaN(r.median) ? 'memo' : r.median.toFixed(1)).padStart(10)}`,
    )
  const out = join(import.meta.dirname, '..', '..', 'test-results')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'bench-scale.json'), JSON.stringify({ units, quarters, generateMs, rows }, null, 2))
  expect(rows.length).toBeGreaterThan(0)
})
