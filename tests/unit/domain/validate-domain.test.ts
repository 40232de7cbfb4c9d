// @vitest-environment node
/**
 * The domain rules of the validators (issue 13): one case per rule, each asserting the named kind and
 * the field path, on the quarter fixture (valid as built) with one thing broken.
 */
import { describe, expect, it } from 'vitest'
import { issueText, issueZh } from '../../../src/domain/model/issue-messages'
import { issueEn } from '../../../src/domain/model/issue-messages-en'
import { isRealDate } from '../../../src/domain/model/schema'
import {
  DataFileError,
  type DataIssueKind,
  MAX_WEIGHT,
  SCORE_BOUND_WITHOUT_WEIGHT,
  validateDistricts,
  validateNews,
  validateQuarter,
  validateSources,
} from '../../../src/domain/model/validate'
import {
  FIXTURE_FILE,
  fixtureContext,
  type Json,
  type JsonObject,
  setAt,
  validQuarter,
} from '../../fixtures/quarter-fixture'

function dataError(fn: () => unknown): DataFileError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(DataFileError)
    return e as DataFileError
  }
  throw new Error('expected a DataFileError, but validation passed')
}

type Edit = (q: JsonObject) => void
const set =
  (...changes: [string, Json][]): Edit =>
  (q) => {
    for (const [path, value] of changes) setAt(q, path, value)
  }
const push =
  (key: 'flags' | 'movements' | 'notes', index = 0, change?: (v: JsonObject) => void): Edit =>
  (q) => {
    const list = q[key] as JsonObject[]
    const copy = structuredClone(list[index]) as JsonObject
    change?.(copy)
    list.push(copy)
  }

const quarterCases: [string, DataIssueKind, string, Edit][] = [
  [
    'composite rank 11 of ten districts',
    'rank-out-of-range',
    'composite.rows[3].rank',
    set(['composite.rows[3].rank', 11], ['composite.rows[3].score', null]),
  ],
  [
    'composite rank 999',
    'rank-out-of-range',
    'composite.rows[3].rank',
    set(['composite.rows[3].rank', 999], ['composite.rows[3].score', null]),
  ],
  [
    'section rank 11 (with a score order that agrees)',
    'rank-out-of-range',
    'sections[0].table.rows[4].rank',
    set(['sections[0].table.rows[4].rank', 11]),
  ],
  [
    'three districts at rank 1 and then a 2 (ties leave a gap)',
    'rank-mismatch',
    'composite.rows[2].rank',
    set(
      ['composite.rows[0].score', null],
      ['composite.rows[1].score', null],
      ['composite.rows[2].score', null],
      ['composite.rows[3].score', null],
      ['composite.rows[0].rank', 1],
      ['composite.rows[1].rank', 1],
      ['composite.rows[2].rank', 2],
      ['composite.rows[3].rank', 3],
    ),
  ],
  [
    'a composite score of 1e300 with no weight',
    'score-out-of-range',
    'composite.rows[0].score',
    set(['composite.weight', null], ['composite.rows[0].score', 1e300]),
  ],
  [
    'a composite score of 1000 with no weight',
    'score-out-of-range',
    'composite.rows[0].score',
    set(['composite.weight', null], ['composite.rows[0].score', 1000]),
  ],
  ['a section weight of 1e6', 'weight-out-of-range', 'sections[0].weight', set(['sections[0].weight', 1e6])],
  ['a composite weight of 1000', 'weight-out-of-range', 'composite.weight', set(['composite.weight', 1000])],
  [
    'totalStars 9999',
    'stars-out-of-range',
    'composite.rows[0].totalStars',
    set(['composite.rows[0].totalStars', 9999]),
  ],
  [
    'totalStars 31 with three sections',
    'stars-out-of-range',
    'composite.rows[0].totalStars',
    set(['composite.rows[0].totalStars', 31]),
  ],
  ['notice date 2022-02-30', 'invalid-date', 'notice.published', set(['notice.published', '2022-02-30'])],
  ['notice date 9999-99-99', 'invalid-date', 'notice.published', set(['notice.published', '9999-99-99'])],
  [
    'movement placesUp 100',
    'movement-out-of-range',
    'movements[0].placesUp',
    set(['movements[0].placesUp', 100]),
  ],
  [
    'movement placesUp −20',
    'movement-out-of-range',
    'movements[0].placesUp',
    set(['movements[0].placesUp', -20]),
  ],
  [
    'movement against the same quarter',
    'movement-out-of-range',
    'movements[0].vs',
    set(['movements[0].vs', '2022Q2']),
  ],
  [
    'movement against a later quarter',
    'movement-out-of-range',
    'movements[0].vs',
    set(['movements[0].vs', '2023Q1']),
  ],
  [
    'rank 1 here and 2 places up: the baseline would be rank 3 — fine; rank 9 + 2 = 11 is not',
    'movement-out-of-range',
    'movements[0].placesUp',
    (q) => {
      setAt(q, 'movements[0].district', 'jimo')
      setAt(q, 'composite.rows[3].rank', 9)
      setAt(q, 'composite.rows[3].score', null)
    },
  ],
  [
    'rank 1 here and 1 place down: the baseline would be rank 0',
    'movement-out-of-range',
    'movements[0].placesUp',
    set(['movements[0].district', 'huangdao'], ['movements[0].placesUp', -1]),
  ],
  ['the same movement twice', 'duplicate-movement', 'movements[1]', push('movements')],
  [
    'a section listed twice',
    'duplicate-section',
    'sections[3].id',
    (q) => {
      ;(q.sections as Json[]).push(structuredClone((q.sections as Json[])[1] as Json))
    },
  ],
  ['a flag listed twice', 'duplicate-flag', 'flags[2].districts[0]', push('flags')],
  [
    'a district twice in one flag',
    'duplicate-flag',
    'flags[0].districts[1]',
    set(['flags[0].districts[1]', 'huangdao']),
  ],
  [
    'a note id twice',
    'duplicate-note',
    'notes[1].id',
    push('notes', 0, (n) => {
      n.zh = '另一条'
      n.en = 'another'
    }),
  ],
  [
    'a source listed twice in a provenance',
    'duplicate-source',
    'flags[0].provenance.sources[1]',
    set(['flags[0].provenance', { status: 'published', sources: ['notice-q2', 'notice-q2'] }]),
  ],
  ['a note id "constructor"', 'unsafe-id', 'notes[0].id', set(['notes[0].id', 'constructor'])],
  [
    'a key "__proto__"',
    'unsafe-id',
    'notice.__proto__',
    (q) => {
      Object.defineProperty(q.notice, '__proto__', { value: { polluted: true }, enumerable: true })
    },
  ],
  ['a 100 KB note', 'text-too-long', 'notes[0].zh', set(['notes[0].zh', '长'.repeat(100_000)])],
  [
    'U+FFFD in a reason (GBK read as UTF-8)',
    'bad-encoding',
    'flags[0].reason',
    set(['flags[0].reason', '\uFFFD\uFFFD\uFFFD\uFFFD']),
  ],
  ['a right-to-left override in a note', 'schema', 'notes[0].zh', set(['notes[0].zh', '测\u202e试'])],
]

describe('domain rules of a quarter file', () => {
  it.each(quarterCases)('%s → %s at %s', (_name, kind, path, edit) => {
    const q = validQuarter()
    edit(q)
    const err = dataError(() => validateQuarter(FIXTURE_FILE, JSON.stringify(q), fixtureContext, '2022Q2'))
    expect(err.file).toBe(FIXTURE_FILE)
    const hit = err.issues.find((i) => i.path === path)
    expect(hit, JSON.stringify(err.issues.slice(0, 3))).toBeDefined()
    expect(hit?.kind).toBe(kind)
    // Worded by the project in both languages: a code from the table, never zod's English.
    expect(hit?.code).toBeDefined()
    expect(hit?.message).toBe(issueText('zh', hit?.code ?? '', hit?.params))
    expect(hit?.message).not.toMatch(/Invalid|expected|Too big/)
  })

  it('the bounds themselves pass: rank 10, placesUp ±9 inside the table, 30 stars, the sane score bound', () => {
    const q = validQuarter()
    setAt(q, 'composite.rows[3].rank', 10)
    setAt(q, 'composite.rows[3].score', null)
    setAt(q, 'composite.rows[0].totalStars', 30)
    setAt(q, 'composite.weight', null)
    setAt(q, 'composite.rows[0].score', SCORE_BOUND_WITHOUT_WEIGHT)
    setAt(q, 'sections[0].weight', MAX_WEIGHT)
    setAt(q, 'movements[0].placesUp', 9)
    setAt(q, 'notice.published', '2024-02-29')
    expect(() => validateQuarter(FIXTURE_FILE, JSON.stringify(q), fixtureContext)).not.toThrow()
  })
})

describe('real calendar dates', () => {
  it.each([
    ['2022-02-28', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-02-30', false],
    ['2022-13-01', false],
    ['9999-99-99', false],
    ['1899-12-31', false],
  ])('%s → %s', (date, ok) => {
    expect(isRealDate(date)).toBe(ok)
  })
})

const district = (id: string, name: string, aliases: string[] = []) => ({ id, name, nameEn: id, aliases })
const source = (id: string, title: string) => ({
  id,
  title,
  publisher: null,
  date: '2022-07-26',
  url: null,
  localCopy: null,
  kind: 'news',
})

describe('districts, sources and news', () => {
  it.each<[string, unknown[], DataIssueKind, string]>([
    [
      'two districts sharing a name',
      [district('a', '市南区'), district('b', '市南区')],
      'duplicate-name',
      '[1].name',
    ],
    [
      'an alias that is another district’s name',
      [district('a', '黄岛区'), district('b', '城阳区', ['黄岛区'])],
      'duplicate-name',
      '[1].aliases[0]',
    ],
    ['GBK bytes decoded as UTF-8', [district('a', '\uFFFD\uFFFD\uFFFD')], 'bad-encoding', '[0].name'],
    ['an id "constructor"', [district('constructor', '区')], 'unsafe-id', '[0].id'],
    ['an id "__proto__"', [district('__proto__', '区')], 'schema', '[0].id'],
    ['a 101-character name', [district('a', '区'.repeat(101))], 'text-too-long', '[0].name'],
  ])('districts: %s → %s at %s', (_name, data, kind, path) => {
    const err = dataError(() => validateDistricts('districts.json', JSON.stringify(data)))
    expect(err.issues.find((i) => i.path === path)?.kind).toBe(kind)
  })

  it('a duplicate source id is an error, so an impostor cannot replace the real source', () => {
    const err = dataError(() =>
      validateSources(
        'sources.json',
        JSON.stringify([source('notice-q2', '通报'), source('notice-q2', '冒名')]),
      ),
    )
    expect(err.kinds).toEqual(['duplicate-source'])
    expect(err.issues[0]?.path).toBe('[1].id')
  })

  it('a 100 KB source title is rejected and named', () => {
    const err = dataError(() =>
      validateSources('sources.json', JSON.stringify([source('s', 'x'.repeat(100_000))])),
    )
    expect(err.issues[0]).toMatchObject({ kind: 'text-too-long', path: '[0].title' })
  })

  it('a news item dated 2022-02-30 → invalid-date at [0].eventDate', () => {
    const item = {
      id: 'n1',
      event: '书记擂台',
      eventDate: '2022-02-30',
      quarter: null,
      type: 'speech',
      speaker: null,
      district: null,
      title: '标题',
      summary: '摘要',
      sources: ['notice-q2'],
    }
    const err = dataError(() => validateNews('news.json', JSON.stringify([item]), fixtureContext))
    expect(err.issues[0]).toMatchObject({ kind: 'invalid-date', path: '[0].eventDate' })
  })
})

describe('messages in the UI’s language', () => {
  it('schema problems get the project’s words in Chinese and English', () => {
    const q = validQuarter()
    setAt(q, 'sections[0].table.rows[0].score', '54.96')
    const err = dataError(() => validateQuarter(FIXTURE_FILE, JSON.stringify(q), fixtureContext))
    const hit = err.issues[0]
    expect(hit).toMatchObject({ path: 'sections[0].table.rows[0].score', code: 'invalidType.number' })
    expect(hit?.message).toBe('应为数字')
    expect(issueText('en', hit?.code ?? '', hit?.params, issueEn)).toBe('should be a number')
  })

  it('placeholders are filled in both languages', () => {
    expect(issueText('zh', 'scoreOutOfRange', { score: 64.69, max: 60 })).toBe('得分 64.69 超出 0–60')
    expect(issueText('en', 'scoreOutOfRange', { score: 64.69, max: 60 }, issueEn)).toBe(
      'score 64.69 outside 0–60',
    )
  })

  it('every code has an English text without Chinese, with the same placeholders', () => {
    const leaves = (o: object, p = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [[`${p}${k}`, v] as [string, string]] : leaves(v as object, `${p}${k}.`),
      )
    const zh = new Map(leaves(issueZh))
    const en = new Map(leaves(issueEn))
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort())
    const ph = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    for (const [k, v] of en) {
      expect(v, k).not.toMatch(/[\u3400-\u9fff]/)
      expect(ph(v), k).toEqual(ph(zh.get(k) ?? ''))
    }
  })
})
