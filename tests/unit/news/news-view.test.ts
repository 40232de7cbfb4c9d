// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { figureValue } from '../../../src/domain/model/figure'
import { newsCards } from '../../../src/features/news/model/news-view'
import { loadDataset, loadNews } from '../../fixtures/datasets'

const real = loadDataset('real')
const news = loadNews('real')

describe('newsCards', () => {
  it('gives 韩世军’s statement with jimo and jimo’s 2022Q2 results', () => {
    const cards = newsCards(real, news, { district: 'jimo' }, true)
    expect(cards.map((c) => c.item.id)).toEqual(['2022-07-26-jimo'])
    expect(cards[0]?.district?.id).toBe('jimo')
    expect(figureValue(cards[0]?.results?.rank)).toBe(4)
    expect(figureValue(cards[0]?.results?.score)).toBe(86.17)
  })

  it('lists every item newest first; items about all districts have no district and no results', () => {
    const cards = newsCards(real, news, {}, true)
    expect(cards).toHaveLength(news.length)
    const dates = cards.map((c) => c.item.eventDate)
    expect(dates).toEqual([...dates].sort().reverse())
    const all = cards.filter((c) => c.item.district === null)
    expect(all.length).toBeGreaterThan(0)
    expect(all.every((c) => c.district === null && c.results === null)).toBe(true)
  })

  it('resolves districts but gives no results while quarter files are loading, and nothing without a dataset', () => {
    const loading = newsCards(real, news, { district: 'jimo' }, false)
    expect(loading[0]?.district?.id).toBe('jimo')
    expect(loading[0]?.results).toBeNull()
    const none = newsCards(undefined, news, { district: 'jimo' }, true)
    expect(none.map((c) => [c.district, c.results])).toEqual([[null, null]])
  })
})
