/**
 * The text layer of the importer: lines, a position-preserving normalisation and cells with their
 * columns. Every later step works on these, so a problem found anywhere can name its line and column
 * in the text as the clerk pasted it.
 */

/** One line of the input. `no` is 1-based; `norm` has the same length as `text` (see normalise). */
export type Line = { no: number; text: string; norm: string }

/** One cell of a line: its text (trimmed) and the 1-based column where it starts. */
export type Cell = { text: string; col: number }

/**
 * Maps full-width ASCII (ＡＢ１２．：) to ASCII and the ideographic and no-break spaces to a plain
 * space, one character for one character, so columns in `norm` are columns in the original.
 * Example: normalise('９０．００分') → '90.00分'
 */
function normalise(text: string): string {
  let out = ''
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0)
    else if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x200b) out += ' '
    else out += ch
  }
  // Astral characters are two UTF-16 units; keep the lengths equal by construction above.
  return out
}

/** Example: toLines('a\r\nb') → [{no:1,text:'a',…},{no:2,text:'b',…}] */
export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ no: i + 1, text: t, norm: normalise(t) }))
}

/**
 * Splits a line into cells. Tabs are the cell separator of pasted tables and keep empty cells
 * (a section table's continuation rows start with an empty caption cell); a line without tabs is
 * split on runs of spaces (web copies where the tabs became spaces, full-width or not).
 * Example: cells('1\t黄岛区\t90.00') → [{text:'1',col:1},{text:'黄岛区',col:3},{text:'90.00',col:7}]
 */
export function cells(line: Line): Cell[] {
  const s = line.norm
  const sep = s.includes('\t') ? /\t/g : / +/g
  const out: Cell[] = []
  let start = 0
  const push = (from: number, to: number) => {
    const raw = s.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    out.push({ text: raw.trim(), col: from + lead + 1 })
  }
  for (const m of s.matchAll(sep)) {
    push(start, m.index)
    start = m.index + m[0].length
  }
  push(start, s.length)
  // Space splitting: leading/trailing blanks are not cells. Tab splitting keeps empties inside.
  if (sep.source === ' +') return out.filter((c) => c.text !== '')
  while (out.length && out[out.length - 1]?.text === '') out.pop()
  return out
}

const HAN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/**
 * A small whole number written in digits or Chinese (up to 99).
 * Example: wholeNumber('2') → 2, wholeNumber('两') → 2, wholeNumber('十二') → 12, wholeNumber('x') → null
 */
export function wholeNumber(s: string): number | null {
  const t = s.trim()
  if (/^\d+$/.test(t)) return Number(t)
  if (!/^[零〇一二两三四五六七八九十]+$/.test(t)) return null
  if (t === '十') return 10
  const ten = t.indexOf('十')
  if (ten < 0) return t.length === 1 ? (HAN_DIGITS[t] ?? null) : null
  const tens = ten === 0 ? 1 : (HAN_DIGITS[t.slice(0, ten)] ?? Number.NaN)
  const ones = ten === t.length - 1 ? 0 : (HAN_DIGITS[t.slice(ten + 1)] ?? Number.NaN)
  const n = tens * 10 + ones
  return Number.isFinite(n) ? n : null
}
