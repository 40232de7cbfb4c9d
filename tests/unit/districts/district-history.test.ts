// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { figureValue } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import type { SectionId } from '../../../src/domain/model/schema'
import {
  districtEntry,
  districtHistory,
  entrySection,
  historyQuarters,
  historySections,
  primaryAlias,
  sectionListing,
} from '../../../src/domain/tables/district-history'
import { peersOf } from '../../../src/features/districts/model/district-peers'
import { loadDataset } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

const real = loadDataset('real')
const demo = loadDataset('demo')

describe('historyQuarters', () => {
  it.each<[QuarterId[], QuarterId[]]>([
    [[], []],
    [['2022Q2'], ['2022Q2']],
    [
      ['2023Q1', '2022Q3'],
      ['2022Q3', '2022Q4', '2023Q1'],
    ],
  ])('%j → %j (calendar range, gaps included)', (input, expected) => {
    expect(historyQuarters(input)).toEqual(expected)
  })
})

describe('districtHistory', () => {
  it('covers every calendar quarter of the real data and marks 2023Q2 as missing', () => {
    const h = districtHistory(real, 'huangdao')
    expect(h.map((e) => `${e.quarter}:${e.file}`)).toEqual([
      '2022Q1:present',
      '2022Q2:present',
      '2022Q3:present',
      '2022Q4:present',
      '2023Q1:present',
      '2023Q2:missing',
      '2023Q3:present',
    ])
  })

  it.each<[string, QuarterId, string]>([
    // rank / score / status of rank / flags
    ['huangdao', '2022Q2', '1 90 published top:published'],
    ['huangdao', '2022Q1', '1 - published top:derived'],
    ['huangdao', '2023Q3', '1 98.3 published top:published'],
    ['shinan', '2022Q2', '5 83.91 published rise:published'],
    // Derived from "市南区较一季度上升2个位次" and its Q2 rank 5.
    ['shinan', '2022Q1', '7 - derived '],
    ['laoshan', '2022Q1', '3 - derived '],
    ['laixi', '2022Q2', '- - not-published '],
    ['huangdao', '2023Q2', '- - not-published '],
  ])('%s %s → %s', (d, q, expected) => {
    const e = districtEntry(real, q, d)
    expect(
      [
        figureValue(e.rank) ?? '-',
        figureValue(e.score) ?? '-',
        e.rank.status,
        e.flags.map((f) => `${f.flag}:${f.status}`).join(','),
      ].join(' '),
    ).toBe(expected)
  })

  it('gives shinan 2022Q2 the published ▲2 vs 2022Q1', () => {
    expect(districtEntry(real, '2022Q2', 'shinan').rankChange).toMatchObject({
      kind: 'known',
      delta: 2,
      baseline: '2022Q1',
      status: 'published',
    })
  })

  it('has per-section cells with the sections of each quarter', () => {
    const e = districtEntry(real, '2022Q2', 'huangdao')
    expect(
      e.sections.map(
        (s) =>
          `${s.section} ${figureValue(s.score) ?? '未公布'} #${figureValue(s.rank) ?? '-'} ${s.available}`,
      ),
    ).toEqual(['economy 54.96 #1 true', 'projects 未公布 #- false', 'urban 18.99 #6 true'])
    expect(historySections(districtHistory(real, 'huangdao'))).toEqual([
      'economy',
      'projects',
      'urban',
      'business',
    ])
  })

  it('has full history in the demo data', () => {
    const h = districtHistory(demo, 'huangdao')
    expect(h).toHaveLength(12)
    expect(h.every((e) => e.rank.status === 'published' && e.score.status === 'published')).toBe(true)
    expect(h.every((e) => e.sections.every((s) => s.available && s.score.status === 'published'))).toBe(true)
  })
})

describe('sectionListing and entrySection (empty `sections` means 未公布, not "not assessed")', () => {
  it.each<['real' | 'demo', QuarterId, SectionId, string]>([
    ['real', '2022Q2', 'economy', 'listed'],
    ['real', '2022Q2', 'projects', 'listed'], // listed, its table not published
    // The Q1/Q3/Q4 2022 files have `sections: []`: no copy of the section list, not "not assessed".
    ['real', '2022Q1', 'economy', 'unknown'],
    ['real', '2022Q3', 'projects', 'unknown'],
    ['real', '2022Q4', 'urban', 'unknown'],
    ['real', '2022Q1', 'business', 'unknown'],
    // 2023Q1 lists three sections; 优化营商环境 starts in 2023Q3.
    ['real', '2023Q1', 'business', 'not-assessed'],
    ['real', '2023Q3', 'business', 'listed'],
    ['real', '2023Q2', 'economy', 'unknown'], // no file
    ['demo', '2023Q2', 'business', 'not-assessed'],
    ['demo', '2023Q3', 'business', 'listed'],
  ])('%s %s %s → %s', (which, q, section, expected) => {
    const ds = which === 'real' ? real : demo
    expect(sectionListing(ds.quarters.get(q), section)).toBe(expected)
    // The district page reads the same rule from its history entries.
    const kind = entrySection(districtEntry(ds, q, 'huangdao'), section).kind
    expect(kind).toBe(expected === 'listed' ? 'cell' : expected)
  })
})

describe('a quarter whose file failed validation', () => {
  // Simulates useDataset(): the broken 2022Q2 file is not in the dataset, its quarter is in `errors`.
  const quarters = new Map(real.quarters)
  quarters.delete('2022Q2')
  const broken = { ...real, quarters }
  const invalid = new Set<QuarterId>(['2022Q2'])

  it('is marked invalid, not missing, in the entry and the history', () => {
    expect(districtEntry(broken, '2022Q2', 'huangdao', invalid).file).toBe('invalid')
    expect(districtEntry(broken, '2022Q2', 'huangdao').file).toBe('missing')
    const h = districtHistory(broken, 'huangdao', invalid)
    expect(h.find((e) => e.quarter === '2022Q2')?.file).toBe('invalid')
  })

  it('extends the history to a broken last quarter', () => {
    const qs = new Map(real.quarters)
    qs.delete('2023Q3')
    const h = districtHistory({ ...real, quarters: qs }, 'huangdao', new Set(['2023Q3']))
    expect(h.map((e) => `${e.quarter}:${e.file}`).slice(-2)).toEqual(['2023Q2:missing', '2023Q3:invalid'])
  })
})

describe('primaryAlias', () => {
  it.each<[string, string | null]>([
    ['huangdao', '西海岸新区'],
    ['shinan', null],
    ['jiaozhou', null],
  ])('%s → %s', (id, alias) => {
    const d = real.districts.find((x) => x.id === id)
    if (!d) throw new Error(id)
    expect(primaryAlias(d)).toBe(alias)
  })
})

describe('peersOf', () => {
  const fmt = (p: ReturnType<typeof peersOf>) =>
    `${p.previous?.district.id ?? '∅'} < ${p.order[p.index]?.district.id ?? '?'} > ${p.next?.district.id ?? '∅'} (${p.ranked} ranked)`

  it.each<[QuarterId, string, string]>([
    ['2022Q2', 'huangdao', '∅ < huangdao > jiaozhou (5 ranked)'],
    ['2022Q2', 'shinan', 'jimo < shinan > shibei (5 ranked)'],
    // Past the ranked five: the districts file's order.
    ['2022Q2', 'shibei', 'shinan < shibei > licang (5 ranked)'],
    ['2022Q2', 'laixi', 'pingdu < laixi > ∅ (5 ranked)'],
    // No ranks at all: file order throughout.
    ['2023Q1', 'shinan', '∅ < shinan > shibei (0 ranked)'],
  ])('%s %s → %s', (q, d, expected) => {
    expect(fmt(peersOf(real, q, d))).toBe(expected)
  })

  it('orders all ten districts and keeps tied districts in file order', () => {
    expect(peersOf(real, '2022Q2', 'huangdao').order.map((o) => o.district.id)).toEqual([
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
    const syn = peersOf(syntheticDataset(), '2030Q1', 'bravo')
    expect(syn.order.map((o) => `${o.district.id}${o.rank}`)).toEqual([
      'alpha1',
      'bravo2',
      'charlie2',
      'delta4',
      'echo5',
    ])
  })

  it('returns index -1 for an unknown district', () => {
    const p = peersOf(real, '2022Q2', 'nowhere')
    expect([p.index, p.previous, p.next]).toEqual([-1, null, null])
  })
})
