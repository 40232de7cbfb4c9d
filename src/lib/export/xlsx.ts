/**
 * A grid as an Excel workbook (SheetJS, `@e965/xlsx`), the same layout as the CSV: title, the title
 * block, the header, the rows, the notes, on one sheet; the demo mark is in the title and the sheet
 * name. Numbers are numbers with their decimals as a number format ("0.00" for scores), so a sum or
 * a chart works; a derived number is a number too, shown with "（推算）" by its format and a comment;
 * 未公布 is the word, as a text cell. Every cell is a typed value (t 's' or 'n'), never a formula, so a
 * text that looks like one ("=1+1") stays text.
 *
 * This module is loaded with `import()` on the first Excel download (SheetJS is ~140 kB gzip).
 * Example: const bytes = await gridToXlsx(grid, '（推算）', '表格')
 */
import * as XLSX from '@e965/xlsx'
import type { Grid, GridCell } from '../../domain/export/grid'

/**
 * The cell's number format: its decimals, a sign for a change (+2; −1; 0), and for a derived figure the
 * mark as part of the format, so the cell stays a number and still reads 7（推算）.
 * Example: numFmt(2, false, '') → '0.00'; numFmt(0, true, '（推算）') → '+0"（推算）";-0"（推算）";0"（推算）"'
 */
function numFmt(digits: number, signed: boolean, mark: string): string {
  const base = digits > 0 ? `0.${'0'.repeat(digits)}` : '0'
  const m = mark ? `"${mark.replace(/"/g, '')}"` : ''
  return signed ? `+${base}${m};-${base}${m};${base}${m}` : `${base}${m}`
}

function cellOf(cell: GridCell, derivedMark: string): XLSX.CellObject {
  switch (cell.kind) {
    case 'number':
      return { t: 'n', v: cell.value, z: numFmt(cell.digits, cell.signed === true, '') }
    case 'derived':
      return { t: 'n', v: cell.value, z: numFmt(cell.digits, cell.signed === true, derivedMark) }
    case 'missing':
    case 'text':
      return { t: 's', v: cell.display }
  }
}

const text = (v: string): XLSX.CellObject => ({ t: 's', v })

/** The grid as one sheet. */
function gridToSheet(grid: Grid, derivedMark: string): XLSX.WorkSheet {
  const rows: XLSX.CellObject[][] = [
    [text(grid.title)],
    ...grid.meta.map((m) => [text(m.label), text(m.value)]),
    [],
    grid.header.map(text),
    ...grid.rows.map((r) => r.map((c) => cellOf(c, derivedMark))),
    [],
    ...grid.notes.map((n) => [text(n)]),
  ]
  const ws: XLSX.WorkSheet = {}
  let width = 1
  rows.forEach((row, r) => {
    width = Math.max(width, row.length)
    row.forEach((c, col) => {
      ws[XLSX.utils.encode_cell({ r, c: col })] = c
    })
  })
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: width - 1 } })
  // Widths from the longest header or cell (CJK characters count double).
  const len = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  ws['!cols'] = Array.from({ length: width }, (_, c) => ({
    wch: Math.min(
      60,
      Math.max(6, len(grid.header[c] ?? ''), ...grid.rows.map((r) => len(r[c]?.display ?? ''))) + 2,
    ),
  }))
  return ws
}

export function gridToXlsx(grid: Grid, derivedMark: string, sheetName: string): Uint8Array {
  const wb = XLSX.utils.book_new()
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const name = `${sheetName}${grid.demo ? ' DEMO' : ''}`.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31)
  XLSX.utils.book_append_sheet(wb, gridToSheet(grid, derivedMark), name)
  wb.Props = { Title: grid.title, Author: 'Leitai 擂台' }
  return XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as Uint8Array
}
