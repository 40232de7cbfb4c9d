// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { searchString } from '../../../src/domain/url/params'
import {
  DISTRICT_PAGE_DEFAULTS,
  type DistrictPageState,
  parseDistrictPage,
  serializeDistrictPage,
} from '../../../src/features/districts/model/url'

const parse = (s: string) => parseDistrictPage(new URLSearchParams(s))

describe('parseDistrictPage', () => {
  it.each<[string, DistrictPageState, string[]]>([
    ['', DISTRICT_PAGE_DEFAULTS, []],
    ['quarter=2022Q2', { quarter: '2022Q2', compare: undefined }, []],
    ['quarter=2022Q2&compare=jiaozhou', { quarter: '2022Q2', compare: 'jiaozhou' }, []],
    ['compare=Jiaozhou', { quarter: undefined, compare: 'jiaozhou' }, []],
    // Old and alternative names are migrated.
    ['q=2022Q3&vs=jimo', { quarter: '2022Q3', compare: 'jimo' }, []],
    ['quarter=2022Q1&q=2022Q3', { quarter: '2022Q1', compare: undefined }, []],
    // Unknown but well-formed ids are kept for the view to name; malformed values are problems.
    ['compare=xyz', { quarter: undefined, compare: 'xyz' }, []],
    ['quarter=2022Q5', DISTRICT_PAGE_DEFAULTS, ['quarter']],
    ['compare=%3Cb%3E', DISTRICT_PAGE_DEFAULTS, ['compare']],
    ['quarter=&compare=', DISTRICT_PAGE_DEFAULTS, []],
  ])('%j', (search, state, problemParams) => {
    const r = parse(search)
    expect(r.state).toEqual(state)
    expect(r.problems.map((p) => p.param)).toEqual(problemParams)
  })
})

describe('serializeDistrictPage', () => {
  it.each<[DistrictPageState, string, string]>([
    [DISTRICT_PAGE_DEFAULTS, '', ''],
    [{ quarter: '2022Q2', compare: undefined }, '', '?quarter=2022Q2'],
    [
      { quarter: '2022Q2', compare: 'jiaozhou' },
      'dataset=demo',
      '?dataset=demo&quarter=2022Q2&compare=jiaozhou',
    ],
    // Replaces old names instead of leaving both.
    [{ quarter: '2023Q1', compare: undefined }, 'q=2022Q2&vs=jimo&lang=en', '?lang=en&quarter=2023Q1'],
  ])('%j over %j → %s', (state, base, expected) => {
    expect(searchString(serializeDistrictPage(state, new URLSearchParams(base)))).toBe(expected)
  })

  it.each<DistrictPageState>([
    DISTRICT_PAGE_DEFAULTS,
    { quarter: '2024Q4', compare: undefined },
    { quarter: undefined, compare: 'laixi' },
    { quarter: '2022Q2', compare: 'jiaozhou' },
  ])('round-trips %j', (state) => {
    expect(parse(serializeDistrictPage(state).toString())).toEqual({ state, problems: [] })
  })
})
