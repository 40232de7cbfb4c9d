// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { GridCell } from '../../../src/domain/export/grid'
import { buildRankingTable } from '../../../src/domain/tables/ranking-table'
import { orderRankingRows, rankingsGrid } from '../../../src/features/rankings/model/export-grid'
import '../../../src/features/rankings/i18n'
import { gridTextOf } from '../../../src/components/export/grid-text'
import { registerExportStrings } from '../../../src/components/export/i18n'
import { quarterMeta } from '../../../src/domain/export/meta'
import { i18n } from '../../../src/lib/i18n'
import { loadDataset, loadSources } from '../../fixtures/datasets'
import { formatterFor } from './format-for'

registerExportStrings(i18n)
const real = loadDataset('real')
const demo = loadDataset('demo')
const sources = new Map(loadSources('real').map((s) => [s.id, s]))
const demoSources = new Map(loadSources('demo').map((s) => [s.id, s]))

function grid(
  ds: typeof real,
  quarter: string,
  section: 'economy' | 'overall' | 'urban',
  opts: {
    sort?: { column: 'score' | 'district' | 'rank' | 'change'; desc: boolean }
    only?: string[]
    lang?: 'zh' | 'en'
  } = {},
) {
  const lang = opts.lang ?? 'zh'
  const table = buildRankingTable(ds, quarter as '2022Q2', section)
  const rows = opts.only ? table.rows.filter((r) => opts.only?.includes(r.district.id)) : table.rows
  const isDemo = ds === demo
  const file = ds.quarters.get(quarter as '2022Q2')
  const meta = quarterMeta(gridTextOf(formatterFor(lang), i18n), {
    quarters: [table.quarter],
    section,
    files: file ? [file] : [],
    sources: isDemo ? demoSources : sources,
    demo: isDemo,
  })
  return rankingsGrid(
    { table, rows, sort: opts.sort ?? null, demo: isDemo, dataset: isDemo ? 'demo' : 'real' },
    meta,
    gridTextOf(formatterFor(lang), i18n),
  )
}

const col = (g: ReturnType<typeof grid>, name: string) => {
  const i = g.header.findIndex((h) => h.startsWith(name))
  if (i < 0) throw new Error(`no column ${name} in ${g.header.join('|')}`)
  return g.rows.map((r) => r[i] as GridCell)
}

describe('rankingsGrid(real 2022Q2 economy)', () => {
  const g = grid(real, '2022Q2', 'economy')

  it('has the ten districts in rank order with scores as numbers of two decimals', () => {
    expect(g.rows).toHaveLength(10)
    expect(col(g, '区市').map((c) => c.display)).toEqual([
      '黄岛区',
      '胶州市',
      '崂山区',
      '市南区',
      '即墨区',
      '平度市',
      '城阳区',
      '市北区',
      '莱西市',
      '李沧区',
    ])
    const scores = col(g, '得分')
    expect(scores[0]).toEqual({ kind: 'number', value: 54.96, digits: 2, display: '54.96' })
    expect(scores[4]?.display).toBe('50.19')
    expect(g.header[2]).toBe('得分（满分60）')
  })

  it('keeps printed stars and the rule stars apart, the rule marked derived', () => {
    expect(col(g, '摘星').map((c) => c.value)).toEqual([9, 9, 8, 8, 6, 5, 4, 3, 2, 1])
    const rule = col(g, '按规则星数')
    expect(rule.map((c) => c.value)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
    expect(rule.every((c) => c.kind === 'derived')).toBe(true)
  })

  it('says 未公布 where a figure is missing, never 0', () => {
    // No 2022Q1 economy ranks were published: every change vs 2022Q1 is unknown.
    const change = col(g, '较上季度')
    expect(g.header.find((h) => h.startsWith('较上季度'))).toBe('较上季度（较2022年一季度）')
    expect(change.every((c) => c.kind === 'missing' && c.display === '未公布')).toBe(true)
    expect(change.some((c) => c.value === 0)).toBe(false)
    expect(col(g, '数据状态').every((c) => c.display === '已公布')).toBe(true)
  })

  it('carries the title block: quarter, section, issuer, sources, as-of date, dataset', () => {
    const meta = Object.fromEntries(g.meta.map((m) => [m.label, m.value]))
    expect(g.title).toBe('2022年二季度 · 经济运行')
    expect(meta.季度).toBe('2022年二季度')
    expect(meta.板块).toBe('经济运行')
    expect(meta.发布单位).toContain('青岛市综合考核委员会')
    expect(meta.来源).toMatch(/青岛日报|观海/)
    expect(meta.数据截至).toMatch(/^\d{4}年\d+月\d+日$/)
    expect(meta.数据集).toBe('公开数据')
    expect(g.demo).toBe(false)
    expect(g.fileName).toBe('leitai-rankings-2022Q2-economy')
  })

  it('follows the filter and the sort of the screen', () => {
    const s = grid(real, '2022Q2', 'economy', {
      only: ['licang', 'huangdao', 'jimo'],
      sort: { column: 'score', desc: false },
    })
    expect(col(s, '区市').map((c) => c.display)).toEqual(['李沧区', '即墨区', '黄岛区'])
    const byName = grid(real, '2022Q2', 'economy', { sort: { column: 'district', desc: false } })
    // Pinyin order: 城阳 chéng < 黄岛 huáng < 即墨 jí < …
    expect(
      col(byName, '区市')
        .map((c) => c.display)
        .slice(0, 3),
    ).toEqual(['城阳区', '黄岛区', '即墨区'])
  })

  it('is worded in English for lang=en', () => {
    const en = grid(real, '2022Q2', 'economy', { lang: 'en' })
    expect(en.title).toMatch(/^Q2 2022 · \w/)
    expect(en.rows[0]?.[1]?.display).toMatch(/^Huangdao/)
    expect(en.meta.map((m) => m.label)).toEqual([
      'Quarter',
      'Section',
      'Issued by',
      'Notice date',
      'Sources',
      'Data as of',
      'Dataset',
    ])
    expect(col(en, 'Rank').length).toBe(10)
    expect(en.rows[0]?.find((c) => c.kind === 'missing')?.display).toBe('Not published')
  })
})

describe('rankingsGrid(real 2022Q2 composite)', () => {
  const g = grid(real, '2022Q2', 'overall')
  it('lists all ten districts; the unpublished composite rows say 未公布', () => {
    expect(g.rows).toHaveLength(10)
    const status = col(g, '数据状态').map((c) => c.display)
    expect(status.filter((s) => s === '未公布').length).toBeGreaterThan(0)
    const scores = col(g, '得分')
    for (const [i, s] of status.entries())
      if (s === '未公布') expect(scores[i]).toEqual({ kind: 'missing', value: null, display: '未公布' })
  })
  it('marks rule-derived flags', () => {
    const flags = col(g, '红旗').map((c) => c.display)
    expect(flags[0]).toContain('真抓实干、勇当排头')
  })
})

describe('rankingsGrid(demo)', () => {
  it('is marked DEMO in the title block and the file name', () => {
    const q = [...demo.quarters.keys()].at(-1) as string
    const g = grid(demo, q, 'economy')
    expect(g.demo).toBe(true)
    expect(g.meta.find((m) => m.label === '数据集')?.value).toBe('示例数据 DEMO')
    expect(g.fileName).toBe(`leitai-rankings-${q}-economy-demo`)
    expect(g.rows).toHaveLength(10)
  })
})

describe('orderRankingRows', () => {
  it('puts missing values last in both directions', () => {
    const table = buildRankingTable(real, '2022Q2', 'overall')
    for (const desc of [true, false]) {
      const rows = orderRankingRows(table.rows, { column: 'score', desc }, 'overall')
      const known = rows.map((r) => r.score.status !== 'not-published')
      const firstMissing = known.indexOf(false)
      expect(known.slice(firstMissing).every((k) => !k)).toBe(true)
    }
  })
})
