// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { figureValue } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import { buildRankingTable } from '../../../src/domain/tables/ranking-table'
import { districtsIndex, latestKnownRanks } from '../../../src/features/districts/model/districts-index'
import { loadDataset } from '../../fixtures/datasets'

const real = loadDataset('real')

describe('latestKnownRanks', () => {
  it.each<[QuarterId, string, string]>([
    ['2023Q3', 'huangdao', '2023Q3 1 published'],
    ['2023Q3', 'shinan', '2022Q2 5 published'],
    // 崂山区 2022Q3 rank 3 is derived (the exclusion rule); nothing later is known.
    ['2023Q3', 'laoshan', '2022Q3 3 derived'],
    ['2023Q3', 'laixi', 'none'],
    // Only quarters up to the one asked count: shinan's 2022Q1 rank 7 is derived from 2022Q2's statement.
    ['2022Q1', 'shinan', '2022Q1 7 derived'],
  ])('up to %s, %s → %s', (q, d, expected) => {
    const l = latestKnownRanks(real, q).get(d)
    expect(l ? `${l.quarter} ${l.rank.value} ${l.rank.status}` : 'none').toBe(expected)
  })
})

describe('districtsIndex', () => {
  it('lists every district in the composite table’s order, with the same figures', () => {
    const rows = districtsIndex(real, '2022Q2')
    const table = buildRankingTable(real, '2022Q2', 'overall').rows
    expect(rows.map((r) => r.district.id)).toEqual(table.map((r) => r.district.id))
    for (const [i, r] of rows.entries()) {
      expect(r.rank).toEqual(table[i]?.rank)
      expect(r.score).toEqual(table[i]?.score)
      expect(r.flags).toEqual(table[i]?.flags)
    }
    expect(rows.slice(0, 5).map((r) => `${r.district.id} ${figureValue(r.rank)}`)).toEqual([
      'huangdao 1',
      'jiaozhou 2',
      'laoshan 3',
      'jimo 4',
      'shinan 5',
    ])
  })

  it('gives the latest known rank where the quarter’s is unknown (2023Q3)', () => {
    const row = (id: string) => districtsIndex(real, '2023Q3').find((r) => r.district.id === id)
    expect(figureValue(row('huangdao')?.score)).toBe(98.3)
    expect(row('shinan')?.rank.status).toBe('not-published')
    expect(row('shinan')?.latest).toMatchObject({ quarter: '2022Q2', rank: { value: 5 } })
    expect(row('laixi')?.latest).toBeNull()
  })
})
