// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  compositeRanks,
  quarterIds,
  RULE_RANK_FROM_PREVIOUS,
  RULE_RANK_FROM_RISE,
  rankFigure,
  scoreFigure,
  sectionIdsOf,
} from '../../../src/domain/model/dataset'
import { type Figure, figureValue, NOT_PUBLISHED } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import type { FlagId, QuarterFile, SectionOrOverall } from '../../../src/domain/model/schema'
import { loadDataset } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

const ds = loadDataset('real')
const ranks = compositeRanks(ds)
const rankOf = (q: QuarterId, d: string) => ranks.get(q)?.get(d)
const file = (q: QuarterId): QuarterFile => {
  const f = ds.quarters.get(q)
  if (!f) throw new Error(`no ${q} in the real dataset`)
  return f
}

describe('the real dataset', () => {
  it('has six quarters in calendar order', () => {
    expect(quarterIds(ds)).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q3'])
    expect([...ds.quarters.keys()]).toEqual(quarterIds(ds))
    expect(ds.districts).toHaveLength(10)
  })

  it.each<[QuarterId, string[]]>([
    ['2022Q1', []],
    ['2022Q2', ['economy', 'projects', 'urban']],
    ['2023Q1', ['economy', 'projects', 'urban']],
    ['2023Q3', ['economy', 'projects', 'urban', 'business']],
  ])('sectionIdsOf(%s) → %j', (q, ids) => {
    expect(sectionIdsOf(file(q))).toEqual(ids)
  })
})

describe('compositeRanks on the real data', () => {
  it('derives shinan 2022Q1 = 7 from "2022Q2 rank 5, 较一季度上升2个位次"', () => {
    const f = rankOf('2022Q1', 'shinan')
    expect(f?.status).toBe('derived')
    if (f?.status !== 'derived') return
    expect(f.value).toBe(7)
    expect(f.rule).toBe(RULE_RANK_FROM_RISE)
    expect(f.inputs).toHaveLength(2)
    const [rankInput, riseInput] = f.inputs
    expect(rankInput).toContain('2022Q2')
    expect(rankInput).toContain('第5')
    expect(riseInput).toContain('上升2个位次')
    expect(riseInput).toContain('2022Q1')
    expect(f.inputs.join(' ')).toContain('市南区')
    expect(f.sources).toEqual(['qdrb-2022-07-26'])
  })

  it.each<[QuarterId, string, number, 'published' | 'derived', string[]]>([
    ['2022Q1', 'huangdao', 1, 'published', ['bandao-2023-04-21']],
    ['2022Q1', 'jiaozhou', 2, 'published', ['qdrb-2022-11-17']],
    ['2022Q1', 'laoshan', 3, 'derived', ['qingdaomop-top3', 'bandao-2023-04-21', 'qdrb-2022-11-17']],
    ['2022Q2', 'huangdao', 1, 'published', ['qdrb-2022-07-26']],
    ['2022Q2', 'shinan', 5, 'published', ['qdrb-2022-07-26']],
    ['2022Q3', 'jiaozhou', 2, 'published', ['qdrb-2022-11-17']],
    ['2022Q4', 'huangdao', 1, 'published', ['bandao-2023-04-21']],
    ['2023Q3', 'huangdao', 1, 'published', ['xinhua-2023-11-07']],
    ['2023Q3', 'jiaozhou', 2, 'derived', ['qingdaonews-2023-11-07', 'xinhua-2023-11-07']],
  ])('%s %s: rank %i, %s, from the file with its sources', (q, d, value, status, sources) => {
    const f = rankOf(q, d)
    expect(f?.status).toBe(status)
    expect(figureValue(f)).toBe(value)
    expect(f?.status !== 'not-published' && f?.sources).toEqual(sources)
  })

  it('a file-derived rank keeps its own rule (not a movement rule)', () => {
    const laoshan = rankOf('2022Q1', 'laoshan')
    expect(laoshan?.status === 'derived' && laoshan.rule).toContain('排除法')
    const jiaozhou = rankOf('2023Q3', 'jiaozhou')
    expect(jiaozhou?.status === 'derived' && jiaozhou.rule).toContain('红旗')
  })

  it('the only movement-derived rank in the real data is shinan 2022Q1', () => {
    const derivedByMovement: string[] = []
    for (const [q, m] of ranks)
      for (const [d, f] of m)
        if (f.status === 'derived' && (f.rule === RULE_RANK_FROM_RISE || f.rule === RULE_RANK_FROM_PREVIOUS))
          derivedByMovement.push(`${q} ${d}`)
    expect(derivedByMovement).toEqual(['2022Q1 shinan'])
  })

  it('2022Q2 shinan stays published (the statement’s current end is not replaced)', () => {
    expect(rankOf('2022Q2', 'shinan')).toEqual({
      status: 'published',
      sources: ['qdrb-2022-07-26'],
      value: 5,
    })
  })

  it('unknown ranks stay unknown: no entry, never 0', () => {
    expect(rankOf('2022Q1', 'chengyang')).toBeUndefined()
    expect(rankOf('2022Q4', 'jiaozhou')).toBeUndefined()
    expect(rankOf('2022Q2', 'licang')).toBeUndefined()
  })

  it('2023Q1 has no known composite ranks at all', () => {
    expect([...(ranks.get('2023Q1')?.values() ?? [])]).toEqual([])
  })

  it('known ranks per quarter', () => {
    const known = (q: QuarterId) => [...(ranks.get(q)?.entries() ?? [])].map(([d, f]) => [d, figureValue(f)])
    expect(known('2022Q1')).toEqual([
      ['huangdao', 1],
      ['jiaozhou', 2],
      ['laoshan', 3],
      ['shinan', 7],
    ])
    expect(known('2022Q2')).toEqual([
      ['huangdao', 1],
      ['jiaozhou', 2],
      ['laoshan', 3],
      ['jimo', 4],
      ['shinan', 5],
    ])
    expect(known('2022Q4')).toEqual([['huangdao', 1]])
  })
})

describe('compositeRanks never overwrites a published rank', () => {
  it('a movement statement that disagrees with a published baseline rank leaves it published', () => {
    const syn = syntheticDataset()
    const q2 = syn.quarters.get('2030Q2')
    if (!q2) throw new Error('fixture')
    // 2030Q2 bravo is rank 4 (published); claim "上升3个位次 vs 2030Q1" although 2030Q1 bravo is published 2.
    q2.movements.push({
      district: 'bravo',
      placesUp: 3,
      vs: '2030Q1',
      provenance: { status: 'published', sources: ['x'] },
    })
    const r = compositeRanks(syn)
    expect(r.get('2030Q1')?.get('bravo')).toEqual({ status: 'published', sources: ['syn-notice'], value: 2 })
    expect(r.get('2030Q2')?.get('bravo')).toEqual({ status: 'published', sources: ['syn-notice'], value: 4 })
  })

  it('derives the current quarter from a known baseline (RULE_RANK_FROM_PREVIOUS)', () => {
    const r = compositeRanks(syntheticDataset())
    const bravo = r.get('2030Q3')?.get('bravo')
    expect(bravo?.status).toBe('derived')
    if (bravo?.status !== 'derived') return
    expect(bravo.value).toBe(2)
    expect(bravo.rule).toBe(RULE_RANK_FROM_PREVIOUS)
    expect(bravo.inputs[0]).toContain('2030Q2')
    expect(bravo.inputs[0]).toContain('乙区')
    expect(bravo.inputs[0]).toContain('第4')
    expect(bravo.inputs[1]).toContain('上升2个位次')
  })

  it('a quarter referenced only by a movement gets a derived rank (baseline before the first file)', () => {
    const syn = syntheticDataset()
    const q1 = syn.quarters.get('2030Q1')
    if (!q1) throw new Error('fixture')
    q1.movements.push({
      district: 'echo',
      placesUp: 1,
      vs: '2029Q4',
      provenance: { status: 'published', sources: ['x'] },
    })
    const f = compositeRanks(syn).get('2029Q4')?.get('echo')
    expect(f).toMatchObject({ status: 'derived', value: 6, rule: RULE_RANK_FROM_RISE, sources: ['x'] })
  })
})

describe('scoreFigure and rankFigure', () => {
  const pub = (value: number, sources: string[]): Figure<number> => ({ status: 'published', value, sources })

  it.each<[QuarterId, SectionOrOverall, string, Figure<number>]>([
    ['2022Q2', 'economy', 'huangdao', pub(54.96, ['qdrb-2022-07-26'])],
    ['2022Q2', 'economy', 'licang', pub(44.69, ['qdrb-2022-07-26'])],
    ['2022Q2', 'urban', 'jimo', pub(19, ['qdrb-2022-07-26'])],
    ['2022Q2', 'overall', 'jiaozhou', pub(88.12, ['qdrb-2022-07-26'])],
    ['2022Q2', 'overall', 'chengyang', NOT_PUBLISHED],
    ['2022Q2', 'projects', 'huangdao', NOT_PUBLISHED],
    ['2022Q2', 'business', 'huangdao', NOT_PUBLISHED],
    ['2022Q1', 'overall', 'huangdao', NOT_PUBLISHED],
    ['2023Q1', 'economy', 'huangdao', NOT_PUBLISHED],
  ])('scoreFigure(%s, %s, %s)', (q, section, d, expected) => {
    expect(scoreFigure(ds.quarters.get(q), section, d)).toEqual(expected)
  })

  it('2023Q3 huangdao composite score 98.30 keeps its quote', () => {
    const f = scoreFigure(file('2023Q3'), 'overall', 'huangdao')
    expect(f).toMatchObject({ status: 'published', value: 98.3, sources: ['xinhua-2023-11-07'] })
    expect(f.status === 'published' && f.quote).toContain('98.30')
  })

  it('a missing quarter file is not published', () => {
    expect(scoreFigure(undefined, 'overall', 'huangdao')).toEqual(NOT_PUBLISHED)
    expect(rankFigure(ds, ranks, '2023Q2', 'overall', 'huangdao')).toEqual(NOT_PUBLISHED)
    expect(rankFigure(ds, ranks, '2023Q2', 'economy', 'huangdao')).toEqual(NOT_PUBLISHED)
  })

  it.each<[QuarterId, SectionOrOverall, string, 'published' | 'derived' | 'not-published', number | null]>([
    ['2022Q2', 'economy', 'licang', 'published', 10],
    ['2022Q2', 'urban', 'huangdao', 'published', 6],
    ['2022Q2', 'overall', 'jimo', 'published', 4],
    ['2022Q1', 'overall', 'shinan', 'derived', 7],
    ['2022Q2', 'overall', 'pingdu', 'not-published', null],
    ['2022Q2', 'projects', 'jimo', 'not-published', null],
    ['2023Q3', 'business', 'huangdao', 'not-published', null],
    ['2022Q1', 'economy', 'huangdao', 'not-published', null],
  ])('rankFigure(%s, %s, %s) → %s %s', (q, section, d, status, value) => {
    const f = rankFigure(ds, ranks, q, section, d)
    expect(f.status).toBe(status)
    expect(figureValue(f)).toBe(value)
  })
})

/**
 * Cross-check against the collected source facts (a copy of shared/data/published-quarters.json):
 * every published figure in public/data/real must be the one the sources printed.
 */
describe('the real data agrees with the collected source facts', () => {
  type FactRow = { district: string; score?: number; rank?: number; stars?: number; rankBasis?: string }
  type FactQuarter = {
    quarter: QuarterId
    sections: { name: string; weight?: number | null; scores?: FactRow[] }[]
    composite: FactRow[]
    flags: { name: string; districts: string[] }[]
  }
  const facts = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../fixtures/published-quarters.json', import.meta.url)), 'utf8'),
  ) as FactQuarter[]
  const idOf = (name: string) => {
    const d = ds.districts.find((x) => x.name === name)
    if (!d) throw new Error(`unknown district name ${name}`)
    return d.id
  }
  const sectionIdOf: Record<string, string> = {
    经济运行: 'economy',
    项目签约落地: 'projects',
    城市更新建设: 'urban',
    优化营商环境: 'business',
  }
  const flagIdOf: Record<string, FlagId | undefined> = {
    '真抓实干、勇当排头': 'top',
    '加压奋进、进位赶超': 'rise',
  }

  it('covers the same quarters', () => {
    expect(facts.map((f) => f.quarter)).toEqual(quarterIds(ds))
  })

  it.each(facts.map((f) => [f.quarter, f] as const))('%s: section tables', (q, fact) => {
    const f = file(q)
    expect(f.sections.map((s) => s.id)).toEqual(fact.sections.map((s) => sectionIdOf[s.name]))
    for (const s of fact.sections) {
      const mine = f.sections.find((x) => x.id === sectionIdOf[s.name])
      expect(mine?.weight ?? null).toBe(s.weight ?? null)
      const rows = s.scores ?? []
      if (rows.length === 0) {
        expect(mine?.table.status).toBe('not-published')
        continue
      }
      expect(mine?.table.status === 'published' && mine.table.rows).toEqual(
        rows.map((r) => ({ district: idOf(r.district), score: r.score, rank: r.rank, stars: r.stars })),
      )
    }
  })

  it.each(facts.map((f) => [f.quarter, f] as const))(
    '%s: composite rows: published = printed in a source, derived = deduced',
    (q, fact) => {
      const rows = file(q).composite.rows
      const deduced = (r: FactRow) => r.rankBasis?.startsWith('DEDUCED') ?? false
      const triple = (r: FactRow) => [idOf(r.district), r.rank ?? null, r.score ?? null]
      expect(
        rows.filter((r) => r.provenance.status === 'published').map((r) => [r.district, r.rank, r.score]),
      ).toEqual(fact.composite.filter((r) => !deduced(r)).map(triple))
      // Every deduced fact is a derived row here; a derived row may also come from a rule stated in the notes.
      const derived = rows
        .filter((r) => r.provenance.status === 'derived')
        .map((r) => [r.district, r.rank, r.score])
      for (const r of fact.composite.filter(deduced)) expect(derived).toContainEqual(triple(r))
    },
  )

  it.each(facts.map((f) => [f.quarter, f] as const))('%s: flags (commendations are not flags)', (q, fact) => {
    const mine = file(q).flags.map((fl) => [fl.flag, fl.districts])
    const theirs = fact.flags
      .filter((fl) => flagIdOf[fl.name] !== undefined)
      .map((fl) => [flagIdOf[fl.name], fl.districts.map(idOf)])
    expect(mine).toEqual(theirs)
  })
})
