// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { compositeRanks, type Dataset } from '../../../src/domain/model/dataset'
import { figureValue } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import type { FlagId, SectionOrOverall } from '../../../src/domain/model/schema'
import { isDerivedChange } from '../../../src/domain/rules/change'
import {
  buildRankingTable,
  flagsFor,
  type RankingRow,
  starDiscrepancies,
} from '../../../src/domain/tables/ranking-table'
import { loadDataset } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

const ds = loadDataset('real')
const ranks = compositeRanks(ds)

function row(table: { rows: RankingRow[] }, district: string): RankingRow {
  const r = table.rows.find((x) => x.district.id === district)
  if (!r) throw new Error(`no row for ${district}`)
  return r
}

const flagSummary = (d: Dataset, q: QuarterId, district: string) =>
  flagsFor(d, compositeRanks(d), q, district).map((f) => `${f.flag}:${f.status}`)

describe('buildRankingTable(real, 2022Q2, economy)', () => {
  const t = buildRankingTable(ds, '2022Q2', 'economy')

  it('is available, weight 60, all ten districts in rank order', () => {
    expect(t.available).toBe(true)
    expect(t.reason).toBeNull()
    expect(t.weight).toBe(60)
    expect(t.rows).toHaveLength(10)
    expect(t.rows.map((r) => figureValue(r.rank))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('lists 黄岛区 54.96 first and 李沧区 44.69 last', () => {
    const first = t.rows[0]
    const last = t.rows.at(-1)
    expect(first?.district.name).toBe('黄岛区')
    expect(first?.score).toEqual({ status: 'published', value: 54.96, sources: ['qdrb-2022-07-26'] })
    expect(last?.district.name).toBe('李沧区')
    expect(figureValue(last?.score)).toBe(44.69)
  })

  it.each<[string, number, number, boolean]>([
    ['huangdao', 9, 10, true],
    ['jiaozhou', 9, 9, false],
    ['laoshan', 8, 8, false],
    ['shinan', 8, 7, true],
    ['jimo', 6, 6, false],
    ['licang', 1, 1, false],
  ])('%s: stars published %i, rule %i, differs %s', (d, published, rule, differs) => {
    expect(row(t, d).stars).toEqual({ published, rule, differs })
  })

  it('section rows carry the district’s composite flags but no total stars', () => {
    expect(row(t, 'huangdao').totalStars).toEqual({ status: 'not-published' })
    expect(row(t, 'huangdao').flags.map((f) => f.flag)).toEqual(['top'])
  })

  it('changes vs 2022Q1 are unknown (no 2022Q1 section tables), with the baseline named', () => {
    for (const r of t.rows) {
      expect(r.rankChange).toEqual({ kind: 'unknown', baseline: '2022Q1', missing: 'baseline' })
      expect(r.scoreChange).toEqual({ kind: 'unknown', baseline: '2022Q1', missing: 'baseline' })
    }
  })
})

describe('buildRankingTable(real, 2022Q2, urban)', () => {
  const t = buildRankingTable(ds, '2022Q2', 'urban')
  it('orders by the urban ranks with weight 20', () => {
    expect(t.weight).toBe(20)
    expect(t.rows.map((r) => r.district.id)).toEqual([
      'jiaozhou',
      'laoshan',
      'shibei',
      'chengyang',
      'jimo',
      'huangdao',
      'shinan',
      'licang',
      'pingdu',
      'laixi',
    ])
    expect(row(t, 'jiaozhou').stars).toEqual({ published: 9, rule: 10, differs: true })
    expect(row(t, 'chengyang').stars).toEqual({ published: 8, rule: 7, differs: true })
  })
})

describe('buildRankingTable(real, 2022Q2, overall)', () => {
  const t = buildRankingTable(ds, '2022Q2', 'overall')

  it('has five published scores and five not published (never 0)', () => {
    const published = t.rows.filter((r) => r.score.status === 'published')
    const missing = t.rows.filter((r) => r.score.status === 'not-published')
    expect(published.map((r) => r.district.id)).toEqual(['huangdao', 'jiaozhou', 'laoshan', 'jimo', 'shinan'])
    expect(published.map((r) => figureValue(r.score))).toEqual([90, 88.12, 86.53, 86.17, 83.91])
    expect(missing).toHaveLength(5)
    for (const r of missing) {
      expect(r.score).toEqual({ status: 'not-published' })
      expect(r.rank).toEqual({ status: 'not-published' })
      expect(figureValue(r.score)).toBeNull()
    }
    expect(t.rows.some((r) => figureValue(r.score) === 0 || figureValue(r.rank) === 0)).toBe(false)
  })

  it('ranked rows come first, then the unranked in the districts file order', () => {
    expect(t.rows.map((r) => r.district.id)).toEqual([
      'huangdao',
      'jiaozhou',
      'laoshan',
      'jimo',
      'shinan',
      'shibei',
      'licang',
      'chengyang',
      'pingdu',
      'laixi',
    ])
  })

  it('shinan: rank change known +2 vs 2022Q1, from the published statement', () => {
    expect(row(t, 'shinan').rankChange).toEqual({
      kind: 'known',
      baseline: '2022Q1',
      delta: 2,
      from: 7,
      to: 5,
      status: 'published',
      fromDerivedInput: false,
    })
  })

  it.each<[string, object]>([
    ['huangdao', { kind: 'known', delta: 0, status: 'derived', fromDerivedInput: false, baseline: '2022Q1' }],
    ['jiaozhou', { kind: 'known', delta: 0, status: 'derived', fromDerivedInput: false, baseline: '2022Q1' }],
    ['laoshan', { kind: 'known', delta: 0, status: 'derived', fromDerivedInput: true, baseline: '2022Q1' }],
    ['jimo', { kind: 'unknown', missing: 'baseline', baseline: '2022Q1' }],
    ['chengyang', { kind: 'unknown', missing: 'both', baseline: '2022Q1' }],
  ])('%s rank change vs 2022Q1', (d, expected) => {
    expect(row(t, d).rankChange).toMatchObject(expected)
  })

  it('score changes vs 2022Q1 are unknown (2022Q1 has no published scores)', () => {
    expect(row(t, 'huangdao').scoreChange).toEqual({
      kind: 'unknown',
      baseline: '2022Q1',
      missing: 'baseline',
    })
    expect(row(t, 'pingdu').scoreChange).toEqual({ kind: 'unknown', baseline: '2022Q1', missing: 'both' })
  })

  it('has no stars column and no total stars (the projects table is missing)', () => {
    for (const r of t.rows) {
      expect(r.stars).toBeNull()
      expect(r.totalStars).toEqual({ status: 'not-published' })
    }
  })

  it('flags: published top for huangdao and jiaozhou, published rise for shinan, none for the rest', () => {
    const flags = Object.fromEntries(
      t.rows.map((r) => [r.district.id, r.flags.map((f) => `${f.flag}:${f.status}`)]),
    )
    expect(flags).toEqual({
      huangdao: ['top:published'],
      jiaozhou: ['top:published'],
      laoshan: [],
      jimo: [],
      shinan: ['rise:published'],
      shibei: [],
      licang: [],
      chengyang: [],
      pingdu: [],
      laixi: [],
    })
  })
})

describe('unavailable tables', () => {
  it('2022Q2 projects is unavailable with the file’s reason, still listing all ten as not published', () => {
    const t = buildRankingTable(ds, '2022Q2', 'projects')
    const section = ds.quarters.get('2022Q2')?.sections.find((s) => s.id === 'projects')
    expect(t.available).toBe(false)
    expect(section?.table.status).toBe('not-published')
    expect(t.reason).toBe(section?.table.status === 'not-published' ? section.table.reason : 'unreachable')
    expect(t.reason).toContain('未在任何公开副本中找到')
    expect(t.weight).toBeNull()
    expect(t.rows).toHaveLength(10)
    for (const r of t.rows) {
      expect(r.rank.status).toBe('not-published')
      expect(r.score.status).toBe('not-published')
      expect(r.stars).toBeNull()
    }
  })

  it.each<[QuarterId, SectionOrOverall, string]>([
    ['2023Q2', 'overall', 'quarter-missing'],
    ['2021Q4', 'economy', 'quarter-missing'],
    ['2022Q2', 'business', 'section-missing'],
    ['2022Q1', 'economy', 'sections-unknown'],
  ])('%s %s → unavailable: %s', (q, section, reason) => {
    const t = buildRankingTable(ds, q, section)
    expect(t.available).toBe(false)
    expect(t.reason).toBe(reason)
    expect(t.rows).toHaveLength(10)
  })

  it('2023Q3 economy is unavailable (tables were images) with that reason', () => {
    const t = buildRankingTable(ds, '2023Q3', 'economy')
    expect(t.available).toBe(false)
    expect(t.reason).toContain('图片')
  })
})

describe('flagsFor on the real data', () => {
  it('huangdao 2022Q1: a derived top flag (rank 1 published, no flag published for it)', () => {
    const flags = flagsFor(ds, ranks, '2022Q1', 'huangdao')
    expect(flags).toHaveLength(1)
    const [top] = flags
    expect(top?.flag).toBe('top')
    expect(top?.status).toBe('derived')
    expect(top?.provenance.status).toBe('derived')
    if (top?.provenance.status !== 'derived') return
    expect(top.provenance.rule).toContain('综合成绩居前2位')
    expect(top.provenance.inputs).toEqual(['2022Q1 黄岛区 综合第1'])
    expect(top.provenance.sources).toEqual(['bandao-2023-04-21'])
  })

  it('jiaozhou 2022Q1: the published top flag, not a second derived one', () => {
    const flags = flagsFor(ds, ranks, '2022Q1', 'jiaozhou')
    expect(flags).toHaveLength(1)
    expect(flags[0]).toMatchObject({
      flag: 'top',
      status: 'published',
      reason: '前三季度连续三次夺得（含一季度）',
    })
    expect(flags[0]?.provenance).toMatchObject({ status: 'published', sources: ['qdrb-2022-12-29'] })
  })

  it.each<[QuarterId, string, string[]]>([
    ['2022Q1', 'laoshan', []],
    // shinan's 2022Q1 rank 7 is derived, but 2021Q4 is unknown: no rise can be derived.
    ['2022Q1', 'shinan', []],
    ['2022Q2', 'shinan', ['rise:published']],
    ['2022Q3', 'huangdao', ['top:derived']],
    ['2022Q3', 'jiaozhou', ['top:published']],
    ['2022Q4', 'huangdao', ['top:derived']],
    ['2022Q4', 'jiaozhou', []],
    ['2023Q1', 'huangdao', ['top:published']],
    ['2023Q1', 'jiaozhou', ['top:published']],
    ['2023Q1', 'jimo', ['rise:published']],
    ['2023Q1', 'shibei', ['rise:published']],
    ['2023Q1', 'licang', ['rise:published']],
    ['2023Q1', 'laoshan', []],
    ['2023Q3', 'huangdao', ['top:published']],
    ['2023Q3', 'jiaozhou', ['top:published']],
    ['2023Q3', 'shibei', ['rise:published']],
    ['2024Q1', 'huangdao', []],
  ])('%s %s → %j', (q, d, expected) => {
    expect(flagsFor(ds, ranks, q, d).map((f) => `${f.flag}:${f.status}`)).toEqual(expected)
  })
})

describe('2023Q1: flags published, composite ranks not', () => {
  const t = buildRankingTable(ds, '2023Q1', 'overall')

  it('no district has a known rank or score', () => {
    expect(t.rows.every((r) => r.rank.status === 'not-published' && r.score.status === 'not-published')).toBe(
      true,
    )
  })

  it('the flags are all published: top huangdao/jiaozhou, rise jimo/shibei/licang', () => {
    const holders = (flag: FlagId) =>
      t.rows
        .filter((r) => r.flags.some((f) => f.flag === flag && f.status === 'published'))
        .map((r) => r.district.id)
    expect(holders('top')).toEqual(['huangdao', 'jiaozhou'])
    expect(holders('rise')).toEqual(['shibei', 'licang', 'jimo'])
    expect(t.rows.flatMap((r) => r.flags).every((f) => f.status === 'published')).toBe(true)
  })

  it('rank changes vs 2022Q4 are unknown on the current side', () => {
    expect(row(t, 'huangdao').rankChange).toEqual({ kind: 'unknown', baseline: '2022Q4', missing: 'current' })
    expect(row(t, 'laoshan').rankChange).toEqual({ kind: 'unknown', baseline: '2022Q4', missing: 'both' })
  })

  it('a published rise flag makes the change the rule’s lower bound, derived (jimo ▲≥2 vs 2022Q4)', () => {
    expect(row(t, 'jimo').rankChange).toEqual({
      kind: 'known',
      baseline: '2022Q4',
      delta: 2,
      from: null,
      to: null,
      status: 'derived',
      fromDerivedInput: false,
      atLeast: true,
    })
  })
})

describe('2023Q3 rise flag', () => {
  it('市北区: ▲≥2 vs 2023Q2, derived from the flag rule', () => {
    const r = row(buildRankingTable(ds, '2023Q3', 'overall'), 'shibei')
    expect(r.rankChange).toMatchObject({ kind: 'known', delta: 2, atLeast: true, status: 'derived' })
    expect(isDerivedChange(r.rankChange)).toBe(true)
    // Section tables are not the composite: the flag says nothing about a section rank.
    expect(row(buildRankingTable(ds, '2022Q2', 'economy'), 'shibei').rankChange.kind).toBe('unknown')
  })
})

describe('isDerivedChange: one rule for 推算', () => {
  it('黄岛区 2022Q2 持平 vs 2022Q1 is computed from two published ranks, so derived', () => {
    const c = row(buildRankingTable(ds, '2022Q2', 'overall'), 'huangdao').rankChange
    expect(c).toMatchObject({ kind: 'known', delta: 0, status: 'derived' })
    expect(isDerivedChange(c)).toBe(true)
  })
  it('a change stated in the notice (市南区 上升2个位次) is published, not derived', () => {
    const c = row(buildRankingTable(ds, '2022Q2', 'overall'), 'shinan').rankChange
    expect(c).toMatchObject({ kind: 'known', delta: 2, status: 'published' })
    expect(isDerivedChange(c)).toBe(false)
  })
})

describe('2023Q3 overall', () => {
  const t = buildRankingTable(ds, '2023Q3', 'overall')

  it('jiaozhou rank 2 is derived; huangdao rank 1 and 98.30 are published', () => {
    expect(row(t, 'jiaozhou').rank).toMatchObject({ status: 'derived', value: 2 })
    expect(row(t, 'jiaozhou').score).toEqual({ status: 'not-published' })
    expect(row(t, 'huangdao').rank).toMatchObject({ status: 'published', value: 1 })
    expect(figureValue(row(t, 'huangdao').score)).toBe(98.3)
    expect(t.rows.slice(0, 2).map((r) => r.district.id)).toEqual(['huangdao', 'jiaozhou'])
  })

  it('huangdao total stars 38 are published (四板块共摘38星); others not published', () => {
    expect(row(t, 'huangdao').totalStars).toMatchObject({ status: 'published', value: 38 })
    expect(row(t, 'jiaozhou').totalStars).toEqual({ status: 'not-published' })
  })

  it('the baseline 2023Q2 is not in the data: changes are unknown vs 2023Q2', () => {
    expect(row(t, 'huangdao').rankChange).toEqual({
      kind: 'unknown',
      baseline: '2023Q2',
      missing: 'baseline',
    })
  })
})

describe('starDiscrepancies', () => {
  const notes = starDiscrepancies(ds, '2022Q2')

  it('2022Q2: one fact for economy and one for urban, naming the differing districts', () => {
    expect(notes.map((n) => [n.id, n.section, n.differing.map((d) => d.district)])).toEqual([
      ['stars-economy', 'economy', ['huangdao', 'shinan']],
      ['stars-urban', 'urban', ['jiaozhou', 'chengyang']],
    ])
  })

  it('the economy fact carries the printed and the rule sequences and each difference', () => {
    const economy = notes.find((n) => n.section === 'economy')
    expect(economy?.printed).toEqual([9, 9, 8, 8, 6, 5, 4, 3, 2, 1])
    expect(economy?.rule).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
    expect(economy?.differing).toEqual([
      { district: 'huangdao', rank: 1, printed: 9, rule: 10 },
      { district: 'shinan', rank: 4, printed: 8, rule: 7 },
    ])
  })

  it.each<QuarterId>(['2022Q1', '2022Q3', '2022Q4', '2023Q1', '2023Q3', '2024Q1'])('%s → no notes', (q) => {
    expect(starDiscrepancies(ds, q)).toEqual([])
  })
})

describe('a synthetic dataset (ties, rises, derived ranks)', () => {
  const syn = syntheticDataset()

  it.each<[QuarterId, string, string[]]>([
    // 2030Q1: bravo and charlie tie at rank 2, so the top-2 rule covers three districts.
    ['2030Q1', 'alpha', ['top:derived']],
    ['2030Q1', 'bravo', ['top:derived']],
    ['2030Q1', 'charlie', ['top:derived']],
    ['2030Q1', 'delta', []],
    // 2030Q2: echo 5 → 1 (up 4), alpha 1 → 2, delta 4 → 3 (up 1 only), bravo/charlie 2 → 4.
    ['2030Q2', 'echo', ['top:derived', 'rise:derived']],
    ['2030Q2', 'alpha', ['top:derived']],
    ['2030Q2', 'delta', []],
    ['2030Q2', 'bravo', []],
    // 2030Q3: charlie 4 → 1 with a published rise; bravo 4 → 2 derived from a movement statement.
    ['2030Q3', 'charlie', ['rise:published', 'top:derived']],
    ['2030Q3', 'bravo', ['top:derived', 'rise:derived']],
    ['2030Q3', 'alpha', []],
    ['2030Q3', 'echo', []],
  ])('flags %s %s → %j', (q, d, expected) => {
    expect(flagSummary(syn, q, d)).toEqual(expected)
  })

  it('a derived rise names both quarters’ ranks and combines their sources', () => {
    const rise = flagsFor(syn, compositeRanks(syn), '2030Q2', 'echo').find((f) => f.flag === 'rise')
    expect(rise?.provenance.status).toBe('derived')
    if (rise?.provenance.status !== 'derived') return
    expect(rise.provenance.inputs).toEqual(['2030Q1 戊区 综合第5', '2030Q2 戊区 综合第1'])
    expect(rise.provenance.rule).toContain('上升2位及以上')
    expect(rise.provenance.sources).toEqual(['syn-notice', 'syn-notice'])
  })

  it('a rise derived from a derived rank says which ranks it used', () => {
    const rise = flagsFor(syn, compositeRanks(syn), '2030Q3', 'bravo').find((f) => f.flag === 'rise')
    expect(rise?.provenance.status === 'derived' && rise.provenance.inputs).toEqual([
      '2030Q2 乙区 综合第4',
      '2030Q3 乙区 综合第2',
    ])
  })

  it('overall 2030Q2: tied rows share rank 4 and keep the districts file order', () => {
    const t = buildRankingTable(syn, '2030Q2', 'overall')
    expect(t.rows.map((r) => [r.district.id, figureValue(r.rank)])).toEqual([
      ['echo', 1],
      ['alpha', 2],
      ['delta', 3],
      ['bravo', 4],
      ['charlie', 4],
    ])
    expect(t.weight).toBe(100)
  })

  it.each<[string, number, number]>([
    // district, rank delta, score delta (composite, 2030Q2 vs 2030Q1)
    ['echo', 4, 25],
    ['alpha', -1, 0],
    ['delta', 1, 8],
    ['bravo', -2, -5],
    ['charlie', -2, -5],
  ])(
    'overall 2030Q2 %s: rank change %i, score change %d (both derived vs 2030Q1)',
    (d, rankDelta, scoreDelta) => {
      const r = row(buildRankingTable(syn, '2030Q2', 'overall'), d)
      expect(r.rankChange).toMatchObject({
        kind: 'known',
        delta: rankDelta,
        status: 'derived',
        baseline: '2030Q1',
      })
      expect(r.scoreChange).toMatchObject({
        kind: 'known',
        delta: scoreDelta,
        status: 'derived',
        baseline: '2030Q1',
      })
    },
  )

  it.each<[string, number, number, { published: number | null; rule: number; differs: boolean }]>([
    ['echo', 4, 25, { published: 10, rule: 10, differs: false }],
    ['delta', 2, 10, { published: 9, rule: 9, differs: false }],
    ['alpha', -2, -2, { published: 8, rule: 8, differs: false }],
    ['bravo', -2, 0, { published: 7, rule: 7, differs: false }],
    ['charlie', -3, -0.5, { published: null, rule: 6, differs: false }],
  ])(
    'economy 2030Q2 %s: section rank change %i, score change %d, stars',
    (d, rankDelta, scoreDelta, stars) => {
      const r = row(buildRankingTable(syn, '2030Q2', 'economy'), d)
      expect(r.rankChange).toMatchObject({
        kind: 'known',
        delta: rankDelta,
        status: 'derived',
        baseline: '2030Q1',
      })
      expect(r.scoreChange).toMatchObject({ kind: 'known', delta: scoreDelta, baseline: '2030Q1' })
      expect(r.stars).toEqual(stars)
    },
  )

  it('economy 2030Q1 ties share rank 2 and 9★; the next is rank 4 with 7★', () => {
    const t = buildRankingTable(syn, '2030Q1', 'economy')
    expect(t.rows.map((r) => [r.district.id, figureValue(r.rank), r.stars?.rule])).toEqual([
      ['alpha', 1, 10],
      ['bravo', 2, 9],
      ['charlie', 2, 9],
      ['delta', 4, 7],
      ['echo', 5, 6],
    ])
    expect(starDiscrepancies(syn, '2030Q1')).toEqual([])
  })

  it('total stars on the composite: derived sum of sections, or not published when a section’s stars are missing', () => {
    const q1 = buildRankingTable(syn, '2030Q1', 'overall')
    expect(row(q1, 'alpha').totalStars).toMatchObject({
      status: 'derived',
      value: 10,
      rule: '各板块星数之和',
    })
    const q2 = buildRankingTable(syn, '2030Q2', 'overall')
    expect(row(q2, 'echo').totalStars).toMatchObject({ status: 'derived', value: 10 })
    expect(row(q2, 'charlie').totalStars).toEqual({ status: 'not-published' })
    const q3 = buildRankingTable(syn, '2030Q3', 'overall')
    expect(row(q3, 'charlie').totalStars).toEqual({ status: 'not-published' })
  })

  it('overall 2030Q3: derived and published ranks first; bravo’s change is the published statement', () => {
    const t = buildRankingTable(syn, '2030Q3', 'overall')
    expect(t.rows.slice(0, 2).map((r) => [r.district.id, r.rank.status, figureValue(r.rank)])).toEqual([
      ['charlie', 'published', 1],
      ['bravo', 'derived', 2],
    ])
    expect(row(t, 'bravo').rankChange).toEqual({
      kind: 'known',
      baseline: '2030Q2',
      delta: 2,
      from: 4,
      to: 2,
      status: 'published',
      fromDerivedInput: false,
    })
    expect(row(t, 'charlie').rankChange).toMatchObject({ kind: 'known', delta: 3, status: 'derived' })
    expect(row(t, 'alpha').rankChange).toEqual({ kind: 'unknown', baseline: '2030Q2', missing: 'current' })
  })

  it('2030Q3 economy: no section list was published, so the section is unknown, not "not assessed"', () => {
    const t = buildRankingTable(syn, '2030Q3', 'economy')
    expect(t.available).toBe(false)
    expect(t.reason).toBe('sections-unknown')
  })
})
