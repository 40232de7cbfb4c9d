// @vitest-environment node
/**
 * Property test: valid-but-odd datasets (ties everywhere, every figure missing, a single district,
 * many quarters, sections absent or unpublished, partial composites) pass the validators and every
 * view model runs on them without throwing and with no value outside its rule (view-models.ts).
 */
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import type { Dataset } from '../../../src/domain/model/dataset'
import { SECTION_IDS } from '../../../src/domain/model/ids'
import { nextQuarter, type QuarterId } from '../../../src/domain/model/quarter'
import type { District, QuarterFile } from '../../../src/domain/model/schema'
import { validateQuarter } from '../../../src/domain/model/validate'
import { competitionRanks } from '../../../src/domain/rules/tie-rule'
import { runViewModels } from './view-models'

const SOURCE = 'src-1'
const published = { status: 'published' as const, sources: [SOURCE] }

/** Scores from a tiny set, so ties are common; null = not published. */
const score = (max: number) =>
  fc.option(fc.constantFrom(0, max / 2, max / 2, max * 0.9, max), { nil: null, freq: 3 })

const datasetArb = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    quarters: fc.integer({ min: 1, max: 14 }),
    startYear: fc.integer({ min: 2018, max: 2030 }),
  })
  .chain(({ n, quarters, startYear }) =>
    fc.record({
      n: fc.constant(n),
      startYear: fc.constant(startYear),
      perQuarter: fc.array(
        fc.record({
          sections: fc.subarray([...SECTION_IDS]),
          publishedTable: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
          weights: fc.array(fc.option(fc.constantFrom(15, 20, 60), { nil: null }), {
            minLength: 4,
            maxLength: 4,
          }),
          scores: fc.array(fc.array(score(15), { minLength: n, maxLength: n }), {
            minLength: 4,
            maxLength: 4,
          }),
          composite: fc.array(score(100), { minLength: n, maxLength: n }),
          rankOnly: fc.boolean(),
          flagTop: fc.boolean(),
          movement: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null }),
        }),
        { minLength: quarters, maxLength: quarters },
      ),
    }),
  )

type Spec = typeof datasetArb extends fc.Arbitrary<infer T> ? T : never

function build(spec: Spec): { ds: Dataset; texts: Map<QuarterId, string> } {
  const districts: District[] = Array.from({ length: spec.n }, (_, i) => ({
    id: `d${i}`,
    name: `区${i}`,
    nameEn: `District ${i}`,
    aliases: [],
  }))
  const ids = districts.map((d) => d.id)
  let q = `${spec.startYear}Q1` as QuarterId
  const texts = new Map<QuarterId, string>()
  let prevRanks: (number | null)[] | null = null
  for (const p of spec.perQuarter) {
    const sections = p.sections.map((id) => {
      const k = SECTION_IDS.indexOf(id)
      const weight = p.weights[k] ?? null
      const scale = (weight ?? 15) / 15
      const rowScores = (p.scores[k] ?? []).map((s) => (s === null ? 0 : s * scale))
      const ranks = competitionRanks(rowScores)
      return {
        id,
        weight,
        indicatorCount: null,
        indicators: null,
        table: p.publishedTable[k]
          ? {
              status: 'published',
              sources: [SOURCE],
              rows: ids.map((d, i) => ({ district: d, score: rowScores[i], rank: ranks[i], stars: null })),
            }
          : { status: 'not-published', reason: '未公布' },
      }
    })
    const ranks = competitionRanks(p.composite)
    const rows = ids.flatMap((d, i) => {
      const s = p.composite[i] ?? null
      if (s === null) return []
      return [{ district: d, rank: ranks[i] ?? null, score: p.rankOnly ? null : s, provenance: published }]
    })
    const top = rows.filter((r) => r.rank !== null && r.rank <= 2).map((r) => r.district)
    // A movement only where both quarters leave the rank open, or with the exact difference.
    const movements: object[] = []
    if (p.movement !== null && prevRanks) {
      const i = p.movement
      const before = prevRanks[i]
      const after = ranks[i]
      if (before != null && after != null && p.composite[i] !== null)
        movements.push({
          district: ids[i],
          placesUp: before - after,
          vs: prevQuarterOf(q),
          provenance: published,
        })
    }
    const file = {
      quarter: q,
      dataset: 'demo',
      notice: { issuer: null, published: null, basis: null, sources: [] },
      sections,
      bonusItems: [],
      composite: { weight: null, rows },
      flags:
        p.flagTop && top.length
          ? [{ flag: 'top', districts: top, reason: '居前2位', provenance: published }]
          : [],
      movements,
      notes: [],
      sources: [SOURCE],
    }
    texts.set(q, JSON.stringify(file))
    prevRanks = ids.map((_, i) => (p.composite[i] !== null ? (ranks[i] ?? null) : null))
    q = nextQuarter(q)
  }
  const ctx = { districtIds: new Set(ids), sourceIds: new Set([SOURCE]) }
  const quarters = new Map<QuarterId, QuarterFile>()
  for (const [id, text] of texts) quarters.set(id, validateQuarter(`${id}.json`, text, ctx, id, 'demo'))
  return { ds: { id: 'demo', districts, quarters }, texts }
}

function prevQuarterOf(q: QuarterId): QuarterId {
  const y = Number(q.slice(0, 4))
  const n = Number(q.slice(5))
  return (n === 1 ? `${y - 1}Q4` : `${y}Q${n - 1}`) as QuarterId
}

test.prop([datasetArb], { numRuns: 40, seed: 13 })(
  'every view model runs on a valid-but-odd dataset, within its rules',
  (spec) => {
    const { ds } = build(spec)
    expect(ds.quarters.size).toBe(spec.perQuarter.length)
    expect(runViewModels(ds)).toBeGreaterThanOrEqual(0)
  },
  60_000,
)
