// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  completeTableOf,
  defaultMove,
  defaultQuarterFor,
  defaultView,
  districtDefaultQuarter,
} from '../../../src/domain/tables/default-quarter'
import { loadDataset } from '../../fixtures/datasets'

const real = loadDataset('real')
const demo = loadDataset('demo')

describe('defaultView: the newest quarter with a complete published table', () => {
  it('real data opens on 2022Q2 经济运行, not on the sparse 2023Q3', () => {
    expect(defaultView(real)).toEqual({ quarter: '2022Q2', section: 'economy' })
    expect(completeTableOf(real, '2023Q3')).toBeNull()
    expect(completeTableOf(real, '2022Q2')).toBe('economy')
  })
  it('the demo data, complete everywhere, opens on its newest quarter’s composite', () => {
    const last = [...demo.quarters.keys()].sort().at(-1)
    expect(defaultView(demo)).toEqual({ quarter: last, section: 'overall' })
  })
  it('a named section without a quarter opens on that section’s newest complete table', () => {
    expect(defaultQuarterFor(real, 'urban')).toBe('2022Q2')
    // No complete composite in the real data: the default view's quarter.
    expect(defaultQuarterFor(real, 'overall')).toBe('2022Q2')
    expect(defaultQuarterFor(real, 'business')).toBe('2022Q2')
  })
})

describe('districtDefaultQuarter: the district’s newest quarter with a figure', () => {
  it.each([
    ['huangdao', '2023Q3'],
    ['jiaozhou', '2023Q3'],
    ['pingdu', '2022Q2'],
  ])('%s → %s', (id, q) => {
    expect(districtDefaultQuarter(real, id)).toBe(q)
  })
})

describe('defaultMove: the newest pair with data and a district that moved', () => {
  it('real: 2022Q2 vs 2022Q1, the district that moved most', () => {
    const m = defaultMove(real)
    expect(m?.quarter).toBe('2022Q2')
    expect(m?.district).toBe('shinan')
  })
})
