/**
 * Spreadsheets and CSV files as the notice parser reads them: each sheet becomes a caption line
 * (its name) and its rows as tab-separated lines, so a workbook with one sheet per table, or one
 * sheet with a 板块 column, goes through the same parser as pasted cells.
 */

export type Sheet = { name: string; rows: string[][] }

/** Sheet names a program gives by default; they name no table. */
const DEFAULT_SHEET = /^(sheet|工作表|页)\s*\d*$/i

/** Example: sheetsToText([{ name: '经济运行', rows: [['区市','得分'],['黄岛区','54.96']] }]) → '经济运行\n区市\t得分\n黄岛区\t54.96' */
export function sheetsToText(sheets: readonly Sheet[]): string {
  const blocks = sheets
    .map((s) => {
      const rows = s.rows.map((r) =>
        r
          .map((c) => c.replace(/[\t\r\n]+/g, ' ').trim())
          .join('\t')
          .replace(/\t+$/, ''),
      )
      while (rows.length && !rows[rows.length - 1]) rows.pop()
      if (!rows.length) return null
      return DEFAULT_SHEET.test(s.name.trim()) ? rows.join('\n') : `${s.name.trim()}\n${rows.join('\n')}`
    })
    .filter((b): b is string => b !== null)
  return blocks.join('\n\n')
}

/**
 * RFC 4180 CSV (quotes, doubled quotes, newlines inside quotes); the separator is a comma, or a
 * semicolon / tab where the first line has more of those. Example: parseCsv('a,"b,c"\n1,2') → [['a','b,c'],['1','2']]
 */
export function parseCsv(text: string): string[][] {
  const first = text.split(/\r?\n/, 1)[0] ?? ''
  const count = (ch: string) => first.split(ch).length - 1
  const sep = count('\t') > count(',') ? '\t' : count(';') > count(',') ? ';' : ','
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === sep) {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/**
 * Text of a file as a clerk's machine saved it: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * or else GB18030/GBK (what Excel and WPS write for "CSV" on Chinese Windows).
 * Example: decodeText(new Uint8Array([0xef,0xbb,0xbf,0x61])) → { text: 'a', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' }
  }
}
