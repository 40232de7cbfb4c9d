/** Files a clerk brings: .xlsx (one sheet per table, or one with a 板块 column), .csv, a saved web page. */
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { importNotice } from '../../../src/domain/import/build'
import { decodeText, parseCsv } from '../../../src/domain/import/sheets'
import type { QuarterFile } from '../../../src/domain/model/schema'
import { htmlToText, readImportFile } from '../../../src/lib/read-import-file'
import { loadDistricts, loadQuarter } from '../../fixtures/datasets'

const districts = loadDistricts('real')
const served = loadQuarter('real', 'quarters/2022Q2.json')
const name = (id: string) => districts.find((d) => d.id === id)?.name ?? id
const rowsOf = (f: QuarterFile, id: string) => {
  const s = f.sections.find((x) => x.id === id)
  return s?.table.status === 'published'
    ? s.table.rows.map((r) => [r.district, r.score, r.rank, r.stars])
    : null
}
const importText = (text: string) =>
  importNotice(text, { districts, dataset: 'real', quarter: '2022Q2', now: '2026-12-02T00:00:00Z' })

function workbook(sheets: Record<string, (string | number)[][]>): Uint8Array {
  const wb = XLSX.utils.book_new()
  for (const [n, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), n)
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
const sectionRows = (id: string) => {
  const s = served.sections.find((x) => x.id === id)
  return s?.table.status === 'published' ? s.table.rows : []
}

describe('spreadsheets', () => {
  it('one sheet per table: the sheet name is the caption (weight included)', async () => {
    const bytes = workbook({
      综合成绩: [
        ['位次', '区市', '得分'],
        ...served.composite.rows.map((r) => [r.rank ?? '', name(r.district), r.score ?? '']),
      ],
      '经济运行（权重60分）': [
        ['区市', '得分', '摘星'],
        ...sectionRows('economy').map((r) => [name(r.district), r.score, r.stars ?? '']),
      ],
      城市更新建设: [
        ['区市', '得分', '摘星'],
        ...sectionRows('urban').map((r) => [name(r.district), r.score, r.stars ?? '']),
      ],
    })
    const read = await readImportFile('2022Q2.xlsx', bytes)
    expect(read.input).toBe('xlsx')
    const r = importText(read.text)
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    const f = r.file as QuarterFile
    expect(rowsOf(f, 'economy')).toEqual(rowsOf(served, 'economy'))
    expect(rowsOf(f, 'urban')).toEqual(rowsOf(served, 'urban'))
    expect(f.sections.find((s) => s.id === 'economy')?.weight).toBe(60)
    expect(f.composite.rows.map((x) => [x.district, x.rank, x.score])).toEqual(
      served.composite.rows.map((x) => [x.district, x.rank, x.score]),
    )
  })

  it('one sheet with a 板块 column (blank cells carry the section down)', async () => {
    const rows: (string | number)[][] = [['板块', '区市', '得分', '星级']]
    for (const id of ['economy', 'urban'])
      sectionRows(id).forEach((r, i) => {
        rows.push([
          i === 0 ? (id === 'economy' ? '经济运行' : '城市更新建设') : '',
          name(r.district),
          r.score,
          r.stars ?? '',
        ])
      })
    const read = await readImportFile('q.xlsx', workbook({ Sheet1: rows }))
    const f = importText(read.text).file as QuarterFile
    expect(rowsOf(f, 'economy')).toEqual(rowsOf(served, 'economy'))
    expect(rowsOf(f, 'urban')).toEqual(rowsOf(served, 'urban'))
  })

  it('a CSV with a BOM and quoted cells, saved by Excel', async () => {
    const lines = [
      '板块,区市,得分,星级',
      ...sectionRows('economy').map(
        (r) => `"经济运行","${name(r.district)}",${r.score.toFixed(2)},${r.stars}`,
      ),
    ]
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lines.join('\r\n'))])
    const read = await readImportFile('q.csv', bytes)
    expect(read).toMatchObject({ input: 'csv', encoding: 'utf-8' })
    expect(rowsOf(importText(read.text).file as QuarterFile, 'economy')).toEqual(rowsOf(served, 'economy'))
  })
})

describe('text helpers', () => {
  it('parseCsv: quotes, doubled quotes, newlines in quotes, semicolons', () => {
    expect(parseCsv('a,"b,c"\n"say ""hi""",2\r\n"x\ny",3')).toEqual([
      ['a', 'b,c'],
      ['say "hi"', '2'],
      ['x\ny', '3'],
    ])
    expect(parseCsv('区市;得分\n黄岛区;90')).toEqual([
      ['区市', '得分'],
      ['黄岛区', '90'],
    ])
  })

  it('decodeText: UTF-8 with and without BOM, UTF-16LE, and GBK bytes that are not UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('黄岛区'))).toEqual({ text: '黄岛区', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xc4, 0x9e])).text).toBe('黄')
    // 黄岛区 in GBK
    expect(decodeText(new Uint8Array([0xbb, 0xc6, 0xb5, 0xba, 0xc7, 0xf8]))).toEqual({
      text: '黄岛区',
      encoding: 'gb18030',
    })
  })

  it('htmlToText: cells become tabs, blocks lines, scripts vanish, entities decode; markup is never kept', () => {
    const html =
      '<p>综合成绩</p><table><tr><th>位次</th><th>区市</th></tr><tr><td>1</td><td>黄岛区&nbsp;</td></tr></table><script>alert(1)</script><b>&lt;img&gt;</b>'
    expect(htmlToText(html)).toBe('综合成绩\n位次\t区市\n1\t黄岛区\n\n<img>')
  })
})
