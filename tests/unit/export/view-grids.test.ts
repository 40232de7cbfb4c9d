// @vitest-environment node
/** The movement, news and district grids: rows and order as on screen, 未公布 as the word, derived marked. */
import { describe, expect, it } from 'vitest'
import { gridTextOf } from '../../../src/components/export/grid-text'
import { registerExportStrings } from '../../../src/components/export/i18n'
import type { GridCell } from '../../../src/domain/export/grid'
import { listMeta, quarterMeta } from '../../../src/domain/export/meta'
import { districtsById } from '../../../src/domain/model/dataset'
import type { QuarterId } from '../../../src/domain/model/quarter'
import { districtHistory, historySections } from '../../../src/domain/tables/district-history'
import '../../../src/features/districts/i18n'
import { breakdownGrid, compareGrid, historyGrid } from '../../../src/features/districts/model/export-grid'
import { sectionBreakdown } from '../../../src/features/districts/model/section-breakdown'
import '../../../src/features/movement/i18n'
import { movementGrid } from '../../../src/features/movement/model/export-grid'
import { buildMovementSeries, buildRangeChanges } from '../../../src/features/movement/model/movement-series'
import '../../../src/features/news/i18n'
import { newsGrid } from '../../../src/features/news/model/export-grid'
import { newsCards } from '../../../src/features/news/model/news-view'
import '../../../src/features/rankings/i18n'
import { i18n } from '../../../src/lib/i18n'
import { loadDataset, loadNews, loadSources } from '../../fixtures/datasets'
import { formatterFor } from './format-for'

registerExportStrings(i18n)
const real = loadDataset('real')
const sources = new Map(loadSources('real').map((s) => [s.id, s]))
const text = gridTextOf(formatterFor('zh'), i18n)
const byId = districtsById(real)
const huangdao = byId.get('huangdao')
const jimo = byId.get('jimo')
if (!huangdao || !jimo) throw new Error('fixture districts missing')
const base = { demo: false, dataset: 'real' }
const noMeta = quarterMeta(text, { quarters: ['2022Q2'], files: [], sources, demo: false })

const column = (g: { header: string[]; rows: GridCell[][] }, name: string) => {
  const i = g.header.indexOf(name)
  if (i < 0) throw new Error(`no column ${name}: ${g.header.join('|')}`)
  return g.rows.map((r) => r[i] as GridCell)
}

describe('movementGrid(real 2022Q1 → 2022Q2, composite)', () => {
  const series = buildMovementSeries(real, '2022Q1', '2022Q2', 'overall')
  const rows = buildRangeChanges(series, real)
  const args = {
    rows,
    from: '2022Q1',
    to: '2022Q2',
    section: 'overall',
    invalid: new Set<QuarterId>(),
    ...base,
  } as const

  it('lists every district in the table order, 未公布 kept, the stated rise published', () => {
    const g = movementGrid({ ...args, sort: null }, noMeta, text)
    expect(g.rows).toHaveLength(10)
    expect(g.header[1]).toBe('2022Q1 位次')
    const names = column(g, '区市').map((c) => c.display)
    expect(names[0]).toBe('黄岛区')
    const shinan = g.rows[names.indexOf('市南区')] as GridCell[]
    // 市南区: 2022Q1 rank 7 derived from "较一季度上升2个位次", 2022Q2 rank 5 published.
    expect(shinan[1]).toMatchObject({ kind: 'derived', value: 7 })
    expect(shinan[2]).toMatchObject({ kind: 'number', value: 5 })
    expect(shinan[3]).toMatchObject({ kind: 'number', value: 2, display: '+2' })
    expect(g.rows.flat().some((c) => c.kind === 'missing' && c.display === '未公布')).toBe(true)
    expect(g.rows.flat().some((c) => c.kind !== 'text' && c.value === 0 && c.display !== '0')).toBe(false)
    expect(g.fileName).toBe('leitai-movement-2022Q1-2022Q2-overall')
  })

  it('follows the URL sort, missing last', () => {
    const g = movementGrid({ ...args, sort: { column: 'rankDelta', desc: true } }, noMeta, text)
    const deltas = column(g, '位次变化（较2022年一季度）')
    const known = deltas.filter((c) => c.kind !== 'missing').map((c) => c.value as number)
    expect(known).toEqual([...known].sort((a, b) => b - a))
    const firstMissing = deltas.findIndex((c) => c.kind === 'missing')
    if (firstMissing >= 0) expect(deltas.slice(firstMissing).every((c) => c.kind === 'missing')).toBe(true)
  })

  it('says a broken quarter is an error, not 未公布', () => {
    const g = movementGrid({ ...args, sort: null, invalid: new Set<QuarterId>(['2022Q1']) }, noMeta, text)
    expect(column(g, '2022Q1 位次').every((c) => c.display === '数据文件有误')).toBe(true)
  })
})

describe('newsGrid', () => {
  const news = loadNews('real')
  it('has the filtered cards with their results and sources', () => {
    const cards = newsCards(real, news, { district: 'jimo' }, true)
    const g = newsGrid(
      { cards, sources, ...base, nameParts: ['jimo'] },
      listMeta(text, { demo: false, asOf: '2022-07-26', extra: [] }),
      text,
    )
    expect(g.rows).toHaveLength(cards.length)
    expect(g.rows.length).toBeGreaterThan(0)
    expect(column(g, '区市').every((c) => c.display === '即墨区')).toBe(true)
    const rank = column(g, '所指季度位次')[0]
    expect(rank?.kind === 'number' || rank?.kind === 'derived' || rank?.kind === 'missing').toBe(true)
    expect(column(g, '来源')[0]?.display).not.toBe('')
    expect(g.fileName).toBe('leitai-news-jimo')
    expect(g.meta.find((m) => m.label === '数据截至')?.value).toBe('2022年7月26日')
  })
  it('has every item when unfiltered, in the list order', () => {
    const cards = newsCards(real, news, {}, true)
    const g = newsGrid({ cards, sources, ...base }, [], text)
    expect(column(g, '标题').map((c) => c.display)).toEqual(cards.map((c) => c.item.title))
  })
})

describe('district grids (real, 黄岛区)', () => {
  it('breakdown 2022Q2: economy score 54.96 of 60, rank 1 of 10; 项目签约落地 未公布', () => {
    const rows = sectionBreakdown(real, '2022Q2', 'huangdao')
    const g = breakdownGrid(
      { rows, district: huangdao, districts: byId, quarter: '2022Q2', ...base },
      noMeta,
      text,
    )
    const bySection = new Map(g.rows.map((r) => [r[0]?.display, r]))
    const econ = bySection.get('经济运行')
    expect(econ?.[1]).toMatchObject({ kind: 'number', value: 54.96, display: '54.96' })
    expect(econ?.[2]).toMatchObject({ value: 60 })
    expect(econ?.[3]).toMatchObject({ value: 1 })
    expect(econ?.[9]?.kind).toBe('derived') // the median is computed
    const projects = bySection.get('项目签约落地')
    if (projects) expect(projects[1]).toEqual({ kind: 'missing', value: null, display: '未公布' })
    expect(g.fileName).toBe('leitai-district-huangdao-2022Q2-sections')
  })

  it('history: one row per quarter, gaps named, 未公布 as the word', () => {
    const entries = districtHistory(real, 'huangdao')
    const g = historyGrid(
      { district: huangdao, entries, sections: historySections(entries), ...base },
      noMeta,
      text,
    )
    expect(g.rows.map((r) => r[0]?.display)).toEqual(entries.map((e) => e.quarter))
    const q2 = g.rows.find((r) => r[0]?.display === '2022Q2')
    expect(q2?.[1]).toMatchObject({ value: 1 })
    expect(g.header).toContain('经济运行得分')
    const econ = g.header.indexOf('经济运行得分')
    expect(q2?.[econ]).toMatchObject({ kind: 'number', value: 54.96 })
    const missingFile = g.rows.find((r) => r[0]?.display === '2023Q2')
    expect(missingFile?.[1]?.display).toBe('无数据')
    expect(
      g.rows
        .flat()
        .filter((c) => c.kind === 'missing')
        .every((c) => c.display === '未公布'),
    ).toBe(true)
  })

  it('compare: the two districts side by side', () => {
    const a = {
      district: huangdao,
      entry: districtHistory(real, 'huangdao').find((e) => e.quarter === '2022Q2'),
    }
    const b = { district: jimo, entry: districtHistory(real, 'jimo').find((e) => e.quarter === '2022Q2') }
    if (!a.entry || !b.entry) throw new Error('no entries')
    const g = compareGrid(
      { a: { ...a, entry: a.entry }, b: { ...b, entry: b.entry }, quarter: '2022Q2', ...base },
      noMeta,
      text,
    )
    expect(g.header).toEqual(['项目', '黄岛区', '即墨区'])
    expect(g.rows[0]?.[0]?.display).toBe('综合位次')
    expect(g.rows[0]?.[1]).toMatchObject({ value: 1 })
    expect(g.title).toBe('黄岛区 与 即墨区 对比')
  })
})
