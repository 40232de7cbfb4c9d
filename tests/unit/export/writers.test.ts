// @vitest-environment node
/** The writers read back with the same library a reader would use (SheetJS for both CSV and Excel). */
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { type Grid, missingCell, numberCell, textCell } from '../../../src/domain/export/grid'
import { buildRankingTable } from '../../../src/domain/tables/ranking-table'
import { rankingsGrid } from '../../../src/features/rankings/model/export-grid'
import '../../../src/features/rankings/i18n'
import { gridTextOf } from '../../../src/components/export/grid-text'
import { registerExportStrings } from '../../../src/components/export/i18n'
import { quarterMeta } from '../../../src/domain/export/meta'
import { gridToHtml, gridToTsv } from '../../../src/lib/export/clipboard'
import { csvText, gridToCsv, neutralise } from '../../../src/lib/export/csv'
import { shareUrl } from '../../../src/lib/export/share'
import { gridToXlsx } from '../../../src/lib/export/xlsx'
import { i18n } from '../../../src/lib/i18n'
import { loadDataset, loadSources } from '../../fixtures/datasets'
import { formatterFor } from './format-for'

const MARK = '（推算）'
registerExportStrings(i18n)
const real = loadDataset('real')
const table = buildRankingTable(real, '2022Q2', 'economy')
const economy = rankingsGrid(
  { table, rows: table.rows, sort: null, demo: false, dataset: 'real' },
  quarterMeta(gridTextOf(formatterFor('zh'), i18n), {
    quarters: ['2022Q2'],
    section: 'economy',
    files: [real.quarters.get('2022Q2')].filter((f) => f !== undefined),
    sources: new Map(loadSources('real').map((s) => [s.id, s])),
    demo: false,
  }),
  gridTextOf(formatterFor('zh'), i18n),
)

/** A grid with everything a spreadsheet could misread. */
const hostile: Grid = {
  title: '=HYPERLINK("http://evil","x")',
  meta: [{ label: '来源', value: '@SUM(A1)' }],
  demo: true,
  header: ['名称', '值'],
  rows: [
    [textCell('=1+1'), numberCell(-2, 0, '−2')],
    [textCell('+cmd'), numberCell(3.5, 2, '3.50', true)],
    [textCell('-2+3'), missingCell('未公布')],
    [textCell('\tTAB'), numberCell(0, 2, '0.00')],
    [textCell('普通"引号"'), textCell('@x')],
  ],
  notes: ['-note'],
  fileName: 'leitai-test',
}

/** Rows of the sheet from the header row on (the title block is above it). */
function tableRows(rows: unknown[][], header: string): unknown[][] {
  const at = rows.findIndex((r) => r[0] === header)
  if (at < 0) throw new Error(`no header row ${header}`)
  const out: unknown[][] = []
  for (const r of rows.slice(at + 1)) {
    if (!r.length || r.every((c) => c === undefined || c === '')) break
    out.push(r)
  }
  return out
}

/** As a spreadsheet opens the file: bytes, the BOM telling UTF-8. */
const readCsv = (csv: string) => XLSX.read(Buffer.from(csv, 'utf8'), { type: 'buffer' })

describe('CSV', () => {
  const csv = gridToCsv(economy, MARK)
  it('is UTF-8 with a BOM, CRLF, every field quoted', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.startsWith('\uFEFF"2022年二季度 · 经济运行"\r\n')).toBe(true)
    expect(csv.split('\r\n').length).toBeGreaterThan(12)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/)
  })
  it('reads back to the ten rows, 未公布 as the word and numbers as numbers', () => {
    const wb = readCsv(csv)
    const rows = XLSX.utils.sheet_to_json<unknown[]>(
      wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet,
      {
        header: 1,
        raw: true,
      },
    )
    const body = tableRows(rows, '位次')
    expect(body).toHaveLength(10)
    expect(body.map((r) => r[1])).toEqual(economy.rows.map((r) => r[1]?.display))
    expect(body[0]?.[2]).toBe(54.96)
    expect(body[0]?.[4]).toBe(`10${MARK}`)
    expect(body.every((r) => r[6] === '未公布')).toBe(true)
  })
  it('neutralises formula-looking text; real negative numbers stay numbers', () => {
    expect(neutralise('=1+1')).toBe("'=1+1")
    expect(neutralise('黄岛区')).toBe('黄岛区')
    expect(csvText(numberCell(-2, 0, '−2'), MARK)).toBe('-2')
    const out = gridToCsv(hostile, MARK)
    for (const bad of ['=1+1', '+cmd', '-2+3', '\tTAB', '@x', '=HYPERLINK', '@SUM', '-note'])
      expect(out).toContain(`"'${bad.slice(0, 5)}`)
    expect(out).toContain('"-2"')
    expect(out).toContain('"3.50（推算）"')
    expect(out).toContain('"普通""引号"""')
    const wb = readCsv(out)
    const ws = wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet
    for (const cell of Object.values(ws))
      if (cell && typeof cell === 'object' && 't' in cell) expect(cell.f).toBeUndefined()
    const body = tableRows(XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true }), '名称')
    expect(body[0]).toEqual(["'=1+1", -2])
    expect(body[2]).toEqual(["'-2+3", '未公布'])
  })
})

describe('XLSX', () => {
  const read = (g: Grid) => {
    const wb = XLSX.read(gridToXlsx(g, MARK, '表格'), { type: 'array', cellNF: true })
    return { wb, ws: wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet }
  }
  it('reads back to the ten rows: numbers with two decimals, 未公布 as text, derived marked', () => {
    const { wb, ws } = read(economy)
    expect(wb.SheetNames).toEqual(['表格'])
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true })
    expect(rows[0]?.[0]).toBe('2022年二季度 · 经济运行')
    const body = tableRows(rows, '位次')
    expect(body).toHaveLength(10)
    expect(body.map((r) => r[1])).toEqual(economy.rows.map((r) => r[1]?.display))
    expect(body.map((r) => r[2])).toEqual([54.96, 52.43, 52.4, 51, 50.19, 49.91, 48.61, 48.49, 48.41, 44.69])
    const headerAt = rows.findIndex((r) => r[0] === '位次')
    const score = ws[XLSX.utils.encode_cell({ r: headerAt + 1, c: 2 })]
    expect(score?.t).toBe('n')
    expect(score?.z).toBe('0.00')
    const rule = ws[XLSX.utils.encode_cell({ r: headerAt + 1, c: 4 })]
    expect(rule?.t).toBe('n')
    expect(rule?.v).toBe(10)
    expect(String(rule?.z)).toContain('推算')
    const change = ws[XLSX.utils.encode_cell({ r: headerAt + 1, c: 6 })]
    expect(change).toMatchObject({ t: 's', v: '未公布' })
    const meta = Object.fromEntries(rows.slice(1, headerAt).map((r) => [r[0], r[1]]))
    expect(meta.板块).toBe('经济运行')
    expect(String(meta.发布单位)).toContain('青岛市综合考核委员会')
  })
  it('never writes a live formula, even for formula-looking text; marks DEMO', () => {
    const { wb, ws } = read(hostile)
    expect(wb.SheetNames[0]).toBe('表格 DEMO')
    const cells = Object.entries(ws).filter(([k]) => !k.startsWith('!'))
    expect(cells.length).toBeGreaterThan(10)
    for (const [, cell] of cells) expect((cell as XLSX.CellObject).f).toBeUndefined()
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true })
    const body = tableRows(rows, '名称')
    expect(body[0]).toEqual(['=1+1', -2])
    expect(body[2]).toEqual(['-2+3', '未公布'])
  })
})

describe('XLSX number formats', () => {
  it('signs a change and marks a derived one, the value staying a number', () => {
    const g: Grid = {
      ...hostile,
      demo: false,
      header: ['a', 'b'],
      rows: [[numberCell(2, 0, '+2', true, true), numberCell(-1.5, 2, '−1.50', false, true)]],
    }
    const wb = XLSX.read(gridToXlsx(g, MARK, '表格'), { type: 'array', cellNF: true })
    const ws = wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true })
    const at = rows.findIndex((r) => r[0] === 'a') + 1
    const derived = ws[XLSX.utils.encode_cell({ r: at, c: 0 })]
    const plain = ws[XLSX.utils.encode_cell({ r: at, c: 1 })]
    expect(derived).toMatchObject({ t: 'n', v: 2, z: '+0"（推算）";-0"（推算）";0"（推算）"' })
    expect(plain).toMatchObject({ t: 'n', v: -1.5, z: '+0.00;-0.00;0.00' })
    expect(XLSX.utils.format_cell(derived as XLSX.CellObject)).toBe('+2（推算）')
    expect(XLSX.utils.format_cell(plain as XLSX.CellObject)).toBe('-1.50')
  })
})

describe('clipboard', () => {
  it('holds the same cells as HTML <table> and TSV', () => {
    const tsv = gridToTsv(economy).split('\r\n')
    expect(tsv).toHaveLength(11)
    expect(tsv[1]?.split('\t').slice(0, 3)).toEqual(['1', '黄岛区', '54.96'])
    const html = gridToHtml(economy)
    expect(html).toContain('<table')
    expect(html).toContain('<caption>2022年二季度 · 经济运行</caption>')
    expect(html.match(/<tr>/g)).toHaveLength(11)
    expect(gridToHtml(hostile)).not.toContain('"http://evil"')
  })
})

describe('shareUrl', () => {
  it.each([
    ['https://x.test/#/rankings?quarter=2022Q2&theme=projection', 'https://x.test/#/rankings?quarter=2022Q2'],
    [
      'https://x.test/app/#/rankings?theme=projection&districts=huangdao,jiaozhou&lang=en&dataset=demo',
      'https://x.test/app/#/rankings?districts=huangdao,jiaozhou&lang=en&dataset=demo',
    ],
    [
      'https://x.test/#/present?deck=arena&slide=3&timer=300&auto=1&fs=1',
      'https://x.test/#/present?deck=arena',
    ],
    ['https://x.test/#/news?theme=projection', 'https://x.test/#/news'],
    ['file:///d/leitai.html#/movement?from=2022Q1', 'file:///d/leitai.html#/movement?from=2022Q1'],
  ])('%s → %s', (from, to) => {
    expect(shareUrl(from)).toBe(to)
  })
  it('keeps what it is asked to keep', () => {
    expect(shareUrl('https://x/#/present?slide=3&theme=projection', ['theme'])).toBe(
      'https://x/#/present?theme=projection',
    )
  })
})
