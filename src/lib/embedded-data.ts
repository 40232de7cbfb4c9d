/**
 * The offline single-file build carries its data as one JSON block in the HTML instead of fetching
 * `data/` (a page opened from file:// cannot fetch), and not compiled into the JS, so a copy of the page
 * can be rewritten with other data without rebuilding the app:
 *
 *   <script type="application/json" id="leitai-data">{"manifest":{…},"files":{"real/districts.json":"[…]",…}}</script>
 *
 * `files` maps each manifest path (relative to the data folder) to the file's text exactly as on disk,
 * so the app validates the same text whether it was served or embedded. Pure functions over a Document
 * or an HTML string; the Vite build (vite.config.ts) and, later, the app's "save an offline copy" use
 * `embedDataBlock`, the app's data loading (data-files.ts) uses `readEmbeddedData`.
 */
// With its extension, and from the dependency-free module rather than validate.ts: vite.config.ts imports this
// file, and Vite's native config loader (its future default) takes only imports it can resolve as written.
import { DataFileError } from '../domain/model/data-file-error.ts'

export const EMBEDDED_DATA_ID = 'leitai-data'
/** How errors name a broken block: where it is, since there is no file to point at. */
const EMBEDDED_DATA_NAME = `index.html#${EMBEDDED_DATA_ID}`

export type EmbeddedData = {
  /** The manifest object (validated by the caller, at the same boundary as a served manifest). */
  manifest: unknown
  /** Manifest path → file text, e.g. { 'real/quarters/2022Q2.json': '{\n  "quarter": "2022Q2", …' } */
  files: Record<string, string>
}

/**
 * The block's element text. `<` is written as \u003c (valid JSON, same string after parsing), so no file
 * text can close the script element early (`</script>`) or open a comment (`<!--`) inside it.
 * Example: dataBlockJson({ manifest: {}, files: { a: '</script>' } }) → '{"manifest":{},"files":{"a":"\u003c/script>"}}'
 */
export function dataBlockJson(data: EmbeddedData): string {
  return JSON.stringify({ manifest: data.manifest, files: data.files }).replace(/</g, '\\u003c')
}

// '<' spelled out of a char code: this module ends up in the app's JS, which the offline build inlines into the
// page; a literal '<script … id="leitai-data">' in that code would look like a data block to BLOCK_RE when the
// app rewrites its own page. Minifiers fold '<' + 'script' back into one literal, but not String.fromCharCode.
const LT = String.fromCharCode(60)

/** The whole `<script type="application/json" id="leitai-data">…</script>` element. */
export function dataBlockElement(data: EmbeddedData): string {
  return `${LT}script type="application/json" id="${EMBEDDED_DATA_ID}">${dataBlockJson(data)}${LT}/script>`
}

// Any script element with id="leitai-data" (attributes in any order, any quotes). Its content cannot hold
// '</script' (every '<' in it is escaped), so the first closing tag after it is its own.
const BLOCK_RE = new RegExp(
  `${LT}script\\b[^>]*\\sid\\s*=\\s*["']?${EMBEDDED_DATA_ID}["']?[^>]*>[\\s\\S]*?${LT}\\/script\\s*>`,
  'i',
)

/** Index of the last match of `re` (global) in `text`, or -1. */
function lastIndexOf(text: string, re: RegExp): number {
  let at = -1
  for (const m of text.matchAll(re)) at = m.index
  return at
}

/**
 * `html` with the data block replaced by one carrying `data`, or inserted before the last `</head>` when
 * there is none (after `<meta charset>`, which must come within the first 1024 bytes; module scripts run
 * after parsing, so the block is in the DOM before the app reads it; the last one, because an inlined
 * script in the head comes before it). Without a head: before the last `</body>`, else appended.
 * Example: embedDataBlock('<html><head></head><body></body></html>', data)
 *   → '<html><head><script type="application/json" id="leitai-data">{…}</script>\n</head><body></body></html>'
 */
export function embedDataBlock(html: string, data: EmbeddedData): string {
  const block = dataBlockElement(data)
  // Function replacers: a string replacement would expand `$&`, `$1`, … that a file text may contain.
  if (BLOCK_RE.test(html)) return html.replace(BLOCK_RE, () => block)
  for (const closing of [/<\/head\s*>/gi, /<\/body\s*>/gi]) {
    const at = lastIndexOf(html, closing)
    if (at >= 0) return `${html.slice(0, at)}${block}\n${html.slice(at)}`
  }
  return `${html}\n${block}\n`
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string')

/**
 * The data block of `doc`, or null when the page has none (a served deployment: fetch `data/` instead).
 * A block that is there but broken is a DataFileError naming it, not a silent fall back to fetching.
 */
export function readEmbeddedData(doc: Pick<Document, 'getElementById'>): EmbeddedData | null {
  const element = doc.getElementById(EMBEDDED_DATA_ID)
  if (!element) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(element.textContent ?? '')
  } catch (e) {
    throw new DataFileError(EMBEDDED_DATA_NAME, [
      { kind: 'malformed-json', path: '', message: `JSON 格式错误：${(e as Error).message}` },
    ])
  }
  const block = parsed as Partial<EmbeddedData> | null
  if (typeof block !== 'object' || block === null || !('manifest' in block))
    throw new DataFileError(EMBEDDED_DATA_NAME, [{ kind: 'schema', path: 'manifest', message: '缺少清单' }])
  if (!isStringRecord(block.files))
    throw new DataFileError(EMBEDDED_DATA_NAME, [
      { kind: 'schema', path: 'files', message: '应为“路径 → 文件文本”的对象' },
    ])
  return { manifest: block.manifest, files: block.files }
}
