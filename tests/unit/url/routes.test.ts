/**
 * Every route's URL state: round trips (a property test over valid states), migrations of old
 * names and fallbacks for bad values. The per-view suites (tests/unit/<view>/url-*.test.ts) hold
 * the detailed tables; this one covers the rankings and global parameters and pins the contract
 * `parse(serialize(s)) = s` for all of them.
 */
import { test as fcTest } from '@fast-check/vitest'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATASET_IDS, LANGS, SECTION_OR_OVERALL_IDS, THEMES } from '../../../src/domain/model/ids'
import type { QuarterId } from '../../../src/domain/model/quarter'
import type { UrlCodec } from '../../../src/domain/url/define'
import { globalProblems, globalUrl, parseGlobal, writeGlobal } from '../../../src/domain/url/params'
import { districtPageUrl } from '../../../src/features/districts/model/url'
import { MOVEMENT_COLUMNS, MOVEMENT_METRICS, movementUrl } from '../../../src/features/movement/model/url'
import { newsUrl } from '../../../src/features/news/model/url'
import { DECK_IDS } from '../../../src/features/present/model/deck-ids'
import { presentUrl } from '../../../src/features/present/model/url'
import {
  parseRankings,
  RANKING_COLUMNS,
  rankingsUrl,
  serializeRankings,
} from '../../../src/features/rankings/model/url'

const quarter = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 }))
  .map(([y, q]) => `${y}Q${q}` as QuarterId)
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/)
const ids = fc.array(id, { maxLength: 5 })
const section = fc.constantFrom(...SECTION_OR_OVERALL_IDS)
const sortOf = <C extends string>(columns: readonly C[]) =>
  fc.option(fc.record({ column: fc.constantFrom(...columns), desc: fc.boolean() }), { nil: null })

const ROUTES: [string, UrlCodec<object>, fc.Arbitrary<object>][] = [
  [
    'rankings',
    rankingsUrl as UrlCodec<object>,
    fc.record({ quarter: maybe(quarter), section, districts: ids, sort: sortOf(RANKING_COLUMNS) }),
  ],
  [
    'movement',
    movementUrl as UrlCodec<object>,
    fc.record({
      from: maybe(quarter),
      to: maybe(quarter),
      section,
      metric: fc.constantFrom(...MOVEMENT_METRICS),
      districts: ids,
      why: maybe(id),
      sort: sortOf(MOVEMENT_COLUMNS),
    }),
  ],
  [
    'districts',
    districtPageUrl as UrlCodec<object>,
    fc.record({ quarter: maybe(quarter), compare: maybe(id) }),
  ],
  [
    'news',
    newsUrl as UrlCodec<object>,
    fc.record({
      district: maybe(id),
      quarter: maybe(quarter),
      event: maybe(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      q: fc.oneof(
        fc.constant(''),
        fc.string().filter((s) => s.trim() !== ''),
      ),
    }),
  ],
  [
    'present',
    presentUrl as UrlCodec<object>,
    fc.record({
      deck: fc.constantFrom(...DECK_IDS),
      quarter: maybe(quarter),
      slide: fc.integer({ min: 1, max: 999 }),
      timer: maybe(fc.integer({ min: 10, max: 7200 })),
      autostart: fc.boolean(),
      auto: maybe(fc.boolean()),
      idle: maybe(fc.integer({ min: 1, max: 3600 })),
      dwell: maybe(fc.integer({ min: 1, max: 3600 })),
      fs: fc.boolean(),
      order: ids,
      view: fc.constantFrom('audience', 'presenter'),
      start: fc.boolean(),
    }),
  ],
  [
    'global',
    globalUrl as UrlCodec<object>,
    fc.record({
      dataset: fc.constantFrom(...DATASET_IDS),
      lang: fc.constantFrom(...LANGS),
      theme: fc.constantFrom(...THEMES),
    }),
  ],
]

describe.each(ROUTES)('%s', (_name, url, state) => {
  fcTest.prop([state])('parse(serialize(s)) is s, with no problems', (s) => {
    const back = url.parse(url.serialize(s))
    expect(back.state).toEqual(s)
    expect(back.problems).toEqual([])
  })

  fcTest.prop([state, fc.constantFrom('dataset=demo', 'lang=en', 'theme=projection', 'other=1')])(
    'serializing keeps parameters the route does not own',
    (s, extra) => {
      const out = url.serialize(s, new URLSearchParams(extra))
      const [k, v] = extra.split('=') as [string, string]
      if (!url.names.includes(k)) expect(out.get(k)).toBe(v)
    },
  )

  it('an empty link is the defaults', () => {
    expect(url.parse(new URLSearchParams())).toEqual({ state: url.defaults, problems: [] })
    expect(url.serialize(url.defaults).toString()).toBe('')
  })

  fcTest.prop([fc.dictionary(fc.constantFrom(...url.names), fc.string(), { maxKeys: 4 })])(
    'any value of its own parameters parses without throwing, bad ones named',
    (raw) => {
      const r = url.parse(new URLSearchParams(raw))
      for (const p of r.problems) expect(url.names).toContain(p.param)
    },
  )
})

describe('rankings URL', () => {
  it.each([
    [
      'quarter=2022Q2&section=economy&districts=huangdao,jiaozhou&sort=score.desc',
      {
        quarter: '2022Q2',
        section: 'economy',
        districts: ['huangdao', 'jiaozhou'],
        sort: { column: 'score', desc: true },
      },
    ],
    [
      'q=2022Q1&sec=urban&district=jimo',
      { quarter: '2022Q1', section: 'urban', districts: ['jimo'], sort: null },
    ],
    [
      'sort=rank',
      { quarter: undefined, section: 'overall', districts: [], sort: { column: 'rank', desc: false } },
    ],
  ])('%s', (search, state) => {
    expect(parseRankings(new URLSearchParams(search))).toEqual({ state, problems: [] })
  })

  it.each([
    ['quarter=2022Q5', 'quarter'],
    ['section=sports', 'section'],
    ['sort=score.sideways', 'sort'],
    ['sort=__proto__', 'sort'],
  ])('%s falls back and is named', (search, param) => {
    const r = parseRankings(new URLSearchParams(search))
    expect(r.state).toEqual(rankingsUrl.defaults)
    expect(r.problems.map((p) => p.param)).toEqual([param])
  })

  it('a fifth section from the id list is a valid link (schema, parser and types share one list)', () => {
    for (const s of SECTION_OR_OVERALL_IDS)
      expect(parseRankings(new URLSearchParams(`section=${s}`)).problems).toEqual([])
  })

  it('old names are rewritten to the new ones', () => {
    const out = serializeRankings(
      { quarter: '2022Q2', section: 'economy', districts: [], sort: null },
      new URLSearchParams('q=2021Q1&sec=urban&lang=en'),
    )
    expect(out.toString()).toBe('lang=en&quarter=2022Q2&section=economy')
  })
})

describe('global parameters', () => {
  it('reads dataset, lang and theme, naming bad values', () => {
    const problems: { param: string; value: string }[] = []
    expect(parseGlobal(new URLSearchParams('dataset=demo&lang=fr&theme=projection'), problems)).toEqual({
      dataset: 'demo',
      lang: 'zh',
      theme: 'projection',
    })
    expect(problems).toEqual([{ param: 'lang', value: 'fr' }])
    expect(globalProblems(new URLSearchParams('theme=neon'))).toEqual([{ param: 'theme', value: 'neon' }])
  })

  it('writes only what differs from the defaults', () => {
    const p = writeGlobal(new URLSearchParams('quarter=2022Q2&lang=en'), {
      dataset: 'real',
      lang: 'zh',
      theme: 'projection',
    })
    expect(p.toString()).toBe('quarter=2022Q2&theme=projection')
  })
})
