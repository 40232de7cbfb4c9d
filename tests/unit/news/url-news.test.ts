// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { searchString } from '../../../src/domain/url/params'
import { NEWS_DEFAULTS, type NewsState, parseNews, serializeNews } from '../../../src/features/news/model/url'

const parse = (s: string) => parseNews(new URLSearchParams(s))

describe('parseNews', () => {
  it.each<[string, Partial<NewsState>, string[]]>([
    ['', {}, []],
    ['district=jimo', { district: 'jimo' }, []],
    ['district=西海岸新区', { district: '西海岸新区' }, []],
    // The rankings view's plural spelling is migrated, keeping the first id.
    ['districts=jimo,huangdao', { district: 'jimo' }, []],
    ['quarter=2022Q2&event=2022-07-26', { quarter: '2022Q2', event: '2022-07-26' }, []],
    // `q` is the text search here, never the quarter.
    ['q=2022Q2', { q: '2022Q2' }, []],
    ['q=汽车%20即墨', { q: '汽车 即墨' }, []],
    ['search=集成电路', { q: '集成电路' }, []],
    ['quarter=Q2&event=yesterday', {}, ['quarter', 'event']],
  ])('%j', (search, patch, problems) => {
    const r = parse(search)
    expect(r.state).toEqual({ ...NEWS_DEFAULTS, ...patch })
    expect(r.problems.map((p) => p.param)).toEqual(problems)
  })
})

describe('serializeNews', () => {
  it.each<[Partial<NewsState>, string, string]>([
    [{}, '', ''],
    [{ district: 'jimo' }, '', '?district=jimo'],
    [{ q: '   ' }, '', ''],
    [{ q: '汽车 ' }, '', '?q=%E6%B1%BD%E8%BD%A6+'],
    [
      { district: 'jimo', quarter: '2022Q2', event: '2022-07-26' },
      'lang=en',
      '?lang=en&district=jimo&quarter=2022Q2&event=2022-07-26',
    ],
    [{ district: 'jimo' }, 'districts=a,b&search=x', '?district=jimo'],
  ])('%j over %j → %s', (patch, base, expected) => {
    expect(searchString(serializeNews({ ...NEWS_DEFAULTS, ...patch }, new URLSearchParams(base)))).toBe(
      expected,
    )
  })

  it.each<Partial<NewsState>>([
    {},
    { district: 'jimo' },
    { district: 'huangdao', quarter: '2022Q2', event: '2022-07-26', q: '项目 开工' },
    { q: 'a&b=c' },
  ])('round-trips %j', (patch) => {
    const state = { ...NEWS_DEFAULTS, ...patch }
    expect(parse(serializeNews(state).toString())).toEqual({ state, problems: [] })
  })
})
