// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { QuarterId } from '../../../src/domain/model/quarter'
import {
  MOVEMENT_COLUMNS,
  MOVEMENT_DEFAULTS,
  type MovementColumn,
  type MovementState,
  movementFirstSortDesc,
  parseMovement,
  resolveRange,
  serializeMovement,
} from '../../../src/features/movement/model/url'

const parse = (s: string) => parseMovement(new URLSearchParams(s))

describe('parseMovement', () => {
  it.each<[string, string, Partial<MovementState>]>([
    ['empty → defaults', '', {}],
    [
      'the GUIDE example',
      'from=2022Q1&to=2023Q3&section=overall&metric=rank',
      { from: '2022Q1', to: '2023Q3' },
    ],
    ['score metric and a section', 'metric=score&section=economy', { metric: 'score', section: 'economy' }],
    ['selected districts', 'districts=shinan,huangdao', { districts: ['shinan', 'huangdao'] }],
    ['old singular district= is migrated', 'district=jimo', { districts: ['jimo'] }],
    ['old sec= is migrated', 'sec=urban', { section: 'urban' }],
    ['why district', 'why=laoshan', { why: 'laoshan' }],
    ['sort with direction', 'sort=rankDelta.asc', { sort: { column: 'rankDelta', desc: false } }],
    [
      'sort without direction takes the first-click direction',
      'sort=scoreDelta',
      { sort: { column: 'scoreDelta', desc: true } },
    ],
    [
      'rank sort without direction is ascending',
      'sort=endRank',
      { sort: { column: 'endRank', desc: false } },
    ],
  ])('%s', (_name, search, expected) => {
    const { state, problems } = parse(search)
    expect(state).toEqual({ ...MOVEMENT_DEFAULTS, ...expected })
    expect(problems).toEqual([])
  })

  it.each<[string, string, string]>([
    ['bad quarter', 'from=2022Q5', 'from'],
    ['bad to', 'to=latest', 'to'],
    ['bad metric', 'metric=stars', 'metric'],
    ['bad section', 'section=sports', 'section'],
    ['bad sort column', 'sort=flags.desc', 'sort'],
    ['bad sort direction', 'sort=endRank.up', 'sort'],
    ['bad why id', 'why=市南区', 'why'],
  ])('%s falls back to the default and is reported', (_name, search, param) => {
    const { state, problems } = parse(search)
    expect(problems.map((p) => p.param)).toEqual([param])
    expect(state).toEqual(MOVEMENT_DEFAULTS)
  })
})

describe('serializeMovement', () => {
  it('omits defaults', () => {
    expect(serializeMovement(MOVEMENT_DEFAULTS).toString()).toBe('')
  })

  it('keeps global parameters and drops old names', () => {
    const base = new URLSearchParams('dataset=demo&lang=en&district=jimo&sec=urban')
    const out = serializeMovement({ ...MOVEMENT_DEFAULTS, metric: 'score' }, base)
    expect(Object.fromEntries(out)).toEqual({ dataset: 'demo', lang: 'en', metric: 'score' })
  })

  it.each<[string, MovementState]>([
    ['defaults', MOVEMENT_DEFAULTS],
    ['range only', { ...MOVEMENT_DEFAULTS, from: '2022Q1', to: '2022Q2' }],
    [
      'everything',
      {
        from: '2022Q1',
        to: '2024Q4',
        section: 'business',
        metric: 'score',
        districts: ['shinan', 'laixi'],
        why: 'jimo',
        sort: { column: 'scoreDelta', desc: false },
      },
    ],
    ...MOVEMENT_COLUMNS.flatMap((column): [string, MovementState][] => [
      [`sort ${column} asc`, { ...MOVEMENT_DEFAULTS, sort: { column, desc: false } }],
      [`sort ${column} desc`, { ...MOVEMENT_DEFAULTS, sort: { column, desc: true } }],
    ]),
  ])('round-trips: %s', (_name, state) => {
    const { state: back, problems } = parseMovement(serializeMovement(state))
    expect(back).toEqual(state)
    expect(problems).toEqual([])
  })

  it('round-trips a parsed URL back to the same canonical string', () => {
    const s =
      'from=2022Q1&to=2022Q2&section=economy&metric=score&districts=shinan,jimo&why=jimo&sort=endRank.desc'
    const p = serializeMovement(parse(s).state)
    expect(p.toString().replace(/%2C/g, ',')).toBe(s)
  })
})

describe('movementFirstSortDesc (same convention as the rankings table)', () => {
  it.each<[MovementColumn, boolean]>([
    ['district', false],
    ['startRank', false],
    ['endRank', false],
    ['rankDelta', true],
    ['startScore', true],
    ['endScore', true],
    ['scoreDelta', true],
  ])('%s → desc %s', (column, desc) => {
    expect(movementFirstSortDesc(column)).toBe(desc)
  })
})

describe('resolveRange', () => {
  const real: QuarterId[] = ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q3']
  it.each<[string, Pick<MovementState, 'from' | 'to'>, ReturnType<typeof resolveRange>]>([
    [
      'defaults to the whole dataset',
      { from: undefined, to: undefined },
      { ok: true, from: '2022Q1', to: '2023Q3', swapped: false },
    ],
    [
      'keeps a valid range',
      { from: '2022Q2', to: '2022Q4' },
      { ok: true, from: '2022Q2', to: '2022Q4', swapped: false },
    ],
    [
      'a single quarter is a range',
      { from: '2022Q2', to: '2022Q2' },
      { ok: true, from: '2022Q2', to: '2022Q2', swapped: false },
    ],
    [
      'swaps a reversed range',
      { from: '2023Q1', to: '2022Q1' },
      { ok: true, from: '2022Q1', to: '2023Q1', swapped: true },
    ],
    [
      'only from given: to is the latest',
      { from: '2022Q3', to: undefined },
      { ok: true, from: '2022Q3', to: '2023Q3', swapped: false },
    ],
    [
      'a quarter without a file is unknown (2023Q2)',
      { from: '2023Q2', to: undefined },
      { ok: false, unknown: ['2023Q2'] },
    ],
    ['both unknown', { from: '2019Q1', to: '2030Q1' }, { ok: false, unknown: ['2019Q1', '2030Q1'] }],
    [
      'the same unknown twice is named once',
      { from: '2030Q1', to: '2030Q1' },
      { ok: false, unknown: ['2030Q1'] },
    ],
  ])('%s', (_name, state, expected) => {
    expect(resolveRange(state, real)).toEqual(expected)
  })

  it('with no quarters at all there is no range', () => {
    expect(resolveRange({ from: undefined, to: undefined }, [])).toEqual({ ok: false, unknown: [] })
  })
})
