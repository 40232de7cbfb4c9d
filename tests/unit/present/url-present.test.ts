// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  leaveParams,
  PRESENT_DEFAULTS,
  type PresentState,
  parsePresent,
  serializePresent,
} from '../../../src/features/present/model/url'

const parse = (s: string) => parsePresent(new URLSearchParams(s))

describe('parsePresent', () => {
  it('defaults: arena deck, slide 1, deck defaults for timer/auto/idle/dwell, no prompt', () => {
    expect(parse('')).toEqual({ state: PRESENT_DEFAULTS, problems: [] })
  })

  it.each<[string, Partial<PresentState>]>([
    ['deck=overview', { deck: 'overview' }],
    ['quarter=2022Q2&slide=6', { quarter: '2022Q2', slide: 6 }],
    ['timer=62', { timer: 62 }],
    ['auto=1', { auto: true }],
    ['auto=0', { auto: false }],
    ['auto=true', { auto: true }],
    ['idle=15&dwell=8', { idle: 15, dwell: 8 }],
    ['fs=1', { fs: true }],
    // Renamed parameters people may type.
    ['q=2022Q3', { quarter: '2022Q3' }],
    ['page=4', { slide: 4 }],
    ['page=4&slide=2', { slide: 2 }],
  ])('%s → %j', (search, expected) => {
    const { state, problems } = parse(search)
    expect(state).toEqual({ ...PRESENT_DEFAULTS, ...expected })
    expect(problems).toEqual([])
  })

  it.each<[string, string]>([
    ['deck=keynote', 'deck'],
    ['quarter=2022Q5', 'quarter'],
    ['slide=0', 'slide'],
    ['slide=-3', 'slide'],
    ['slide=2.5', 'slide'],
    ['slide=abc', 'slide'],
    ['timer=5', 'timer'],
    ['timer=5m', 'timer'],
    ['auto=maybe', 'auto'],
    ['idle=0', 'idle'],
    ['fs=2', 'fs'],
  ])('bad value %s falls back to the default and reports %s', (search, param) => {
    const { state, problems } = parse(search)
    expect(state).toEqual(PRESENT_DEFAULTS)
    expect(problems.map((p) => p.param)).toEqual([param])
  })
})

describe('serializePresent', () => {
  it('omits defaults', () => {
    expect(serializePresent(PRESENT_DEFAULTS).toString()).toBe('')
  })

  it('keeps parameters it does not own (dataset, lang, theme) and drops old names', () => {
    const base = new URLSearchParams('dataset=demo&lang=en&page=9&slide=3')
    const p = serializePresent({ ...PRESENT_DEFAULTS, slide: 5 }, base)
    expect(p.get('dataset')).toBe('demo')
    expect(p.get('lang')).toBe('en')
    expect(p.get('page')).toBeNull()
    expect(p.get('slide')).toBe('5')
  })

  it.each<Partial<PresentState>>([
    {},
    { deck: 'overview', auto: true, fs: true },
    { quarter: '2022Q2', slide: 16, timer: 62 },
    { auto: false, idle: 45, dwell: 10 },
    { deck: 'arena', quarter: '2023Q3', slide: 2, timer: 7200, auto: true, idle: 1, dwell: 3600, fs: true },
  ])('round-trips %j', (patch) => {
    const state = { ...PRESENT_DEFAULTS, ...patch }
    const again = parsePresent(serializePresent(state))
    expect(again).toEqual({ state, problems: [] })
  })
})

describe('leaveParams', () => {
  it('keeps the quarter for #/rankings', () => {
    expect(leaveParams({ ...PRESENT_DEFAULTS, quarter: '2022Q2', slide: 9 })).toEqual({ quarter: '2022Q2' })
  })
})
