// The demo dataset generator (scripts/generate-demo.mjs): deterministic, in the real data format, and
// consistent with the domain rules (ties, stars, flags) checked here with the domain's own functions.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkManifest } from '../../scripts/data-manifest.mjs'
import { diffDemo, generateDemo, writeLarge } from '../../scripts/generate-demo.mjs'
import { sourceQuarters } from '../../src/domain/model/folder-manifest'
import { validateFolderManifest } from '../../src/domain/model/folder-manifest-schema'
import { parseQuarter, previousQuarter, quarterRange } from '../../src/domain/model/quarter'
import type { QuarterFile } from '../../src/domain/model/schema'
import {
  type ValidationContext,
  validateDistricts,
  validateNews,
  validateQuarter,
  validateSources,
} from '../../src/domain/model/validate'
import { riseFlagByRule, topFlagByRule } from '../../src/domain/rules/flags'
import { starsForRank } from '../../src/domain/rules/stars'
import { competitionRanks, scoreKey } from '../../src/domain/rules/tie-rule'

const files = generateDemo()
const QUARTERS = quarterRange('2022Q1', '2024Q4')
const text = (path: string): string => {
  const t = files[path]
  if (t === undefined) throw new Error(`generator did not produce ${path}`)
  return t
}
const districts = validateDistricts('districts.json', text('districts.json'))
const sources = validateSources('sources.json', text('sources.json'))
const ctx: ValidationContext = {
  districtIds: new Set(districts.map((d) => d.id)),
  sourceIds: new Set(sources.map((s) => s.id)),
}
const quarters: QuarterFile[] = QUARTERS.map((q) =>
  validateQuarter(`quarters/${q}.json`, text(`quarters/${q}.json`), ctx, q),
)
/** The file of a quarter, or a test failure naming it. */
const fileOf = (quarter: string): QuarterFile => {
  const q = quarters.find((x) => x.quarter === quarter)
  if (!q) throw new Error(`quarter ${quarter} is not in the demo dataset`)
  return q
}
const compositeRank = (file: QuarterFile, district: string) =>
  file.composite.rows.find((r) => r.district === district)?.rank ?? null
const flagged = (file: QuarterFile, flag: 'top' | 'rise') =>
  new Set(file.flags.filter((f) => f.flag === flag).flatMap((f) => f.districts))
const hasTie = (scores: number[]) => new Set(scores.map(scoreKey)).size < scores.length

describe('generateDemo', () => {
  it('is deterministic: two runs give identical text', () => {
    expect(generateDemo()).toEqual(files)
  })

  it('writes exactly districts, sources, news and the 12 quarters 2022Q1–2024Q4', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['districts.json', 'news.json', 'sources.json', ...QUARTERS.map((q) => `quarters/${q}.json`)].sort(),
    )
    for (const t of Object.values(files)) {
      expect(t.endsWith('}\n') || t.endsWith(']\n')).toBe(true)
      expect(t).toBe(`${JSON.stringify(JSON.parse(t), null, 2)}\n`)
    }
  })

  it('uses the real districts and one generated source', () => {
    const real = JSON.parse(readFileSync('public/data/real/districts.json', 'utf8'))
    expect(districts).toEqual(real)
    expect(sources).toHaveLength(1)
    expect(sources[0]).toMatchObject({ id: 'demo-generator', kind: 'generated', url: null, date: null })
    expect(sources[0]?.title).toContain('DEMO')
  })

  it('matches the committed public/data/demo (regenerate instead of editing by hand)', () => {
    expect(diffDemo()).toEqual([])
  })
})

describe('demo quarter files', () => {
  it('are demo data with full tables: every section and the composite have all ten districts', () => {
    for (const q of quarters) {
      expect(q.dataset).toBe('demo')
      expect(q.movements).toEqual([])
      expect(q.notes.map((n) => n.id)).toContain('demo')
      // A plausible notice date: about four weeks after the quarter ends.
      const { year, q: n } = parseQuarter(q.quarter)
      const days = (Date.parse(q.notice.published ?? '') - Date.UTC(year, n * 3, 0)) / 86_400_000
      expect(days).toBeGreaterThanOrEqual(14)
      expect(days).toBeLessThanOrEqual(42)
      expect(q.composite.rows).toHaveLength(10)
      expect(new Set(q.composite.rows.map((r) => r.district))).toEqual(ctx.districtIds)
      for (const r of q.composite.rows) {
        expect(r.rank).not.toBeNull()
        expect(r.score).not.toBeNull()
        expect(r.provenance).toEqual({ status: 'published', sources: ['demo-generator'] })
      }
      for (const s of q.sections) {
        if (s.table.status !== 'published') throw new Error(`${q.quarter} ${s.id} not published`)
        expect(new Set(s.table.rows.map((r) => r.district))).toEqual(ctx.districtIds)
      }
    }
  })

  it('adds the business section only from 2023Q3, with weights summing to 100', () => {
    for (const q of quarters) {
      const ids = q.sections.map((s) => s.id)
      expect(ids).toEqual(
        q.quarter >= '2023Q3'
          ? ['economy', 'projects', 'urban', 'business']
          : ['economy', 'projects', 'urban'],
      )
      expect(q.sections.reduce((sum, s) => sum + (s.weight ?? Number.NaN), 0)).toBe(100)
      expect(q.sections.find((s) => s.id === 'economy')?.indicatorCount).toBe(12)
    }
  })

  it('has realistic two-decimal scores, within the weight and mostly at 75–97 % of it', () => {
    let total = 0
    let typical = 0
    for (const q of quarters) {
      for (const s of q.sections) {
        if (s.table.status !== 'published' || s.weight === null) continue
        for (const r of s.table.rows) {
          expect(scoreKey(r.score) / 100).toBe(r.score)
          expect(r.score).toBeGreaterThan(0)
          expect(r.score).toBeLessThanOrEqual(s.weight)
          total++
          if (r.score >= 0.75 * s.weight && r.score <= 0.97 * s.weight) typical++
        }
      }
    }
    expect(typical / total).toBeGreaterThan(0.9)
  })

  it('composite = sum of section scores, plus a 0–1.00 satisfaction bonus from 2023Q1', () => {
    for (const q of quarters) {
      const bonus = q.quarter >= '2023Q1'
      expect(q.bonusItems).toEqual(bonus ? ['群众满意度加分项'] : [])
      expect(q.composite.weight).toBe(bonus ? 101 : 100)
      for (const r of q.composite.rows) {
        let sum = 0
        for (const s of q.sections) {
          if (s.table.status === 'published')
            sum += scoreKey(s.table.rows.find((x) => x.district === r.district)?.score ?? Number.NaN)
        }
        const extra = scoreKey(r.score ?? Number.NaN) - sum
        if (bonus) {
          expect(extra).toBeGreaterThanOrEqual(0)
          expect(extra).toBeLessThanOrEqual(100)
        } else expect(extra).toBe(0)
      }
    }
  })

  it('ranks are competition ranks, stars follow max(1, 11 − rank), rows are listed best first', () => {
    for (const q of quarters) {
      const tables = [
        ...q.sections.map((s) => (s.table.status === 'published' ? s.table.rows : [])),
        q.composite.rows,
      ]
      for (const rows of tables) {
        expect(rows.map((r) => r.rank)).toEqual(competitionRanks(rows.map((r) => r.score)))
        const ranks = rows.map((r) => r.rank ?? Number.NaN)
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      }
      for (const s of q.sections) {
        if (s.table.status !== 'published') continue
        for (const r of s.table.rows) expect(r.stars).toBe(starsForRank(r.rank))
      }
    }
  })

  it('includes ties in section scores and in a composite', () => {
    const sectionTies = quarters.flatMap((q) =>
      q.sections.filter((s) => s.table.status === 'published' && hasTie(s.table.rows.map((r) => r.score))),
    )
    const compositeTies = quarters.filter((q) => hasTie(q.composite.rows.map((r) => r.score ?? Number.NaN)))
    expect(sectionTies.length).toBeGreaterThanOrEqual(3)
    expect(compositeTies.length).toBeGreaterThanOrEqual(1)
  })

  it('awards flags by the rules: top = composite rank ≤ 2, rise = up ≥ 2 vs the previous quarter', () => {
    let rises = 0
    quarters.forEach((q, i) => {
      const previous = i > 0 ? fileOf(previousQuarter(q.quarter)) : undefined
      const top = flagged(q, 'top')
      const rise = flagged(q, 'rise')
      for (const d of ctx.districtIds) {
        expect(top.has(d)).toBe(topFlagByRule(compositeRank(q, d)))
        const byRule = previous ? riseFlagByRule(compositeRank(q, d), compositeRank(previous, d)) : false
        expect(rise.has(d)).toBe(byRule)
      }
      for (const f of q.flags) {
        if (f.flag === 'top') expect(f.reason).toBe('综合成绩居前2位')
        else {
          if (!previous) throw new Error(`rise flag in the first quarter ${q.quarter}`)
          const up = Number(/^较上季度上升(\d+)个位次$/.exec(f.reason)?.[1])
          for (const d of f.districts) {
            expect((compositeRank(previous, d) ?? 0) - (compositeRank(q, d) ?? 0)).toBe(up)
          }
        }
      }
      rises += rise.size
    })
    expect(flagged(fileOf('2022Q1'), 'rise').size).toBe(0)
    // Ranks do move: some rises, but not a reshuffle every quarter.
    expect(rises).toBeGreaterThanOrEqual(3)
    expect(rises).toBeLessThanOrEqual(3 * quarters.length)
  })
})

describe('demo news', () => {
  const news = validateNews('news.json', text('news.json'), ctx)

  it('has a handful of items, all marked 【示例】, for several districts', () => {
    expect(news.length).toBeGreaterThanOrEqual(12)
    expect(news.length).toBeLessThanOrEqual(20)
    for (const n of news) {
      expect(n.title.startsWith('【示例】')).toBe(true)
      expect(n.summary.startsWith('【示例】')).toBe(true)
      expect(n.sources).toEqual(['demo-generator'])
      if (n.district !== null) expect(ctx.districtIds.has(n.district)).toBe(true)
      if (n.speaker) expect(n.speaker.name).toMatch(/^示例/)
    }
    expect(new Set(news.map((n) => n.district).filter(Boolean)).size).toBeGreaterThanOrEqual(4)
  })

  it('includes one item with markup in its summary, to test that news renders as text', () => {
    const markup = news.filter((n) => n.summary.includes('<img src=x onerror=alert(1)>'))
    expect(markup).toHaveLength(1)
  })

  it('states only what the generated numbers say', () => {
    let checked = 0
    for (const n of news) {
      if (!n.district || !n.quarter) continue
      const q = fileOf(n.quarter)
      const composite = /综合成绩第(\d+)位/.exec(n.title)
      if (composite) {
        expect(compositeRank(q, n.district)).toBe(Number(composite[1]))
        checked++
      }
      const up = /较上季度上升(\d+)位/.exec(n.title)
      if (up) {
        const previous = fileOf(previousQuarter(n.quarter))
        expect((compositeRank(previous, n.district) ?? 0) - (compositeRank(q, n.district) ?? 0)).toBe(
          Number(up[1]),
        )
        expect(flagged(q, 'rise').has(n.district)).toBe(true)
      }
      if (n.summary.includes('真抓实干')) expect(flagged(q, 'top').has(n.district)).toBe(true)
      const score = /综合成绩(\d+\.\d{2})分/.exec(n.summary)
      if (score) expect(q.composite.rows.find((r) => r.district === n.district)?.score).toBe(Number(score[1]))
    }
    expect(checked).toBeGreaterThanOrEqual(5)
  })
})

describe('large dataset', () => {
  const root = mkdtempSync(join(tmpdir(), 'leitai-large-'))
  // The folder's name is the dataset's name (?dataset=large).
  const dir = join(root, 'large')
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('writes the same format for many districts, from 2015Q1, with a floor of 1 star', () => {
    writeLarge(dir, { districts: 25, quarters: 36 })
    const read = (p: string) => readFileSync(join(dir, p), 'utf8')
    const ds = validateDistricts('districts.json', read('districts.json'))
    expect(ds).toHaveLength(25)
    expect(ds[0]).toMatchObject({ id: 'd0001', name: '示例区0001' })
    const src = validateSources('sources.json', read('sources.json'))
    const largeCtx = { districtIds: new Set(ds.map((d) => d.id)), sourceIds: new Set(src.map((s) => s.id)) }
    const range = quarterRange('2015Q1', '2023Q4')
    for (const id of range) {
      const q = validateQuarter(`${id}.json`, read(`quarters/${id}.json`), largeCtx, id)
      expect(q.composite.rows).toHaveLength(25)
      expect(q.sections.map((s) => s.id).includes('business')).toBe(id >= '2023Q3')
      for (const s of q.sections) {
        if (s.table.status !== 'published') continue
        for (const r of s.table.rows) expect(r.stars).toBe(Math.max(1, 11 - r.rank))
      }
    }
    validateNews('news.json', read('news.json'), largeCtx)
  })

  it('writes its own folder manifest, so the folder is servable as ?dataset=large in one step', () => {
    writeLarge(dir, { districts: 4, quarters: 3 })
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    const ds = validateFolderManifest('large', manifest)
    expect(sourceQuarters(ds)).toEqual(['2015Q1', '2015Q2', '2015Q3'])
    expect(ds.entry.districts.file).toBe('large/districts.json')
    expect(ds.entry.quarters['2015Q1']?.file).toBe('large/quarters/2015Q1.json')
    // A shorter rerun leaves no stale quarter behind.
    expect(readdirSync(join(dir, 'quarters'))).toHaveLength(3)
    expect(checkManifest(dir)).toEqual([])
  })

  it('refuses to write under src/ or public/ (but public/data/<name>/, gitignored and dropped by the build)', () => {
    expect(() => writeLarge('src/data/large', { districts: 3, quarters: 1 })).toThrow(/under src\//)
    expect(() => writeLarge('public/sources/large', { districts: 3, quarters: 1 })).toThrow(/under public\//)
    expect(() => writeLarge('public/data/large/x', { districts: 3, quarters: 1 })).toThrow(/under public\//)
    expect(() => writeLarge('public/data/demo', { districts: 3, quarters: 1 })).toThrow(/not be real or demo/)
    expect(() => writeLarge(join(root, 'Large'), { districts: 3, quarters: 1 })).toThrow(/must match/)
  })
})
