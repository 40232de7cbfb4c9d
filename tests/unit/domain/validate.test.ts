// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  DataFileError,
  type DataIssueKind,
  formatPath,
  parseJsonText,
  validateDistricts,
  validateNews,
  validateQuarter,
  validateSources,
} from '../../../src/domain/model/validate'
import {
  loadDistricts,
  quarterFiles,
  quarterOfFile,
  readDataText,
  validationContext,
} from '../../fixtures/datasets'
import {
  deleteAt,
  FIXTURE_FILE,
  fixtureContext,
  type Json,
  type JsonObject,
  setAt,
  textWith,
  validQuarter,
} from '../../fixtures/quarter-fixture'

const fixtureText = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/invalid/${name}`, import.meta.url)), 'utf8')

/** Runs fn, expects a DataFileError, and returns it. */
function dataError(fn: () => unknown): DataFileError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(DataFileError)
    return e as DataFileError
  }
  throw new Error('expected a DataFileError, but validation passed')
}

const validateText = (text: string, expected?: string) =>
  validateQuarter(FIXTURE_FILE, text, fixtureContext, expected)

/** Applies several changes to a fresh fixture and returns its text. */
function textWithAll(changes: [string, Json][]): string {
  const q: JsonObject = validQuarter()
  for (const [path, value] of changes) setAt(q, path, value)
  return JSON.stringify(q)
}

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [['sections', 0, 'table', 'rows', 3, 'score'], 'sections[0].table.rows[3].score'],
    [['quarter'], 'quarter'],
    [[0, 'id'], '[0].id'],
    [['composite', 'rows', 1, 'provenance', 'sources', 0], 'composite.rows[1].provenance.sources[0]'],
    [[], ''],
  ])('%j → %s', (path, out) => {
    expect(formatPath(path)).toBe(out)
  })
})

describe('the quarter fixture', () => {
  it('is valid as built (so every case below breaks exactly one thing)', () => {
    const q = validateText(JSON.stringify(validQuarter()), '2022Q2')
    expect(q.quarter).toBe('2022Q2')
    expect(q.sections.map((s) => s.id)).toEqual(['economy', 'projects', 'urban'])
  })

  it.each<[string, [string, Json][]]>([
    ['a score exactly at the weight', [['sections[0].table.rows[0].score', 60]]],
    ['a score of 0 in last place', [['sections[0].table.rows[4].score', 0]]],
    ['1★ and 10★ (the bounds)', [['sections[0].table.rows[4].stars', 1]]],
    ['a composite score exactly at the composite weight', [['composite.rows[0].score', 100]]],
    [
      'a score at the sane bound (150) when the weight is unknown',
      [
        ['sections[0].weight', null],
        ['sections[0].table.rows[0].score', 150],
      ],
    ],
    ['a composite row with a rank but no score', [['composite.rows[3].score', null]]],
    ['a composite row with a score but no rank', [['composite.rows[3].rank', null]]],
  ])('accepts edge case: %s', (_name, changes) => {
    expect(() => validateText(textWithAll(changes))).not.toThrow()
  })
})

describe('malformed JSON', () => {
  it.each([
    ['truncated-quarter.json', fixtureText('truncated-quarter.json')],
    ['trailing-comma.json', fixtureText('trailing-comma.json')],
    ['empty text', ''],
    ['not JSON at all', '<html>404</html>'],
  ])('%s → kind malformed-json, message names the file', (_name, text) => {
    const err = dataError(() => validateText(text))
    expect(err.file).toBe(FIXTURE_FILE)
    expect(err.kinds).toEqual(['malformed-json'])
    expect(err.issues).toHaveLength(1)
    expect(err.message).toContain(FIXTURE_FILE)
    expect(err.message).toContain('JSON')
    expect(err.name).toBe('DataFileError')
  })

  it('parseJsonText returns the parsed value for valid text', () => {
    expect(parseJsonText('x.json', '{"a":[1,2]}')).toEqual({ a: [1, 2] })
  })

  it.each([
    ['districts.json', validateDistricts],
    ['sources.json', validateSources],
  ] as const)('%s: malformed JSON names that file', (file, validate) => {
    const err = dataError(() => validate(file, '[{'))
    expect(err.kinds).toEqual(['malformed-json'])
    expect(err.message).toContain(file)
  })
})

type Case = [name: string, kind: DataIssueKind, paths: string[], changes: [string, Json][]]

describe('named errors in a quarter file (each case: exactly these kinds and paths)', () => {
  it.each<Case>([
    // unknown district, everywhere a district id appears
    [
      'unknown district in a section table',
      'unknown-district',
      ['sections[0].table.rows[3].district'],
      [['sections[0].table.rows[3].district', 'qingdao']],
    ],
    [
      'unknown district in the second published section',
      'unknown-district',
      ['sections[2].table.rows[1].district'],
      [['sections[2].table.rows[1].district', 'Laoshan']],
    ],
    [
      'unknown district in the composite',
      'unknown-district',
      ['composite.rows[1].district'],
      [['composite.rows[1].district', 'xihaian']],
    ],
    [
      'unknown district in a flag',
      'unknown-district',
      ['flags[0].districts[1]'],
      [['flags[0].districts[1]', 'jiao-zhou']],
    ],
    [
      'unknown district in a movement',
      'unknown-district',
      ['movements[0].district'],
      [['movements[0].district', 'shi-nan']],
    ],
    // duplicates
    [
      'duplicate district in a section table',
      'duplicate-district',
      ['sections[0].table.rows[4].district'],
      [['sections[0].table.rows[4].district', 'huangdao']],
    ],
    [
      'duplicate district in the composite',
      'duplicate-district',
      ['composite.rows[2].district'],
      [['composite.rows[2].district', 'huangdao']],
    ],
    // scores outside 0..weight
    [
      'negative section score',
      'score-out-of-range',
      ['sections[0].table.rows[4].score'],
      [['sections[0].table.rows[4].score', -0.01]],
    ],
    [
      'section score above the weight (60)',
      'score-out-of-range',
      ['sections[0].table.rows[0].score'],
      [['sections[0].table.rows[0].score', 60.01]],
    ],
    [
      'urban score above its weight (20)',
      'score-out-of-range',
      ['sections[2].table.rows[0].score'],
      [['sections[2].table.rows[0].score', 20.5]],
    ],
    [
      'composite score above the composite weight',
      'score-out-of-range',
      ['composite.rows[0].score'],
      [['composite.rows[0].score', 100.5]],
    ],
    [
      'negative composite score',
      'score-out-of-range',
      ['composite.rows[3].score'],
      [['composite.rows[3].score', -1]],
    ],
    // stars outside 1..10
    [
      '0 stars',
      'stars-out-of-range',
      ['sections[0].table.rows[4].stars'],
      [['sections[0].table.rows[4].stars', 0]],
    ],
    [
      '11 stars',
      'stars-out-of-range',
      ['sections[0].table.rows[0].stars'],
      [['sections[0].table.rows[0].stars', 11]],
    ],
    [
      'negative stars',
      'stars-out-of-range',
      ['sections[2].table.rows[3].stars'],
      [['sections[2].table.rows[3].stars', -7]],
    ],
    // ranks vs score order
    [
      'swapped ranks in a full section table',
      'rank-mismatch',
      ['sections[0].table.rows[0].rank', 'sections[0].table.rows[1].rank'],
      [
        ['sections[0].table.rows[0].rank', 2],
        ['sections[0].table.rows[1].rank', 1],
      ],
    ],
    [
      'a tie given distinct ranks',
      'rank-mismatch',
      ['sections[2].table.rows[2].rank'],
      [['sections[2].table.rows[2].rank', 3]],
    ],
    [
      'the rank after a tie not skipped (1,2,2,3)',
      'rank-mismatch',
      ['sections[2].table.rows[3].rank'],
      [['sections[2].table.rows[3].rank', 3]],
    ],
    [
      'dense ranks in a full table with a gap missing (ranks must be exact)',
      'rank-mismatch',
      ['sections[0].table.rows[4].rank'],
      [['sections[0].table.rows[4].rank', 6]],
    ],
    [
      'partial composite: higher score, worse rank',
      'rank-mismatch',
      ['composite.rows[1].rank'],
      [
        ['composite.rows[3].score', null],
        ['composite.rows[1].score', 91],
      ],
    ],
    [
      'partial composite: equal scores, different ranks',
      'rank-mismatch',
      ['composite.rows[3].rank'],
      [
        ['composite.rows[0].score', null],
        ['composite.rows[3].score', 86.53],
      ],
    ],
    [
      'scored composite: a tie not followed by a skipped rank (1,2,2,3)',
      'rank-mismatch',
      ['composite.rows[3].rank'],
      [
        ['composite.rows[2].score', 88.12],
        ['composite.rows[2].rank', 2],
        ['composite.rows[3].rank', 3],
      ],
    ],
    // sources
    ['unknown notice source', 'unknown-source', ['notice.sources[0]'], [['notice.sources[0]', 'notice-q3']]],
    ['unknown file source', 'unknown-source', ['sources[1]'], [['sources[1]', 'news-q9']]],
    [
      'unknown section table source',
      'unknown-source',
      ['sections[0].table.sources[0]'],
      [['sections[0].table.sources[0]', 'nowhere']],
    ],
    [
      'unknown composite provenance source',
      'unknown-source',
      ['composite.rows[2].provenance.sources[1]'],
      [['composite.rows[2].provenance', { status: 'published', sources: ['notice-q2', 'ghost'] }]],
    ],
    [
      'unknown flag provenance source',
      'unknown-source',
      ['flags[1].provenance.sources[0]'],
      [['flags[1].provenance', { status: 'published', sources: ['ghost'] }]],
    ],
    [
      'unknown derived-provenance source',
      'unknown-source',
      ['composite.rows[2].provenance.sources[0]'],
      [['composite.rows[2].provenance', { status: 'derived', rule: 'r', inputs: ['i'], sources: ['ghost'] }]],
    ],
    [
      'unknown movement provenance source',
      'unknown-source',
      ['movements[0].provenance.sources[0]'],
      [['movements[0].provenance', { status: 'published', sources: ['ghost'] }]],
    ],
  ])('%s → %s at %j', (_name, kind, paths, changes) => {
    const err = dataError(() => validateText(textWithAll(changes)))
    expect(err.file).toBe(FIXTURE_FILE)
    expect(err.kinds).toEqual([kind])
    expect(err.issues.map((i) => i.path)).toEqual(paths)
    for (const issue of err.issues) expect(issue.message.length).toBeGreaterThan(0)
    // The thrown message names the file and the first problem's field path.
    expect(err.message).toContain(FIXTURE_FILE)
    expect(err.message).toContain(paths[0])
  })

  it('the score-out-of-range message gives the score and the range', () => {
    const err = dataError(() => validateText(textWith('sections[0].table.rows[0].score', 60.01)))
    expect(err.issues[0]?.message).toContain('60.01')
    expect(err.issues[0]?.message).toContain('60')
  })

  it('the rank-mismatch message gives the expected rank', () => {
    const err = dataError(() => validateText(textWith('sections[2].table.rows[2].rank', 3)))
    expect(err.issues[0]?.message).toContain('应为 2')
  })

  it('the partial-composite rank-mismatch message names both districts', () => {
    const err = dataError(() =>
      validateText(
        textWithAll([
          ['composite.rows[3].score', null],
          ['composite.rows[1].score', 91],
        ]),
      ),
    )
    expect(err.issues[0]?.message).toContain('huangdao')
    expect(err.issues[0]?.message).toContain('jiaozhou')
  })

  it('the unknown-district message quotes the id', () => {
    const err = dataError(() => validateText(textWith('sections[0].table.rows[3].district', 'qingdao')))
    expect(err.issues[0]?.message).toContain('qingdao')
  })

  it('collects every problem, and the message counts the others', () => {
    const err = dataError(() =>
      validateText(
        textWithAll([
          ['sections[0].table.rows[3].district', 'qingdao'],
          ['sections[0].table.rows[0].stars', 11],
          ['notice.sources[0]', 'ghost'],
        ]),
      ),
    )
    expect(new Set(err.kinds)).toEqual(new Set(['unknown-district', 'stars-out-of-range', 'unknown-source']))
    expect(err.issues).toHaveLength(3)
    expect(err.message).toContain('另有 2 处问题')
  })
})

describe('partial composites: a published top-N is not a complete table', () => {
  // Which composite rows a source prints is up to the source: a top 5, a top 5 missing one row,
  // or a single district's rank reported in the news. Rows that are in score order must pass
  // even when their ranks do not start at 1 or have gaps; only the order can be checked.
  const published = { status: 'published', sources: ['notice-q2'] }
  it.each<[string, Json]>([
    [
      'ranks 1, 2, 3, 5 (the 4th row not printed), all with scores',
      [
        { district: 'huangdao', rank: 1, score: 90, provenance: published },
        { district: 'jiaozhou', rank: 2, score: 88.12, provenance: published },
        { district: 'laoshan', rank: 3, score: 86.53, provenance: published },
        { district: 'shinan', rank: 5, score: 83.91, provenance: published },
      ],
    ],
    [
      'a single reported row: 即墨区 综合第4, 86.17',
      [{ district: 'jimo', rank: 4, score: 86.17, provenance: published }],
    ],
    [
      'ranks 4 and 5 only',
      [
        { district: 'jimo', rank: 4, score: 86.17, provenance: published },
        { district: 'shinan', rank: 5, score: 83.91, provenance: published },
      ],
    ],
  ])('accepts %s', (_name, rows) => {
    expect(() => validateText(textWith('composite.rows', rows))).not.toThrow()
  })
})

describe('quarter in the file vs the expected quarter', () => {
  it('file says 2022Q2 but is expected as 2022Q3 → quarter-mismatch at "quarter"', () => {
    const err = dataError(() => validateText(JSON.stringify(validQuarter()), '2022Q3'))
    expect(err.kinds).toEqual(['quarter-mismatch'])
    expect(err.issues[0]?.path).toBe('quarter')
    expect(err.issues[0]?.message).toContain('2022Q3')
    expect(err.issues[0]?.message).toContain('2022Q2')
    expect(err.message).toContain(FIXTURE_FILE)
  })

  it('matching quarter, or none expected, passes', () => {
    const text = JSON.stringify(validQuarter())
    expect(validateText(text, '2022Q2').quarter).toBe('2022Q2')
    expect(validateText(text).quarter).toBe('2022Q2')
  })
})

describe('dataset in the file vs the expected dataset', () => {
  it('a real file loaded as demo data → dataset-mismatch at "dataset"', () => {
    const err = dataError(() =>
      validateQuarter(FIXTURE_FILE, JSON.stringify(validQuarter()), fixtureContext, '2022Q2', 'demo'),
    )
    expect(err.kinds).toEqual(['dataset-mismatch'])
    expect(err.issues.map((i) => i.path)).toEqual(['dataset'])
    expect(err.message).toContain(FIXTURE_FILE)
  })

  it('a demo file loaded as real data → dataset-mismatch', () => {
    const err = dataError(() =>
      validateQuarter(FIXTURE_FILE, textWith('dataset', 'demo'), fixtureContext, '2022Q2', 'real'),
    )
    expect(err.kinds).toEqual(['dataset-mismatch'])
  })

  it('matching dataset passes', () => {
    expect(
      validateQuarter(FIXTURE_FILE, JSON.stringify(validQuarter()), fixtureContext, '2022Q2', 'real').dataset,
    ).toBe('real')
  })
})

describe('schema errors (kind "schema", with the field path)', () => {
  const withChanges = (changes: [string, Json][]) => textWithAll(changes)
  const without = (path: string) => JSON.stringify(deleteAt(validQuarter(), path))

  it.each<[string, string, string]>([
    ['missing quarter', 'quarter', without('quarter')],
    ['missing composite', 'composite', without('composite')],
    ['missing row score', 'sections[0].table.rows[2].score', without('sections[0].table.rows[2].score')],
    ['missing notice.sources', 'notice.sources', without('notice.sources')],
    ['missing flag reason', 'flags[0].reason', without('flags[0].reason')],
    [
      'score as a string',
      'sections[0].table.rows[0].score',
      withChanges([['sections[0].table.rows[0].score', '54.96']]),
    ],
    ['rank as a string', 'composite.rows[0].rank', withChanges([['composite.rows[0].rank', '1']])],
    ['rank 0', 'sections[0].table.rows[0].rank', withChanges([['sections[0].table.rows[0].rank', 0]])],
    [
      'fractional rank',
      'sections[0].table.rows[1].rank',
      withChanges([['sections[0].table.rows[1].rank', 2.5]]),
    ],
    [
      'fractional stars',
      'sections[0].table.rows[1].stars',
      withChanges([['sections[0].table.rows[1].stars', 8.5]]),
    ],
    ['quarter id not YYYYQn', 'quarter', withChanges([['quarter', '2022Q5']])],
    ['unknown section id', 'sections[1].id', withChanges([['sections[1].id', 'finance']])],
    ['negative weight', 'sections[0].weight', withChanges([['sections[0].weight', -60]])],
    ['bad date format', 'notice.published', withChanges([['notice.published', '2022/07/26']])],
    ['unknown dataset', 'dataset', withChanges([['dataset', 'sample']])],
    ['unknown flag id', 'flags[1].flag', withChanges([['flags[1].flag', 'gold']])],
    ['flag with no districts', 'flags[0].districts', withChanges([['flags[0].districts', []]])],
    ['published table with no rows', 'sections[0].table.rows', withChanges([['sections[0].table.rows', []]])],
    ['movement vs a non-quarter', 'movements[0].vs', withChanges([['movements[0].vs', 'Q1']])],
    ['sections not an array', 'sections', withChanges([['sections', {}]])],
    [
      'derived provenance without a rule',
      'composite.rows[0].provenance.rule',
      withChanges([['composite.rows[0].provenance', { status: 'derived', inputs: ['x'], sources: [] }]]),
    ],
    [
      'composite row with neither rank nor score',
      'composite.rows[3].rank',
      withChanges([
        ['composite.rows[3].rank', null],
        ['composite.rows[3].score', null],
      ]),
    ],
    ['note id not a slug', 'notes[0].id', withChanges([['notes[0].id', 'Fixture Note']])],
  ])('%s → schema at %s', (_name, path, text) => {
    const err = dataError(() => validateText(text))
    expect(err.kinds).toEqual(['schema'])
    expect(err.issues.map((i) => i.path)).toContain(path)
    expect(err.file).toBe(FIXTURE_FILE)
    expect(err.message).toContain(FIXTURE_FILE)
    expect(err.message).toContain(err.issues[0]?.path)
  })

  it('a top-level array is a schema error, not a crash', () => {
    const err = dataError(() => validateText('[]'))
    expect(err.kinds).toEqual(['schema'])
  })
})

describe('districts, sources and news files', () => {
  const district = (id: string) => ({ id, name: `区${id}`, nameEn: id, aliases: [] })

  it('duplicate district id → duplicate-district at [i].id', () => {
    const err = dataError(() =>
      validateDistricts(
        'districts.json',
        JSON.stringify([district('shinan'), district('shibei'), district('shinan')]),
      ),
    )
    expect(err.kinds).toEqual(['duplicate-district'])
    expect(err.issues.map((i) => i.path)).toEqual(['[2].id'])
    expect(err.message).toContain('districts.json')
    expect(err.message).toContain('[2].id')
  })

  it.each<[string, unknown, string]>([
    ['id not a slug', [district('ShiNan')], '[0].id'],
    ['missing nameEn', [{ id: 'shinan', name: '市南区', aliases: [] }], '[0].nameEn'],
    ['empty file', [], ''],
  ])('districts schema: %s → schema at %j', (_name, data, path) => {
    const err = dataError(() => validateDistricts('districts.json', JSON.stringify(data)))
    expect(err.kinds).toEqual(['schema'])
    expect(err.issues.map((i) => i.path)).toContain(path)
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['bad url', { url: 'not a url' }, '[0].url'],
    ['unknown kind', { kind: 'blog' }, '[0].kind'],
    ['bad date', { date: '26.07.2022' }, '[0].date'],
  ])('sources schema: %s → schema at %s', (_name, change, path) => {
    const source = {
      id: 'src-a',
      title: 'T',
      publisher: null,
      date: null,
      url: null,
      localCopy: null,
      kind: 'news',
      ...change,
    }
    const err = dataError(() => validateSources('sources.json', JSON.stringify([source])))
    expect(err.kinds).toEqual(['schema'])
    expect(err.issues.map((i) => i.path)).toEqual([path])
    expect(err.message).toContain('sources.json')
  })

  const news = (over: Record<string, unknown> = {}) => ({
    id: 'n1',
    event: '书记擂台',
    eventDate: '2022-07-26',
    quarter: '2022Q2',
    type: '书记擂台',
    speaker: null,
    district: 'huangdao',
    title: 'T',
    summary: 'S',
    sources: ['news-q2'],
    ...over,
  })

  it('a valid news file passes, with a null district meaning "all ten"', () => {
    const items = validateNews(
      'news.json',
      JSON.stringify([news(), news({ id: 'n2', district: null })]),
      fixtureContext,
    )
    expect(items.map((n) => n.district)).toEqual(['huangdao', null])
  })

  it.each<[string, unknown[], DataIssueKind, string]>([
    ['unknown district', [news({ district: 'qingdao' })], 'unknown-district', '[0].district'],
    [
      'unknown source',
      [news(), news({ id: 'n2', sources: ['news-q2', 'ghost'] })],
      'unknown-source',
      '[1].sources[1]',
    ],
    ['duplicate id', [news(), news()], 'schema', '[1].id'],
    ['bad quarter', [news({ quarter: '2022-2' })], 'schema', '[0].quarter'],
    ['no sources', [news({ sources: [] })], 'schema', '[0].sources'],
  ])('news: %s → %s at %s', (_name, items, kind, path) => {
    const err = dataError(() => validateNews('news.json', JSON.stringify(items), fixtureContext))
    expect(err.kinds).toEqual([kind])
    expect(err.issues.map((i) => i.path)).toEqual([path])
    expect(err.message).toContain('news.json')
  })
})

describe('the real data files in public/data/real validate', () => {
  it('districts.json: the ten districts', () => {
    expect(loadDistricts('real').map((d) => d.id)).toEqual([
      'shinan',
      'shibei',
      'licang',
      'laoshan',
      'huangdao',
      'chengyang',
      'jimo',
      'jiaozhou',
      'pingdu',
      'laixi',
    ])
  })

  it('sources.json', () => {
    expect(() => validateSources('sources.json', readDataText('real', 'sources.json'))).not.toThrow()
  })

  it('has the six quarter files', () => {
    expect(quarterFiles('real').map(quarterOfFile)).toEqual([
      '2022Q1',
      '2022Q2',
      '2022Q3',
      '2022Q4',
      '2023Q1',
      '2023Q3',
    ])
  })

  it.each(quarterFiles('real'))('%s validates against its file name', (file) => {
    const q = validateQuarter(
      file,
      readDataText('real', file),
      validationContext('real'),
      quarterOfFile(file),
      'real',
    )
    expect(q.quarter).toBe(quarterOfFile(file))
    expect(q.dataset).toBe('real')
  })

  it('news.json', () => {
    const items = validateNews('news.json', readDataText('real', 'news.json'), validationContext('real'))
    expect(items.length).toBeGreaterThan(0)
  })

  it('a real file validated under the wrong name is caught', () => {
    const err = dataError(() =>
      validateQuarter(
        'quarters/2022Q3.json',
        readDataText('real', 'quarters/2022Q2.json'),
        validationContext('real'),
        '2022Q3',
      ),
    )
    expect(err.kinds).toEqual(['quarter-mismatch'])
    expect(err.message).toContain('quarters/2022Q3.json')
  })
})
