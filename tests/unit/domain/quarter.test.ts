// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  compareQuarters,
  isQuarterId,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  type QuarterId,
  quarterRange,
} from '../../../src/domain/model/quarter'

describe('isQuarterId', () => {
  it.each([
    ['2022Q1', true],
    ['2022Q4', true],
    ['1999Q3', true],
    ['2022Q0', false],
    ['2022Q5', false],
    ['2022q2', false],
    ['22Q2', false],
    ['2022-Q2', false],
    [' 2022Q2', false],
    ['2022Q2 ', false],
    ['', false],
  ])('%j → %s', (value, ok) => {
    expect(isQuarterId(value)).toBe(ok)
  })
})

describe('parseQuarter', () => {
  it.each([
    ['2022Q1', 2022, 1],
    ['2022Q2', 2022, 2],
    ['2023Q3', 2023, 3],
    ['1999Q4', 1999, 4],
  ] as const)('%s → year %i, q %i', (id, year, q) => {
    expect(parseQuarter(id)).toEqual({ year, q })
  })

  it.each(['2022Q5', '2022', 'Q2', 'abc'])('rejects %j with a readable error', (bad) => {
    expect(() => parseQuarter(bad as QuarterId)).toThrow(`not a quarter id: ${bad}`)
  })
})

describe('previousQuarter / nextQuarter', () => {
  it.each([
    ['2022Q2', '2022Q1'],
    ['2022Q3', '2022Q2'],
    ['2022Q4', '2022Q3'],
    ['2023Q1', '2022Q4'],
    ['2000Q1', '1999Q4'],
  ] as const)('previousQuarter(%s) → %s', (id, prev) => {
    expect(previousQuarter(id)).toBe(prev)
  })

  it.each([
    ['2022Q1', '2022Q2'],
    ['2022Q2', '2022Q3'],
    ['2022Q3', '2022Q4'],
    ['2022Q4', '2023Q1'],
    ['1999Q4', '2000Q1'],
  ] as const)('nextQuarter(%s) → %s', (id, next) => {
    expect(nextQuarter(id)).toBe(next)
  })

  it.each(['2022Q1', '2022Q4', '2023Q1', '2023Q3'] as const)(
    'next and previous are inverse around %s',
    (id) => {
      expect(nextQuarter(previousQuarter(id))).toBe(id)
      expect(previousQuarter(nextQuarter(id))).toBe(id)
    },
  )
})

describe('quarterRange (inclusive, calendar order)', () => {
  it.each([
    ['2022Q3', '2023Q1', ['2022Q3', '2022Q4', '2023Q1']],
    ['2022Q2', '2022Q2', ['2022Q2']],
    ['2021Q4', '2022Q1', ['2021Q4', '2022Q1']],
    ['2022Q1', '2023Q3', ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3']],
    ['2023Q1', '2022Q4', []],
    ['2022Q3', '2022Q2', []],
    ['2024Q1', '2022Q1', []],
  ] as const)('%s … %s', (from, to, expected) => {
    expect(quarterRange(from, to)).toEqual(expected)
  })

  it('spans several years without gaps or duplicates', () => {
    const r = quarterRange('2019Q2', '2023Q3')
    expect(r).toHaveLength(18)
    expect(r[0]).toBe('2019Q2')
    expect(r.at(-1)).toBe('2023Q3')
    expect(new Set(r).size).toBe(r.length)
    for (let i = 1; i < r.length; i++) expect(previousQuarter(r[i] as QuarterId)).toBe(r[i - 1])
  })
})

describe('compareQuarters', () => {
  it.each([
    ['2022Q1', '2022Q2', -1],
    ['2022Q4', '2023Q1', -1],
    ['2023Q1', '2022Q4', 1],
    ['2022Q3', '2022Q3', 0],
  ] as const)('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareQuarters(a, b))).toBe(sign)
  })

  it('sorts quarter ids into calendar order', () => {
    const ids: QuarterId[] = ['2023Q1', '2022Q4', '2023Q3', '2022Q1', '2022Q2']
    expect([...ids].sort(compareQuarters)).toEqual(['2022Q1', '2022Q2', '2022Q4', '2023Q1', '2023Q3'])
  })
})
