/**
 * A file the clerk brings, as text for the notice parser: .xlsx/.xls/.ods through SheetJS (loaded
 * only when a workbook is read), .csv in whatever encoding Excel or WPS saved it, a saved web page
 * (.html) as its text with table cells tab-separated, anything else as text. Shared by the import
 * view and `npm run import`, so both read a file the same way.
 *
 * Example: await readImportFile('2024Q2.xlsx', bytes) → { text: '经济运行\n区市\t得分…', input: 'xlsx', … }
 */
import type { ImportInput } from '../domain/import/build'
import { decodeText, parseCsv, type Sheet, sheetsToText } from '../domain/import/sheets'

export type ImportFileText = { text: string; input: ImportInput; fileName: string; encoding: string | null }

const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ImportFileText> {
  if (WORKBOOK.test(fileName)) {
    const XLSX = await import('@e965/xlsx')
    const wb = XLSX.read(bytes, { type: 'array', cellDates: false })
    const sheets: Sheet[] = wb.SheetNames.map((name) => {
      const ws = wb.Sheets[name]
      // raw: false gives each cell as the sheet shows it (90.00, not 90), which is what was published.
      const rows = ws
        ? XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: false, defval: '', blankrows: true })
        : []
      return { name, rows: rows.map((r) => r.map((c) => String(c ?? ''))) }
    })
    return { text: sheetsToText(sheets), input: 'xlsx', fileName, encoding: null }
  }
  const { text, encoding } = decodeText(bytes)
  if (/\.csv$/i.test(fileName))
    return {
      text: sheetsToText([{ name: 'Sheet1', rows: parseCsv(text) }]),
      input: 'csv',
      fileName,
      encoding,
    }
  if (/\.html?$/i.test(fileName)) return { text: htmlToText(text), input: 'text', fileName, encoding }
  return { text, input: 'text', fileName, encoding }
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
}

/**
 * A saved web page as the text a browser's copy would give: block ends become line breaks, table
 * cells tabs, scripts and styles vanish, entities are decoded. It is read as text, never rendered.
 * Example: htmlToText('<tr><td>1</td><td>黄岛区</td></tr>') → '1\t黄岛区'
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/t[dh]>\s*/gi, '\t')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h[1-6]|table|section|article)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m
      }
      return ENTITIES[e.toLowerCase()] ?? m
    })
    .replace(/\t+\n/g, '\n')
    .replace(/[ \t]*\n[ \t]*\n\s*/g, '\n\n')
    .trim()
}
