/**
 * Reads a published 摘星夺旗 notice (pasted text, cells from Excel/WPS, or sheets rendered as
 * tab-separated lines) into its parts, each with the line it came from. Nothing is guessed: what
 * the text does not say stays absent, and every rule cross-check is a warning, never a fix.
 *
 * The steps: find the notice inside the page (from its title or "现将考核结果…如下" to the signature
 * block, so page chrome and other stories are never read), then walk its lines: headings set the
 * context (综合成绩 / 单项板块), captions name the next table, header rows give column roles, rows
 * are lines with a district cell and a value, and prose lines give flags, movements, bonus items,
 * commendations and "…如下：" introductions that no rows follow (tables published as images).
 *
 * Example: parseNotice(text, { districts }).tables[0] → { kind: 'composite', rows: [{ district: 'huangdao', rank: 1, score: 90, … }, …] }
 */
import type { FlagId, SectionId } from '../model/ids'
import { parseQuarter, previousQuarter, type QuarterId } from '../model/quarter'
import type { District } from '../model/schema'
import { starsForRank } from '../rules/stars'
import { competitionRanks, rankOrderConflict } from '../rules/tie-rule'
import { type Cell, cells, type Line, toLines, wholeNumber } from './text'
import {
  type DistrictMatcher,
  districtMatcher,
  flagOf,
  type HeaderRole,
  headerRole,
  isCompositeCaption,
  sectionAt,
} from './vocabulary'

export type ProblemCode =
  | 'no-quarter'
  | 'quarter-differs'
  | 'nothing-found'
  | 'unknown-district'
  | 'duplicate-district'
  | 'score-out-of-range'
  | 'missing-score'
  | 'stars-out-of-range'
  | 'rank-order'
  | 'too-few-rows'
  | 'partial-composite'
  | 'unnamed-section'
  | 'duplicate-table'
  | 'stars-rule'
  | 'flag-rule-top'
  | 'flag-rule-rise'
  | 'flag-missing-top'
  | 'invalid-file'

/** A problem at a place in the input: line and column 1-based, `length` characters long. */
export type ImportProblem = {
  severity: 'error' | 'warning'
  code: ProblemCode
  line: number
  col: number
  length: number
  /** Facts for the message (district ids, numbers, names); the UI and the CLI word them. */
  params: Record<string, string | number>
}

export type TableKind = 'composite' | SectionId

export type ParsedRow = {
  district: string
  line: number
  col: number
  rank: number | null
  /** The table printed no rank; `rank` is the competition rank of the score. */
  rankDerived: boolean
  score: number | null
  stars: number | null
}

export type ParsedTable = {
  kind: TableKind
  /** First line of the table (its header, or its first row). */
  line: number
  captionLine: number | null
  weight: number | null
  indicators: string | null
  indicatorCount: number | null
  rows: ParsedRow[]
}

export type ParsedFlag = {
  flag: FlagId
  districts: string[]
  reason: string
  quote: string
  line: number
  col: number
}

export type ParsedMovement = {
  district: string
  placesUp: number
  atLeast: boolean
  vs: QuarterId
  quote: string
  line: number
  col: number
}

export type NoticeParse = {
  quarter: QuarterId | null
  quarterLine: number | null
  /** The quarter as the text names it (null where it names none). */
  quarterInText: QuarterId | null
  title: string | null
  issuer: string | null
  published: string | null
  basis: string | null
  /** First and last line read as the notice (1-based, inclusive). */
  region: { from: number; to: number }
  tables: ParsedTable[]
  /** "…如下：" with no rows after it: the table was published as an image. */
  imageTables: { kind: 'composite' | 'sections'; line: number }[]
  /** Sections the notice lists ("包括经济运行、项目签约落地、城市更新建设3个板块"). */
  namedSections: SectionId[]
  flags: ParsedFlag[]
  movements: ParsedMovement[]
  bonusItems: string[]
  commendations: { districts: string[]; text: string; line: number }[]
  problems: ImportProblem[]
}

export type ParseOptions = {
  districts: readonly District[]
  /** The quarter chosen by the clerk; wins over the text (with a warning where they differ). */
  quarter?: QuarterId
}

const QUARTER_NAMES: Record<string, 1 | 2 | 3 | 4> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
}

const DATE_LINE = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/
const ISSUER_LINE = /^[\p{Script=Han}（）()、·]{4,40}(委员会|领导小组|办公室|办公厅|指挥部)$/u
const NUMBER = /^(-?\d+(?:\.\d+)?)\s*分?$/
const STAR_GLYPHS = /^[★☆✩✭✮⭐]+$/u
const STAR_WORD = /^(\d+|[一二两三四五六七八九十]+)\s*颗?\s*星$/
const RANK_CELL = /^(?:并列)?\s*第?\s*(\d+)\s*(?:名|位)?$/

const pad2 = (n: string) => n.padStart(2, '0')

/** A real calendar date or null. Example: isoDate('2022','7','26') → '2022-07-26'; ('2022','2','30') → null */
function isoDate(y: string, m: string, d: string): string | null {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null
  return `${y}-${pad2(m)}-${pad2(d)}`
}

type CellValue =
  | { kind: 'stars'; value: number; cell: Cell }
  | { kind: 'number'; value: number; decimal: boolean; cell: Cell }
  | { kind: 'rank'; value: number; cell: Cell }
  | { kind: 'text'; cell: Cell }
  | { kind: 'empty'; cell: Cell }

function classify(cell: Cell): CellValue {
  const t = cell.text
  if (!t) return { kind: 'empty', cell }
  if (STAR_GLYPHS.test(t))
    return { kind: 'stars', value: [...t].filter((c) => c === '★' || c === '⭐').length, cell }
  const sw = t.match(STAR_WORD)
  if (sw?.[1]) {
    const n = wholeNumber(sw[1])
    if (n !== null) return { kind: 'stars', value: n, cell }
  }
  const num = t.match(NUMBER)
  if (num?.[1])
    return { kind: 'number', value: Number(num[1]), decimal: num[1].includes('.') || t.endsWith('分'), cell }
  const rk = t.match(RANK_CELL)
  if (rk?.[1]) return { kind: 'rank', value: Number(rk[1]), cell }
  return { kind: 'text', cell }
}

type Header = { roles: (HeaderRole | null)[]; line: number; tabbed: boolean }

function readHeader(line: Line, cs: Cell[], matcher: DistrictMatcher): Header | null {
  if (cs.length < 2 || cs.some((c) => matcher.cell(c.text))) return null
  const roles = cs.map((c) => headerRole(c.text))
  const known = roles.filter((r) => r && r !== 'other')
  if (known.length < 2 || !roles.includes('district')) return null
  // Most cells must be header words (a prose line never passes as a header); the rest are columns the
  // importer does not read (e.g. 备注), kept as 'other' so the columns still line up.
  const unknown = cs.filter((c, i) => c.text && roles[i] === null).length
  if (unknown * 2 >= cs.filter((c) => c.text).length) return null
  return { roles: roles.map((r) => r ?? 'other'), line: line.no, tabbed: line.norm.includes('\t') }
}

type RowRead = {
  district: string
  districtCell: Cell
  caption: string | null
  captionCol: number
  /** The value of the row's 板块 column, where the header has one (sheets with one 板块 column). */
  sectionCell: string | null
  rank: CellValue | null
  score: CellValue | null
  stars: CellValue | null
}

/**
 * Tables copied from some pages (phone browsers, WeChat articles) arrive one cell per line:
 * 位次 / 区市 / 得分 / 1 / 黄岛区 / 90.00 / 2 / …. A run of header words (one per line, a district
 * column among them) starts such a table; its cells become one tab-separated line per district, at the
 * district's line number, so the rest of the parser reads it like a pasted table.
 */
function collapseVerticalTables(lines: readonly Line[], matcher: DistrictMatcher): Line[] {
  const single = (l: Line) => {
    const t = l.norm.trim()
    return t !== '' && !t.includes('\t') && cells(l).length === 1 ? t : null
  }
  const isValue = (t: string) => {
    const v = classify({ text: t, col: 1 }).kind
    return v === 'number' || v === 'stars' || v === 'rank'
  }
  const out: Line[] = []
  let i = 0
  while (i < lines.length) {
    const roles: HeaderRole[] = []
    let j = i
    for (; j < lines.length; j++) {
      const t = single(lines[j] as Line)
      const r = t ? headerRole(t) : null
      if (!r) break
      roles.push(r)
    }
    const di = roles.indexOf('district')
    if (roles.length < 2 || di < 0) {
      out.push(lines[i] as Line)
      i++
      continue
    }
    const valueRoles = roles.filter((r) => r !== 'section')
    const before = valueRoles.indexOf('district')
    const after = valueRoles.length - before - 1
    const hasSection = roles.includes('section')
    // The cells: values, districts and (before a district) a caption; blank lines between cells are skipped.
    const items: { line: Line; text: string; kind: 'value' | 'district' | 'caption' }[] = []
    let k = j
    for (; k < lines.length; k++) {
      const l = lines[k] as Line
      if (!l.norm.trim()) continue
      const t = single(l)
      if (!t) break
      if (matcher.cell(t)) items.push({ line: l, text: t, kind: 'district' })
      else if (isValue(t)) items.push({ line: l, text: t, kind: 'value' })
      else if (sectionAt(t) && t.length < 160) items.push({ line: l, text: t, kind: 'caption' })
      else break
    }
    if (!items.some((x) => x.kind === 'district')) {
      out.push(lines[i] as Line)
      i++
      continue
    }
    const first = lines[i] as Line
    const headerText = roles
      .map(
        (r) =>
          ({ rank: '位次', district: '区市', score: '得分', stars: '摘星', section: '板块', other: '其他' })[
            r
          ],
      )
      .join('\t')
    out.push({ no: first.no, text: headerText, norm: headerText })
    const values = items.filter((x) => x.kind !== 'caption')
    values.forEach((x, idx) => {
      if (x.kind !== 'district') return
      const row = values
        .slice(Math.max(0, idx - before), idx + after + 1)
        .filter((c) => c === x || c.kind === 'value')
      const at = items.indexOf(x)
      const caption = items
        .slice(0, at)
        .reverse()
        .find((c, n, rest) => c.kind === 'caption' && !rest.slice(0, n).some((d) => d.kind === 'district'))
      const cellsText = row.map((c) => c.text)
      const text = hasSection ? [caption?.text ?? '', ...cellsText].join('\t') : cellsText.join('\t')
      out.push({ no: x.line.no, text, norm: text })
    })
    out.push({ no: (lines[k - 1] as Line).no, text: '', norm: '' })
    i = k
  }
  return out
}

/** A cell ending in a district name right after a closing bracket, split in two. */
function gluedDistrict(cell: Cell, matcher: DistrictMatcher): [Cell, Cell] | null {
  const m = cell.text.match(/^(.*[)）])\s*(\p{Script=Han}{2,8})$/u)
  if (!m?.[1] || !m[2] || !matcher.cell(m[2])) return null
  const at = cell.text.length - m[2].length
  return [
    { text: m[1], col: cell.col },
    { text: m[2], col: cell.col + at },
  ]
}

/**
 * Reads one row: the district cell, then rank / score / stars by the header's columns where the
 * row lines up with it (tab-separated), else by the order of the header's value columns, else by
 * the look of each cell (★ or 9星 are stars, a decimal or 分 is a score, an integer before the
 * district is a rank).
 */
function readRow(
  cs: Cell[],
  header: Header | null,
  matcher: DistrictMatcher,
  inSections: boolean,
): RowRead | null {
  let di = cs.findIndex((c) => matcher.cell(c.text) !== null)
  if (di < 0) {
    // A copy that lost the gap after the caption: "经济运行（…权重60分）黄岛区" is the caption and the district.
    const glued = cs.findIndex((c) => gluedDistrict(c, matcher) !== null)
    if (glued < 0) return null
    const [caption, district] = gluedDistrict(cs[glued] as Cell, matcher) as [Cell, Cell]
    cs = [...cs.slice(0, glued), caption, district, ...cs.slice(glued + 1)]
    di = glued + 1
  }
  const districtCell = cs[di] as Cell
  const district = matcher.cell(districtCell.text) as string
  const values = cs.map(classify)
  const read: RowRead = {
    district,
    districtCell,
    caption: null,
    captionCol: 0,
    sectionCell: null,
    rank: null,
    score: null,
    stars: null,
  }
  const before = values.slice(0, di)
  const captionCells = before.filter((v) => v.kind === 'text')
  if (captionCells.length) {
    read.caption = captionCells.map((v) => v.cell.text).join(' ')
    read.captionCol = captionCells[0]?.cell.col ?? 0
  }
  const assign = (role: HeaderRole | null | undefined, v: CellValue) => {
    if (v.kind === 'empty') return
    if (role === 'rank' && (v.kind === 'rank' || v.kind === 'number')) read.rank ??= v
    else if (role === 'score' && v.kind === 'number') read.score ??= v
    else if (role === 'stars' && (v.kind === 'stars' || v.kind === 'number' || v.kind === 'rank'))
      read.stars ??= v
    else if (role === 'section' && v.kind === 'text') read.sectionCell = v.cell.text
  }
  // 1. Columns line up with a tab-separated header.
  if (header?.tabbed && cs.length <= header.roles.length && header.roles[di] === 'district') {
    values.forEach((v, i) => {
      if (i !== di) assign(header.roles[i], v)
    })
    if (read.score || read.stars || read.rank) return read
  }
  // 2. The header's columns (other than district and section) in order, matched to the row's cells in
  // order (other than the district and a caption before it), where the counts agree.
  if (header) {
    const valueCells = values.filter(
      (v, i) => i !== di && v.kind !== 'empty' && !(v.kind === 'text' && i < di),
    )
    const valueRoles = header.roles.filter((r) => r !== 'district' && r !== 'section')
    if (valueRoles.length === valueCells.length) {
      valueCells.forEach((v, i) => {
        assign(valueRoles[i], v)
      })
      if (read.score || read.stars || read.rank) return read
    }
  }
  // 3. By the look of each cell.
  for (const v of before) if ((v.kind === 'rank' || v.kind === 'number') && !read.rank) read.rank = v
  for (const v of values.slice(di + 1)) {
    if (v.kind === 'stars') read.stars ??= v
    else if (v.kind === 'number' && !read.score) read.score = v
    else if ((v.kind === 'number' || v.kind === 'rank') && !v.cell.text.includes('.')) {
      if (inSections && !read.stars && v.value <= 20) read.stars = v
      else read.rank ??= v
    }
  }
  return read.score || read.stars || read.rank ? read : null
}

/** The weight, indicator text and count a caption states. Example: '经济运行 (考核…等12项指标,权重60分)' → 60, '…等12项指标', 12 */
function captionDetails(caption: string, nameEnd: number) {
  const rest = caption.slice(nameEnd)
  const weight = rest.match(/(?:权重|满分|分值)\s*[:：为]?\s*(\d+(?:\.\d+)?)\s*分/)
  const count = rest.match(/(\d+)\s*项(?:指标)?/)
  const inner = rest.match(/[（(](.*)[)）]\s*$/)?.[1] ?? ''
  const indicators = inner
    .split(/[,，;；]/)
    .map((p) => p.trim())
    .filter((p) => p && !/(权重|满分|分值)/.test(p))
    .join('，')
    .replace(/^考核/, '')
    .replace(/</g, '（')
    .replace(/>/g, '）')
  return {
    weight: weight?.[1] ? Number(weight[1]) : null,
    indicatorCount: count?.[1] ? Number(count[1]) : null,
    indicators: indicators || null,
  }
}

function quarterOf(year: number, q: 1 | 2 | 3 | 4): QuarterId {
  return `${year}Q${q}` as QuarterId
}

/** The quarter a notice names. Prefers a line about 摘星夺旗 / 考核, then any line. */
function findQuarter(
  lines: readonly Line[],
  published: string | null,
): { quarter: QuarterId; line: number } | null {
  const full = /(\d{4})\s*年\s*(?:度\s*)?(?:第\s*)?([一二三四1-4])\s*季度/
  const bare = /(?:^|[^\d年])(?:第\s*)?([一二三四])\s*季度/
  const ranked = [
    ...lines.filter((l) => /摘星夺旗|考核/.test(l.norm)),
    ...lines.filter((l) => !/摘星夺旗|考核/.test(l.norm)),
  ]
  for (const l of ranked) {
    const m = l.norm.match(full)
    // A plausible year only: a mangled "0023年" names no quarter.
    if (m?.[1] && m[2] && Number(m[1]) >= 1990 && Number(m[1]) <= 2099)
      return { quarter: quarterOf(Number(m[1]), QUARTER_NAMES[m[2]] as 1), line: l.no }
  }
  if (!published || Number(published.slice(0, 4)) < 1990) return null
  const [py, pm] = published.split('-').map(Number) as [number, number]
  for (const l of ranked) {
    const m = l.norm.match(bare)
    if (!m?.[1] || !/摘星夺旗|考核/.test(l.norm)) continue
    const q = QUARTER_NAMES[m[1]] as 1 | 2 | 3 | 4
    // Results are announced after the quarter: a 四季度 notice published in the spring is last year's.
    const year = q * 3 > pm + 1 ? py - 1 : py
    return { quarter: quarterOf(year, q), line: l.no }
  }
  return null
}

/** The quarter a movement compares with. Example: ('2022Q2', '一') → '2022Q1'; ('2023Q1', '四') → '2022Q4' */
function vsQuarter(current: QuarterId, named: string | undefined): QuarterId {
  const q = named ? QUARTER_NAMES[named.replace('第', '')] : undefined
  if (!q) return previousQuarter(current)
  const { year, q: cq } = parseQuarter(current)
  return quarterOf(q < cq ? year : year - 1, q)
}

const MOVE_WITH_VS =
  /较\s*(上|第?[一二三四])?\s*(?:个)?\s*季度\s*末?\s*(上升|提升|前进|进位|提高|下降|后退|下滑)了?\s*(\d+|[一二两三四五六七八九十]+)\s*个?\s*(及以上|以上)?\s*个?\s*(?:位次|位|名)/g
const MOVE_BARE =
  /(上升|提升|前进|进位|提高|下降|后退|下滑)了?\s*(\d+|[一二两三四五六七八九十]+)\s*个\s*(及以上|以上)?\s*(?:位次|名次|位)/g
const RESPECTIVELY =
  /(?:较\s*(上|第?[一二三四])?\s*(?:个)?\s*季度\s*末?\s*)?分别\s*(上升|提升|前进|进位|提高|下降|后退|下滑)了?\s*((?:(?:\d+|[一二两三四五六七八九十]+)\s*个?\s*(?:位次|位|名)?\s*[、，,和及]\s*)+(?:\d+|[一二两三四五六七八九十]+))\s*个?\s*(及以上|以上)?\s*(?:位次|位|名)/
const FLAG_SENTENCE = /[,，]?\s*(?:夺得|获得|摘得|荣获)\s*[“"「『]([^”"」』]+)[”"」』]\s*(?:流动)?红旗/g

/** Finds the notice inside a page: from its title / "现将考核结果…如下" to its signature block. */
function findRegion(lines: readonly Line[], matcher: DistrictMatcher) {
  const isRow = (l: Line) => {
    const cs = cells(l)
    return (
      cs.length >= 2 &&
      cs.some((c) => matcher.cell(c.text)) &&
      cs.some((c) => NUMBER.test(c.text) || STAR_GLYPHS.test(c.text))
    )
  }
  const firstRow = lines.findIndex(isRow)
  const signatureAt = (from: number) => {
    for (let i = Math.max(0, from); i < lines.length; i++) {
      const l = lines[i] as Line
      if (!ISSUER_LINE.test(l.norm.trim())) continue
      for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
        const m = (lines[j] as Line).norm.match(DATE_LINE)
        if (m?.[1] && m[2] && m[3]) return { issuerAt: i, dateAt: j, date: isoDate(m[1], m[2], m[3]) }
        if ((lines[j] as Line).norm.trim()) break
      }
    }
    return null
  }
  const limit = firstRow >= 0 ? firstRow : (signatureAt(0)?.issuerAt ?? lines.length)
  let start = 0
  for (let i = 0; i < limit; i++) if (/考核结果|考核情况/.test((lines[i] as Line).norm)) start = i
  // The title usually stands just above "现将考核结果公布如下".
  for (let i = start - 1; i >= Math.max(0, start - 4); i--)
    if (/摘星夺旗/.test((lines[i] as Line).norm) && /考核/.test((lines[i] as Line).norm)) start = i
  const sig = signatureAt(Math.max(start, firstRow))
  return { start, end: sig ? sig.issuerAt : lines.length, sig }
}

/**
 * Parses a notice. Never throws for any input: what it cannot read becomes a named problem.
 */
export function parseNotice(text: string, options: ParseOptions): NoticeParse {
  const lines = toLines(text)
  const matcher = districtMatcher(options.districts)
  const problems: ImportProblem[] = []
  const problem = (
    severity: ImportProblem['severity'],
    code: ProblemCode,
    line: number,
    col: number,
    length: number,
    params: ImportProblem['params'] = {},
  ) => problems.push({ severity, code, line, col, length: Math.max(1, length), params })

  const { start, end, sig } = findRegion(lines, matcher)
  const region = lines.slice(start, end)
  const issuer = sig ? (lines[sig.issuerAt] as Line).norm.trim() : null
  const published = sig?.date ?? null

  const found = findQuarter(region, published) ?? findQuarter(lines, published)
  const quarterInText = found?.quarter ?? null
  const quarter = options.quarter ?? quarterInText
  if (options.quarter && quarterInText && options.quarter !== quarterInText)
    problem('warning', 'quarter-differs', found?.line ?? 1, 1, 1, {
      chosen: options.quarter,
      text: quarterInText,
    })
  if (!quarter) problem('error', 'no-quarter', region[0]?.no ?? 1, 1, 1)

  // A title is a heading: about 摘星夺旗 results, short, and not a sentence.
  const titleLine = region.find(
    (l) =>
      /摘星夺旗/.test(l.norm) && /考核结果/.test(l.norm) && l.norm.length < 80 && !/[,，。；]/.test(l.norm),
  )
  const title = titleLine ? titleLine.norm.replace(/^[\s#*]+/, '').trim() : null

  const tables: ParsedTable[] = []
  const rowsOf = new Map<ParsedTable, { read: RowRead; line: Line }[]>()
  /** Rows naming an unknown district (already an error), so the table is not also "too short". */
  const unknownRows = new Map<ParsedTable, number>()
  const imageTables: NoticeParse['imageTables'] = []
  const namedSections: SectionId[] = []
  const flags: ParsedFlag[] = []
  const movements: ParsedMovement[] = []
  const bonusItems: string[] = []
  const commendations: NoticeParse['commendations'] = []
  let basis: string | null = null

  let context: 'composite' | 'sections' | null = null
  let header: Header | null = null
  let table: ParsedTable | null = null
  let pendingCaption: { kind: TableKind; text: string; nameEnd: number; line: number; age: number } | null =
    null
  let pendingIntro: { kind: 'composite' | 'sections'; line: number } | null = null

  const closeTable = () => {
    table = null
  }
  const openTable = (
    kind: TableKind,
    line: number,
    caption: { text: string; nameEnd: number; line: number } | null,
  ) => {
    const details = caption && kind !== 'composite' ? captionDetails(caption.text, caption.nameEnd) : null
    const compositeWeight =
      caption && kind === 'composite' ? captionDetails(caption.text, caption.nameEnd).weight : null
    const t: ParsedTable = {
      kind,
      line,
      captionLine: caption?.line ?? null,
      weight: details?.weight ?? compositeWeight,
      indicators: details?.indicators ?? null,
      indicatorCount: details?.indicatorCount ?? null,
      rows: [],
    }
    tables.push(t)
    rowsOf.set(t, [])
    table = t
    return t
  }
  const kindOfCaption = (caption: string): { kind: TableKind; nameEnd: number } | null => {
    const s = sectionAt(caption)
    if (s) return { kind: s.id, nameEnd: s.end }
    if (isCompositeCaption(caption)) return { kind: 'composite', nameEnd: 0 }
    return null
  }

  for (const line of collapseVerticalTables(region, matcher)) {
    const t = line.norm.trim()
    if (pendingIntro && t) {
      // The next line after "…如下：" decides: rows (or their header or caption) follow, or nothing does.
      const cs = cells(line)
      const followed =
        readHeader(line, cs, matcher) !== null ||
        readRow(cs, null, matcher, context === 'sections') !== null ||
        (kindOfCaption(t) !== null && t.length < 160)
      if (!followed) imageTables.push(pendingIntro)
      pendingIntro = null
    }
    if (!t) continue
    const cs = cells(line)

    const h = readHeader(line, cs, matcher)
    if (h) {
      closeTable()
      header = h
      continue
    }

    const row = readRow(cs, header, matcher, context === 'sections' || pendingCaption?.kind !== 'composite')
    if (row) {
      const captionKind = row.caption ? kindOfCaption(row.caption) : null
      const sheetKind = row.sectionCell ? kindOfCaption(row.sectionCell) : null
      const named = captionKind ?? sheetKind
      let current = table as ParsedTable | null
      if (!current || (named && named.kind !== current.kind)) {
        let kind: TableKind | null = named?.kind ?? pendingCaption?.kind ?? null
        let caption: { text: string; nameEnd: number; line: number } | null = null
        if (captionKind && row.caption)
          caption = { text: row.caption, nameEnd: captionKind.nameEnd, line: line.no }
        else if (sheetKind && row.sectionCell)
          caption = { text: row.sectionCell, nameEnd: sheetKind.nameEnd, line: line.no }
        // A caption broken over two lines: the name alone above, its (考核…，权重60分) in the first row.
        else if (pendingCaption && row.caption)
          caption = { ...pendingCaption, text: `${pendingCaption.text}${row.caption}` }
        else if (pendingCaption) caption = pendingCaption
        if (!kind) {
          const hasStars = row.stars !== null || header?.roles.includes('stars')
          if (!hasStars && context !== 'sections' && !tables.some((x) => x.kind === 'composite'))
            kind = 'composite'
          else {
            problem('error', 'unnamed-section', line.no, 1, line.text.length)
            kind = null
          }
        }
        pendingCaption = null
        if (!kind) {
          // Rows of a table whose section is unknown are skipped (after the one error above).
          table = null
          header = header ?? null
          continue
        }
        if (tables.some((x) => x.kind === kind))
          problem('error', 'duplicate-table', line.no, 1, line.text.length, { table: kind })
        current = openTable(kind, header?.line ?? line.no, caption)
      }
      rowsOf.get(current)?.push({ read: row, line })
      continue
    }

    // A line that looks like a row of an unknown district (a short place name and a number): an
    // error at the name, and the table it stands in goes on (its other rows are still read).
    const nums = cs.filter((c) => NUMBER.test(c.text) || STAR_GLYPHS.test(c.text) || STAR_WORD.test(c.text))
    const place = cs.find(
      (c) => /^\p{Script=Han}{2,10}(区|市|县|新区|旗)$/u.test(c.text) && !sectionAt(c.text),
    )
    if ((table || header) && cs.length >= 2 && cs.length <= 8 && nums.length && place) {
      problem('error', 'unknown-district', line.no, place.col, place.text.length, { name: place.text })
      if (table) unknownRows.set(table, (unknownRows.get(table) ?? 0) + 1)
      continue
    }

    // Not a row: whatever table was open has ended.
    if (table) {
      closeTable()
      header = null
    }

    // Headings and captions.
    const capKind = kindOfCaption(t)
    if (
      /^[\s#*>]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*单项板块\s*$/.test(t)
    ) {
      context = 'sections'
      continue
    }
    // A caption may end with a full stop ("经济运行板块：考核…，权重60分。"), but is not a paragraph.
    const capRest = capKind
      ? t
          .slice(capKind.nameEnd)
          .replace(/[（(].*[)）]/, '')
          .replace(/[。；;]\s*$/, '')
      : ''
    if (capKind && t.length < 160 && !/[。；]/.test(capRest)) {
      if (capKind.kind === 'composite') context = 'composite'
      else context = 'sections'
      // A bare heading "一、综合成绩" sets the context; a caption names the next table.
      pendingCaption = { kind: capKind.kind, text: t, nameEnd: capKind.nameEnd, line: line.no, age: 0 }
      continue
    }
    if (pendingCaption && ++pendingCaption.age > 3) pendingCaption = null

    // Prose: statements.
    readProse(line)
  }
  if (pendingIntro) imageTables.push(pendingIntro)

  function readProse(line: Line) {
    const s = line.norm
    if (!basis) {
      const b = s.match(/根据\s*(《[^》]{4,80}》)/)
      if (b?.[1] && /考核/.test(b[1])) basis = b[1]
    }
    const listed = s.match(/包括(.+?)(\d+|[一二两三四五六七八九十]+)\s*个\s*板块/)
    if (listed?.[1])
      for (const part of listed[1].split(/[、，,和及]/)) {
        const sec = sectionAt(part.trim())
        if (sec && !namedSections.includes(sec.id)) namedSections.push(sec.id)
      }
    for (const m of s.matchAll(/(?:和|及|以及|、|包括)\s*([^，,。、；;和及]{2,16}?加分项)/g)) {
      const item = m[1]?.trim()
      if (item && !bonusItems.includes(item)) bonusItems.push(item)
    }
    if (/(成绩|摘星情况|具体情况|情况|得分|排名)\s*如下\s*[:：。]?\s*$/.test(s) && !/现将/.test(s)) {
      pendingIntro = {
        kind: /综合/.test(s) ? 'composite' : context === 'composite' ? 'composite' : 'sections',
        line: line.no,
      }
    }
    // Clauses: flags and movements are stated per clause, the districts before the predicate.
    let from = 0
    for (const clause of s.split(/[；;。！!]/)) {
      const at = from
      from += clause.length + 1
      if (!clause.trim()) continue
      readClause(line, clause, at)
    }
  }

  function readClause(line: Line, clause: string, at: number) {
    const mentions = matcher.mentions(clause)
    const comm = clause.match(/对(.+?)(?:予以|给予)表扬/)
    if (comm?.[1]) {
      const ds = matcher.mentions(comm[1]).map((m) => m.id)
      if (ds.length) commendations.push({ districts: ds, text: clause.trim(), line: line.no })
    }
    if (!quarter) return
    let consumed = 0
    // "崂山区、城阳区较一季度分别上升3个、2个位次": one number per district, in order.
    const each = clause.match(RESPECTIVELY)
    if (each?.[3] && each.index !== undefined) {
      const numbers = each[3].split(/[、，,和及]/).map((n) => wholeNumber(n.replace(/[个位次名\s]/g, '')))
      const who = mentions.filter((x) => x.end <= (each.index as number))
      const down = /下降|后退|下滑/.test(each[2] ?? '')
      if (numbers.length === who.length && numbers.every((n) => n !== null))
        who.forEach((w, i) => {
          const n = numbers[i] as number
          if (!movements.some((x) => x.district === w.id))
            movements.push({
              district: w.id,
              placesUp: down ? -n : n,
              atLeast: Boolean(each[4]) && !down,
              vs: vsQuarter(quarter, each[1] === '上' ? undefined : each[1]),
              quote: clause.slice(who[0]?.index ?? 0, (each.index as number) + each[0].length).trim(),
              line: line.no,
              col: at + (who[0]?.index ?? 0) + 1,
            })
        })
      consumed = each.index + each[0].length
    }
    const moves: {
      m: RegExpMatchArray
      vs: string | undefined
      verb: string
      n: string
      plus: string | undefined
    }[] = []
    // Statements after a "分别" one (already read above) only.
    const fresh = (m: RegExpMatchArray) => (m.index ?? 0) >= consumed
    for (const m of clause.matchAll(MOVE_WITH_VS))
      if (fresh(m)) moves.push({ m, vs: m[1], verb: m[2] ?? '', n: m[3] ?? '', plus: m[4] })
    if (!moves.length)
      for (const m of clause.matchAll(MOVE_BARE))
        if (fresh(m)) moves.push({ m, vs: undefined, verb: m[1] ?? '', n: m[2] ?? '', plus: m[3] })
    for (const { m, vs, verb, n, plus } of moves) {
      const idx = m.index ?? 0
      const who = mentions.filter((x) => x.index >= consumed && x.end <= idx)
      consumed = idx + m[0].length
      const places = wholeNumber(n)
      if (places === null || !who.length) continue
      const down = /下降|后退|下滑/.test(verb)
      for (const w of who)
        if (!movements.some((x) => x.district === w.id))
          movements.push({
            district: w.id,
            placesUp: down ? -places : places,
            atLeast: Boolean(plus) && !down,
            vs: vsQuarter(quarter, vs === '上' ? undefined : vs),
            quote: clause.slice(who[0]?.index ?? 0, consumed).trim(),
            line: line.no,
            col: at + (who[0]?.index ?? 0) + 1,
          })
    }
    let flagFrom = 0
    for (const f of clause.matchAll(FLAG_SENTENCE)) {
      const idx = f.index ?? 0
      const id = f[1] ? flagOf(f[1]) : null
      const who = mentions.filter((x) => x.index >= flagFrom && x.end <= idx)
      const quoteFrom = who[0]?.index ?? flagFrom
      const quote = clause.slice(quoteFrom, idx + f[0].length).trim()
      flagFrom = idx + f[0].length
      if (!id || !who.length) continue
      if (flags.some((x) => x.flag === id)) continue
      const lastEnd = who[who.length - 1]?.end ?? idx
      const reason = clause
        .slice(lastEnd, idx)
        .replace(/^[\s,，、]+|[\s,，、]+$/g, '')
        .trim()
      flags.push({
        flag: id,
        districts: who.map((w) => w.id),
        reason,
        quote: quote.replace(/^[,，\s]+/, ''),
        line: line.no,
        col: at + quoteFrom + 1,
      })
    }
  }

  // Rows become figures; the checks every table must pass are errors, rule cross-checks warnings.
  const total = options.districts.length
  for (const t of tables) {
    const rows = rowsOf.get(t) ?? []
    const rankProblem = (r: ParsedRow, expected: number | null) => {
      const c = rows.find((x) => x.read.district === r.district)?.read.rank?.cell
      problem('error', 'rank-order', r.line, c?.col ?? r.col, c?.text.length ?? 1, {
        district: r.district,
        rank: r.rank ?? '—',
        expected: expected ?? '—',
      })
    }
    const seen = new Set<string>()
    for (const { read, line } of rows) {
      const dc = read.districtCell
      if (seen.has(read.district)) {
        problem('error', 'duplicate-district', line.no, dc.col, dc.text.length, {
          district: read.district,
          table: t.kind,
        })
        continue
      }
      seen.add(read.district)
      const score = read.score?.kind === 'number' ? read.score.value : null
      const starsValue =
        read.stars && read.stars.kind !== 'text' && read.stars.kind !== 'empty' ? read.stars.value : null
      const rankValue =
        read.rank && (read.rank.kind === 'rank' || read.rank.kind === 'number') ? read.rank.value : null
      if (score !== null && (score < 0 || (t.weight !== null && score > t.weight))) {
        const c = read.score?.cell as Cell
        problem('error', 'score-out-of-range', line.no, c.col, c.text.length, {
          district: read.district,
          score,
          weight: t.weight ?? '∞',
          table: t.kind,
        })
      }
      if (starsValue !== null && (starsValue < 1 || starsValue > 10 || !Number.isInteger(starsValue))) {
        const c = read.stars?.cell as Cell
        problem('error', 'stars-out-of-range', line.no, c.col, c.text.length, {
          district: read.district,
          stars: starsValue,
        })
      }
      if (t.kind !== 'composite' && score === null) {
        problem('error', 'missing-score', line.no, dc.col, dc.text.length, {
          district: read.district,
          table: t.kind,
        })
        continue
      }
      t.rows.push({
        district: read.district,
        line: line.no,
        col: dc.col,
        rank: rankValue,
        rankDerived: false,
        score,
        stars: t.kind === 'composite' ? null : starsValue,
      })
    }
    // Ranks: printed ones must follow the scores; where none is printed they come from the scores.
    const scores = t.rows.map((r) => r.score)
    const printed = t.rows.some((r) => r.rank !== null)
    const expected = competitionRanks(scores)
    if (!printed)
      t.rows.forEach((r, i) => {
        r.rank = expected[i] ?? null
        r.rankDerived = r.rank !== null
      })
    else if (t.rows.length === total && !unknownRows.get(t)) {
      // A complete table: each printed rank must be the competition rank of its score.
      t.rows.forEach((r, i) => {
        const e = expected[i]
        if (r.rank !== null && e != null && r.rank !== e && r.score !== null) rankProblem(r, e)
      })
    } else {
      // A partial table (a top 5, or rows lost to an unknown name): pairs must agree with the scores.
      const pair = rankOrderConflict(t.rows)
      const b = pair ? t.rows[pair[1]] : undefined
      if (b) rankProblem(b, null)
    }
    if (t.kind !== 'composite' && t.rows.length + (unknownRows.get(t) ?? 0) < total && t.rows.length > 0)
      problem('error', 'too-few-rows', t.line, 1, 1, { table: t.kind, rows: t.rows.length, total })
    if (t.kind === 'composite' && t.rows.length < total && t.rows.length > 0)
      problem('warning', 'partial-composite', t.line, 1, 1, { rows: t.rows.length, total })
    if (t.kind !== 'composite' && t.rows.length === total)
      for (const r of t.rows) {
        if (r.stars === null || r.rank === null) continue
        const rule = starsForRank(r.rank)
        if (r.stars !== rule) {
          const src = rows.find((x) => x.read.district === r.district)
          const c = src?.read.stars?.cell
          problem('warning', 'stars-rule', r.line, c?.col ?? r.col, c?.text.length ?? 1, {
            district: r.district,
            stars: r.stars,
            rule,
            rank: r.rank,
            table: t.kind,
          })
        }
      }
  }

  // Flags against their rules, where the text gives what the rule needs.
  const composite = tables.find((t) => t.kind === 'composite')
  for (const f of flags) {
    if (f.flag === 'top' && composite)
      for (const d of f.districts) {
        const r = composite.rows.find((x) => x.district === d)?.rank ?? null
        if (r !== null && r > 2)
          problem('warning', 'flag-rule-top', f.line, f.col, f.quote.length, { district: d, rank: r })
      }
    if (f.flag === 'rise')
      for (const d of f.districts) {
        const mv = movements.find((x) => x.district === d)
        if (mv && !mv.atLeast && mv.placesUp < 2)
          problem('warning', 'flag-rule-rise', f.line, f.col, f.quote.length, {
            district: d,
            places: mv.placesUp,
          })
      }
  }
  if (composite && flags.every((f) => f.flag !== 'top')) {
    const first = composite.rows.filter((r) => r.rank !== null && r.rank <= 2)
    if (first.length && flags.length)
      problem('warning', 'flag-missing-top', composite.line, 1, 1, {
        districts: first.map((r) => r.district).join(','),
      })
  }

  if (!tables.length && !flags.length && !movements.length && !imageTables.length)
    problem('error', 'nothing-found', region[0]?.no ?? 1, 1, 1)

  return {
    quarter,
    quarterLine: found?.line ?? null,
    quarterInText,
    title,
    issuer,
    published,
    basis,
    region: { from: (region[0]?.no ?? 1) as number, to: (region[region.length - 1]?.no ?? 1) as number },
    tables,
    imageTables,
    namedSections,
    flags,
    movements,
    bonusItems,
    commendations,
    problems: problems.sort((a, b) => a.line - b.line || a.col - b.col),
  }
}
