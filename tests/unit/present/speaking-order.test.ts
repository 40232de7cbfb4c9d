// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDeck, speakingOrder } from '../../../src/features/present/model/deck'
import {
  moveItem,
  orderParam,
  REPORTED_ORDERS,
  reportedOrder,
  resolveOrder,
} from '../../../src/features/present/model/speaking-order'
import { parsePresent, serializePresent } from '../../../src/features/present/model/url'
import { loadDataset, loadSources } from '../../fixtures/datasets'

const real = loadDataset('real')
const names = (ds: typeof real, ids: readonly { id: string }[]) =>
  ids.map((d) => ds.districts.find((x) => x.id === d.id)?.name)

describe('resolveOrder', () => {
  it('no order: the unranked in the districts file order, not custom, no problems', () => {
    const r = resolveOrder(real, '2022Q2', [])
    expect(names(real, r.unranked)).toEqual(['市北区', '李沧区', '城阳区', '平度市', '莱西市'])
    expect(r.custom).toBe(false)
    expect(r.problems).toEqual([])
  })

  it('a full order is taken as given', () => {
    const r = resolveOrder(real, '2022Q2', ['chengyang', 'pingdu', 'laixi', 'shibei', 'licang'])
    expect(names(real, r.unranked)).toEqual(['城阳区', '平度市', '莱西市', '市北区', '李沧区'])
    expect(r.custom).toBe(true)
    expect(r.problems).toEqual([])
  })

  it('names unknown, repeated and ranked ids; the districts it leaves out follow in file order', () => {
    const r = resolveOrder(real, '2022Q2', ['pingdu', 'xx', 'pingdu', 'huangdao'])
    expect(names(real, r.unranked)).toEqual(['平度市', '市北区', '李沧区', '城阳区', '莱西市'])
    expect(r.custom).toBe(true)
    expect(r.problems).toEqual([
      { id: 'xx', reason: 'unknown' },
      { id: 'pingdu', reason: 'duplicate' },
      { id: 'huangdao', reason: 'ranked' },
    ])
  })

  it('only bad ids: the default order, and each is named', () => {
    const r = resolveOrder(real, '2022Q2', ['shinan', 'nowhere'])
    expect(r.custom).toBe(false)
    expect(r.unranked.map((d) => d.id)).toEqual(speakingOrder(real, '2022Q2').unranked.map((d) => d.id))
    expect(r.problems.map((p) => p.reason)).toEqual(['ranked', 'unknown'])
  })
})

describe('orderParam', () => {
  it('omits the default order and writes any other', () => {
    const base = speakingOrder(real, '2022Q2').unranked
    expect(orderParam(real, '2022Q2', base)).toEqual([])
    const moved = moveItem(base, 2, 0)
    expect(orderParam(real, '2022Q2', moved)).toEqual(['chengyang', 'shibei', 'licang', 'pingdu', 'laixi'])
  })

  it('round-trips through the URL', () => {
    const ids = ['chengyang', 'pingdu', 'laixi', 'shibei', 'licang']
    const s = serializePresent({ ...parsePresent(new URLSearchParams()).state, order: ids })
    expect(s.get('order')).toBe(ids.join(','))
    expect(parsePresent(s).state.order).toEqual(ids)
  })
})

describe('moveItem', () => {
  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, 0, ['c', 'a', 'b']],
    [1, 9, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [5, 0, ['a', 'b', 'c']],
  ])('move %i → %i', (from, to, expected) => {
    expect(moveItem(['a', 'b', 'c'], from, to)).toEqual(expected)
  })
})

describe('buildDeck with a speaking order', () => {
  const order = resolveOrder(real, '2022Q2', ['chengyang', 'pingdu', 'laixi', 'shibei', 'licang'])
  const cards = buildDeck(real, '2022Q2', 'arena', { unrankedOrder: order.unranked }).flatMap((s) =>
    s.view.kind === 'district' ? [s.view] : [],
  )

  it('ranked districts keep their rank order; the unranked follow the set order, marked with it', () => {
    expect(cards.map((c) => c.district)).toEqual([
      'huangdao',
      'jiaozhou',
      'laoshan',
      'jimo',
      'shinan',
      'chengyang',
      'pingdu',
      'laixi',
      'shibei',
      'licang',
    ])
    expect(cards.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(cards.slice(0, 5).every((c) => c.order === undefined && c.rankKnown)).toBe(true)
    expect(
      cards.slice(5).every((c) => !c.rankKnown && c.order?.join() === order.unranked.map((d) => d.id).join()),
    ).toBe(true)
  })

  it('without an order, no card carries one (the districts file order)', () => {
    const plain = buildDeck(real, '2022Q2', 'arena').flatMap((s) =>
      s.view.kind === 'district' ? [s.view] : [],
    )
    expect(plain.every((c) => c.order === undefined)).toBe(true)
    expect(plain.slice(5).map((c) => c.district)).toEqual([
      'shibei',
      'licang',
      'chengyang',
      'pingdu',
      'laixi',
    ])
  })

  it('an order that is not exactly the unranked districts is ignored rather than dropping a card', () => {
    const partial = order.unranked.slice(0, 3)
    const ids = buildDeck(real, '2022Q2', 'arena', { unrankedOrder: partial }).flatMap((s) =>
      s.view.kind === 'district' ? [s.view.district] : [],
    )
    expect(new Set(ids).size).toBe(10)
    expect(ids.slice(5)).toEqual(['shibei', 'licang', 'chengyang', 'pingdu', 'laixi'])
  })
})

describe('reported orders', () => {
  it('2022Q2: the 2022-07-26 article quotes the unranked secretaries in this order', () => {
    const r = reportedOrder('real', '2022Q2')
    expect(r?.source).toBe('qdrb-2022-07-26')
    const text = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'public', 'sources', 'qdrb-2022-07-26.txt'),
      'utf8',
    )
    // Where each district's secretary is first quoted ("城阳区委书记…表示"), in the article's order.
    const firstQuote = (name: string) => text.indexOf(`${name}委书记`)
    const ids = r?.ids ?? []
    const positions = ids.map((id) => firstQuote(real.districts.find((d) => d.id === id)?.name ?? ''))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // It is exactly the districts without a published composite rank.
    expect([...ids].sort()).toEqual(
      speakingOrder(real, '2022Q2')
        .unranked.map((d) => d.id)
        .sort(),
    )
    // The article also says the order followed the results.
    expect(text).toContain('考核结果排序上台')
  })

  it('each reported order names a known source and only known districts, once each', () => {
    const sources = new Set(loadSources('real').map((s) => s.id))
    for (const o of REPORTED_ORDERS) {
      expect(sources.has(o.source)).toBe(true)
      expect(new Set(o.ids).size).toBe(o.ids.length)
      expect(resolveOrder(real, o.quarter, o.ids).problems).toEqual([])
    }
    expect(reportedOrder('real', '2023Q3')).toBeNull()
    expect(reportedOrder('demo', '2022Q2')).toBeNull()
  })
})
