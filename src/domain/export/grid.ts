/**
 * A view's table as plain data, for every export (CSV, Excel, the clipboard, print): a title block
 * (季度 / 板块 / 发布单位 / 来源 / 数据截至 / 数据集), a header and rows of typed cells. Each view builds
 * its grid from exactly the rows it shows, in the order it shows them (filter and sort), so a file
 * never says more or less than the screen. Writers only format what the grid holds:
 * - 'number': a published figure (a number in Excel, with `digits` decimals);
 * - 'derived': a figure computed by a named rule (a number too, marked 推算 by the writers);
 * - 'missing': not published — the word (未公布), never 0 nor an empty cell;
 * - 'text': anything else (names, flags, status words).
 *
 * Example: figureCell({ status: 'published', value: 54.96, sources: ['s'] }, 2, '未公布', f)
 *   → { kind: 'number', value: 54.96, digits: 2, display: '54.96' }
 */
import type { Figure } from '../model/figure'
import type { FlagId, SectionOrOverall } from '../model/ids'
import type { QuarterId } from '../model/quarter'

/**
 * The words and number formats a grid builder needs, handed in by the caller (lib/export/grid-meta.ts
 * binds them to a language), so the builders stay plain functions over data.
 */
export type GridText = {
  /** i18next's `t` for the language; keys are namespaced ('rankings:col.rank', 'common:export.ruleStars'). */
  t: (key: string, opts?: Record<string, unknown>) => string
  score: (v: number) => string
  signed: (v: number, digits?: number) => string
  quarter: (q: QuarterId) => string
  section: (s: SectionOrOverall) => string
  district: (d: { name: string; nameEn: string }) => string
  flag: (id: FlagId) => string
  list: (items: readonly string[]) => string
  date: (iso: string) => string
}

export type GridCell =
  | {
      kind: 'number' | 'derived'
      value: number
      digits: number
      display: string
      /** A change: shown with its sign (+2) where the format allows. */
      signed?: true
    }
  | { kind: 'text'; value: string; display: string }
  | { kind: 'missing'; value: null; display: string }

export type GridMeta = { label: string; value: string }

export type Grid = {
  /** The table's title, e.g. "2022年二季度 · 经济运行". */
  title: string
  /** The title block, in order; the dataset line says 示例数据 DEMO for demo data. */
  meta: GridMeta[]
  /** True for generated (demo) data: every writer marks it. */
  demo: boolean
  header: string[]
  rows: GridCell[][]
  /** Lines under the table: what 推算 means, data notes. */
  notes: string[]
  /** The download name without extension, e.g. "leitai-rankings-2022Q2-economy". */
  fileName: string
}

export function textCell(value: string): GridCell {
  return { kind: 'text', value, display: value }
}

export function missingCell(word: string): GridCell {
  return { kind: 'missing', value: null, display: word }
}

export function numberCell(
  value: number,
  digits: number,
  display: string,
  derived = false,
  signed = false,
): GridCell {
  const cell: GridCell = { kind: derived ? 'derived' : 'number', value, digits, display }
  if (signed) cell.signed = true
  return cell
}

/** A figure as a cell: published → number, derived → derived, not published → the word. */
export function figureCell(
  figure: Figure<number>,
  digits: number,
  missingWord: string,
  format: (v: number) => string,
): GridCell {
  if (figure.status === 'not-published') return missingCell(missingWord)
  return numberCell(figure.value, digits, format(figure.value), figure.status === 'derived')
}

/** The status word of a figure (已公布 / 推算 / 未公布). */
export function statusWord(
  figure: Figure<unknown>,
  words: { published: string; derived: string; notPublished: string },
): string {
  if (figure.status === 'published') return words.published
  if (figure.status === 'derived') return words.derived
  return words.notPublished
}

/**
 * Sorts rows as the tables do (table-kit / domain/url/sort.ts), so an export follows the screen:
 * the URL's direction on the sort key, names by pinyin, missing (undefined) keys last in both
 * directions, ties in the given order. Example: sortLikeTable(rows, r => r.score, true) → highest first.
 */
export function sortLikeTable<T>(
  rows: readonly T[],
  key: (row: T) => number | string | undefined,
  desc: boolean,
): T[] {
  const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin')
  const keyed = rows.map((row, i) => ({ row, i, k: key(row) }))
  keyed.sort((a, b) => {
    if (a.k === undefined || b.k === undefined) {
      if (a.k === undefined && b.k === undefined) return a.i - b.i
      return a.k === undefined ? 1 : -1
    }
    let c: number
    if (typeof a.k === 'string' || typeof b.k === 'string') c = pinyin.compare(String(a.k), String(b.k))
    else c = a.k > b.k ? 1 : a.k < b.k ? -1 : 0
    if (c === 0) return a.i - b.i
    return desc ? -c : c
  })
  return keyed.map((x) => x.row)
}

/** Lower-case ASCII pieces of a file name, joined by '-'. Example: exportFileName('rankings', '2022Q2', 'economy') */
export function exportFileName(...parts: (string | undefined | null)[]): string {
  return ['leitai', ...parts]
    .filter((p): p is string => Boolean(p))
    .map((p) => p.replace(/[^A-Za-z0-9_.-]+/g, '_'))
    .join('-')
}

/** One column of a grid: its header, its cell, and (for a sortable table) the table's sort key. */
export type GridColumn<R> = {
  id: string
  header: string
  cell: (row: R) => GridCell
  sortKey?: (row: R) => number | string | undefined
}

/**
 * Header and rows of a table from its columns, sorted as the screen sorts it (`sort` by column id;
 * null keeps the given order). Example: gridBody(rows, [{ id: 'name', header: '区市', cell, sortKey }], null)
 */
export function gridBody<R>(
  rows: readonly R[],
  columns: readonly GridColumn<R>[],
  sort: { column: string; desc: boolean } | null,
): { header: string[]; rows: GridCell[][] } {
  const key = sort ? columns.find((c) => c.id === sort.column)?.sortKey : undefined
  const ordered = key && sort ? sortLikeTable(rows, key, sort.desc) : rows
  return { header: columns.map((c) => c.header), rows: ordered.map((r) => columns.map((c) => c.cell(r))) }
}

/** A change (▲▼ vs a baseline) as a cell: the signed number, derived when computed; 未公布 when unknown. */
export function changeCell(
  change: { kind: 'known'; delta: number; status: 'published' | 'derived' } | { kind: 'unknown' },
  digits: number,
  missingWord: string,
  signed: (v: number, digits?: number) => string,
): GridCell {
  if (change.kind !== 'known') return missingCell(missingWord)
  return numberCell(change.delta, digits, signed(change.delta, digits), change.status === 'derived', true)
}

/** A figure's value, or null when not published (figureValue, kept here so this module imports nothing). */
export function known<T>(f: Figure<T> | undefined): T | null {
  return f && f.status !== 'not-published' ? f.value : null
}
