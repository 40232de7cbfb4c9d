/**
 * A grid as CSV for Excel and WPS on Chinese Windows: UTF-8 with a byte-order mark (without it they
 * read the file as GBK and garble every name), CRLF line ends, every field quoted.
 *
 * Formula injection: a text cell that begins with = + - @ (or a tab / carriage return) would be run
 * as a formula by a spreadsheet, so it gets a leading apostrophe (the OWASP advice): "=1+1" → "'=1+1".
 * Number cells are written as plain ASCII decimals ("-2", "54.96"), which a spreadsheet reads as
 * numbers and never as a formula, so a real negative number stays a number. A derived number says so
 * in the cell ("7（推算）"): CSV has no other place for the mark. 未公布 stays the word.
 *
 * Layout (the same as the Excel sheet): title, the title block (label, value), a blank line, the
 * header, the rows, a blank line, the notes.
 * Example: gridToCsv(grid).startsWith('\uFEFF"2022年二季度 · 经济运行"\r\n') → true
 */
import type { Grid, GridCell } from '../../domain/export/grid'

const RISKY = /^[=+\-@\t\r]/

/** A text that a spreadsheet would not run. Example: neutralise('=SUM(A1)') → "'=SUM(A1)"; neutralise('黄岛区') → '黄岛区' */
export function neutralise(text: string): string {
  return RISKY.test(text) ? `'${text}` : text
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`

/** A cell's CSV text (before quoting). */
export function csvText(cell: GridCell, derivedMark: string): string {
  switch (cell.kind) {
    case 'number':
      return cell.value.toFixed(cell.digits)
    case 'derived':
      return `${cell.value.toFixed(cell.digits)}${derivedMark}`
    case 'missing':
    case 'text':
      return neutralise(cell.display)
  }
}

export function gridToCsv(grid: Grid, derivedMark: string): string {
  const text = (xs: string[]) => xs.map(neutralise)
  const lines: string[][] = [
    text([grid.title]),
    ...grid.meta.map((m) => text([m.label, m.value])),
    [],
    text(grid.header),
    ...grid.rows.map((row) => row.map((c) => csvText(c, derivedMark))),
    [],
    ...grid.notes.map((n) => text([n])),
  ]
  return `\uFEFF${lines.map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`
}
