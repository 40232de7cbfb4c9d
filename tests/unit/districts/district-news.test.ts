// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { districtNews } from '../../../src/features/districts/model/district-news'
import { loadDataset, loadNews } from '../../fixtures/datasets'

const real = loadDataset('real')

describe('districtNews', () => {
  const news = loadNews('real')
  it('lists jiaozhou’s items newest first, marks those about the page’s quarter for print, and gives results', () => {
    const m = districtNews(real, news, 'jiaozhou', '2022Q3', 1)
    expect(m.entries.map((e) => [e.item.id, e.item.quarter, e.printed])).toEqual([
      ['2022-12-29-jiaozhou', '2022Q3', true],
      ['2022-11-16-jiaozhou', '2022Q3', false],
      ['2022-07-26-jiaozhou', '2022Q2', false],
    ])
    expect(m.current).toBe(2)
    expect(m.notPrinted).toBe(1)
    expect(m.entries[0]?.results?.quarter).toBe('2022Q3')
  })

  it('has no results for an item that names no quarter, and none printed for another quarter', () => {
    const m = districtNews(real, news, 'huangdao', '2031Q1', 2)
    expect(m.current).toBe(0)
    expect(m.entries.every((e) => !e.printed)).toBe(true)
    for (const e of m.entries) expect(e.results === null).toBe(e.item.quarter === null)
  })

  it('marks results of a quarter whose file failed validation as invalid', () => {
    const m = districtNews(real, news, 'jimo', '2022Q2', 2, new Set(['2022Q2'] as const))
    expect(m.entries[0]?.results?.file).toBe('present')
    const withoutFile = { ...real, quarters: new Map([...real.quarters].filter(([q]) => q !== '2022Q2')) }
    const broken = districtNews(withoutFile, news, 'jimo', '2022Q2', 2, new Set(['2022Q2'] as const))
    expect(broken.entries[0]?.results?.file).toBe('invalid')
  })
})
