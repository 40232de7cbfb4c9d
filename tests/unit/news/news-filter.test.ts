// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { NewsItem } from '../../../src/domain/model/schema'
import {
  filterNews,
  matchesText,
  type NewsFilter,
  newestFirst,
  newsEvents,
  newsQuarters,
  normalizeText,
} from '../../../src/domain/tables/news-filter'
import { loadNews } from '../../fixtures/datasets'

const real = loadNews('real')
const demo = loadNews('demo')
const byId = (id: string) => {
  const n = real.find((x) => x.id === id)
  if (!n) throw new Error(id)
  return n
}
const item = (id: string, eventDate: string, patch: Partial<NewsItem> = {}): NewsItem => ({
  id,
  event: `event ${eventDate}`,
  eventDate,
  quarter: null,
  type: 't',
  speaker: null,
  district: null,
  title: `title ${id}`,
  summary: `summary ${id}`,
  sources: ['s'],
  ...patch,
})

describe('newestFirst', () => {
  it('sorts by event date descending and same-day items by id', () => {
    const items = [item('b', '2022-07-26'), item('c', '2023-01-01'), item('a', '2022-07-26')]
    expect(newestFirst(items).map((i) => i.id)).toEqual(['c', 'a', 'b'])
    expect(items.map((i) => i.id)).toEqual(['b', 'c', 'a']) // input untouched
  })
})

describe('normalizeText / matchesText', () => {
  it.each<[string, string]>([
    ['A b  C', 'abc'],
    ['ＡＢｃ１', 'abc1'],
    ['“书记擂台”', '“书记擂台”'],
  ])('normalizeText(%j) → %j', (input, out) => {
    expect(normalizeText(input)).toBe(out)
  })

  const jimo = byId('2022-07-26-jimo')
  it.each<[string, boolean]>([
    ['', true],
    ['   ', true],
    ['汽车', true],
    ['一汽 大众', true],
    ['汽车 即墨', true],
    ['韩世军', true],
    ['汽车 崂山', false],
    ['<img', false],
  ])('jimo statement, query %j → %s', (q, expected) => {
    expect(matchesText(jimo, q)).toBe(expected)
  })

  it('matches markup in a summary as plain text', () => {
    const xss = demo.find((n) => n.summary.includes('<img'))
    expect(xss && matchesText(xss, 'onerror=alert(1)')).toBe(true)
  })
})

describe('filterNews on the real news', () => {
  it.each<[NewsFilter, string[]]>([
    [{ district: 'jimo' }, ['2022-07-26-jimo']],
    [{ district: 'jiaozhou' }, ['2022-12-29-jiaozhou', '2022-11-16-jiaozhou', '2022-07-26-jiaozhou']],
    [{ district: 'huangdao', quarter: '2022Q2' }, ['2022-07-26-huangdao']],
    [{ quarter: '2023Q1' }, ['2023-05-27-all']],
    [{ event: '2022-11-16' }, ['2022-11-16-jiaozhou']],
    [{ q: '红旗', district: 'shinan' }, ['2022-07-26-shinan']],
    [{ district: 'nowhere' }, []],
  ])('%j → %j', (f, ids) => {
    expect(filterNews(real, f).map((i) => i.id)).toEqual(ids)
  })

  it('lists everything newest first with no filter', () => {
    const all = filterNews(real, {})
    expect(all).toHaveLength(real.length)
    expect(all[0]?.eventDate).toBe('2023-11-07')
    expect(all.at(-1)?.eventDate).toBe('2022-07-26')
  })
})

describe('newsEvents / newsQuarters', () => {
  it('groups the ten 2022-07-26 statements under one event and sorts events newest first', () => {
    const events = newsEvents(real)
    const arena = events.find((e) => e.date === '2022-07-26')
    expect(arena).toEqual({
      date: '2022-07-26',
      names: ['市委常委会扩大会议暨区(市)党委“书记擂台”(第二期)'],
      count: 10,
    })
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort().reverse())
  })

  it('lists two events of one day under one key', () => {
    const e = newsEvents([item('a', '2022-01-01', { event: 'X' }), item('b', '2022-01-01', { event: 'Y' })])
    expect(e).toEqual([{ date: '2022-01-01', names: ['X', 'Y'], count: 2 }])
  })

  it('lists the quarters referred to, newest first, skipping items without one', () => {
    expect(newsQuarters(real)).toEqual(['2023Q3', '2023Q1', '2022Q4', '2022Q3', '2022Q2'])
  })
})
