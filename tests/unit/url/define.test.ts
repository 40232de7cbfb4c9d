import { test as fcTest } from '@fast-check/vitest'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defineParams,
  enumParam,
  idList,
  optionalSwitch,
  optionalText,
  optionalWholeNumber,
  renamed,
  searchString,
  switchParam,
  textParam,
  wholeNumber,
} from '../../../src/domain/url/define'
import { firstSortDesc, sortParam } from '../../../src/domain/url/sort'

describe('parameter kinds', () => {
  it.each([
    ['enum ok', enumParam(['a', 'b'], 'a').parse('b'), 'b'],
    ['enum bad', enumParam(['a', 'b'], 'a').parse('c'), undefined],
    ['enum prototype key', enumParam(['a', 'b'], 'a').parse('toString'), undefined],
    ['whole number', wholeNumber(1, 9, 1).parse('5'), 5],
    ['whole number below', wholeNumber(1, 9, 1).parse('0'), undefined],
    ['whole number above', wholeNumber(1, 9, 1).parse('10'), undefined],
    ['whole number with unit', wholeNumber(1, 999, 1).parse('5m'), undefined],
    ['whole number negative', wholeNumber(1, 9, 1).parse('-1'), undefined],
    ['optional whole number', optionalWholeNumber(10, 20).parse('15'), 15],
    ['switch on', switchParam(false).parse('on'), true],
    ['switch no', switchParam(true).parse('no'), false],
    ['switch maybe', optionalSwitch().parse('maybe'), undefined],
    ['list', idList().parse('a, b,,c'), ['a', 'b', 'c']],
    ['text keeps spaces', textParam().parse('a '), 'a '],
    ['pattern', optionalText(/^\d{4}$/).parse('2022'), '2022'],
    ['pattern normalised', optionalText(/^[a-z]+$/, (s) => s.trim().toLowerCase()).parse(' Jimo '), 'jimo'],
    ['pattern bad', optionalText(/^\d{4}$/).parse('22'), undefined],
  ])('%s', (_name, got, want) => {
    expect(got).toEqual(want)
  })
})

describe('sortParam and the first-click rule', () => {
  const sort = sortParam({ rank: 'rank', district: 'name', score: 'number' })
  it.each([
    ['score.desc', { column: 'score', desc: true }],
    ['score.asc', { column: 'score', desc: false }],
    ['score', { column: 'score', desc: true }],
    ['rank', { column: 'rank', desc: false }],
    ['district', { column: 'district', desc: false }],
    ['score.up', undefined],
    ['bogus', undefined],
    ['constructor', undefined],
    ['score.desc.x', undefined],
  ])('%s → %j', (raw, want) => {
    expect(sort.parse(raw)).toEqual(want)
  })
  it('numbers first sort descending, names and ranks ascending', () => {
    expect([
      firstSortDesc('number'),
      firstSortDesc('name'),
      firstSortDesc('rank'),
      firstSortDesc('status'),
    ]).toEqual([true, false, false, false])
  })
})

describe('defineParams', () => {
  type S = { mode: 'a' | 'b'; n: number; ids: string[]; q: string }
  const url = defineParams<S>({
    mode: renamed(enumParam(['a', 'b'], 'a'), 'm'),
    n: wholeNumber(1, 99, 1),
    ids: renamed(idList(), 'id'),
    q: textParam(),
  })

  it('defaults every key and reports nothing for an empty link', () => {
    expect(url.parse(new URLSearchParams(''))).toEqual({
      state: { mode: 'a', n: 1, ids: [], q: '' },
      problems: [],
    })
  })

  it('falls back and names each bad value', () => {
    expect(url.parse(new URLSearchParams('mode=z&n=0&ids=x'))).toEqual({
      state: { mode: 'a', n: 1, ids: ['x'], q: '' },
      problems: [
        { param: 'mode', value: 'z' },
        { param: 'n', value: '0' },
      ],
    })
  })

  it('migrates old names, and a new-style parameter wins over its old name', () => {
    expect(url.parse(new URLSearchParams('m=b&id=p,q')).state).toMatchObject({ mode: 'b', ids: ['p', 'q'] })
    expect(url.parse(new URLSearchParams('m=b&mode=a')).state.mode).toBe('a')
  })

  it('serializes only what differs from the defaults, drops old names and keeps other parameters', () => {
    const out = url.serialize(
      { mode: 'b', n: 1, ids: ['x', 'y'], q: '' },
      new URLSearchParams('lang=en&m=a&id=z'),
    )
    expect(searchString(out)).toBe('?lang=en&mode=b&ids=x,y')
  })

  fcTest.prop([
    fc.record({
      mode: fc.constantFrom('a' as const, 'b' as const),
      n: fc.integer({ min: 1, max: 99 }),
      ids: fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { maxLength: 4 }),
      q: fc.string().filter((s) => s.trim() !== ''),
    }),
  ])('parse(serialize(s)) is s', (s) => {
    expect(url.parse(url.serialize(s)).state).toEqual(s)
    expect(url.parse(url.serialize(s)).problems).toEqual([])
  })
})
