/**
 * Data preparation for the bump chart, as plain functions (no React, no recharts), so what the
 * chart draws is decided here and tested on its own.
 *
 * Honest lines: recharts draws a line between consecutive non-null values of a key, and
 * `connectNulls={false}` breaks it at nulls. So each district gets
 *   - `<id>`      : values only where a segment joins two PUBLISHED figures (solid line);
 *   - `<id>__d0`, `<id>__d1`: values of runs of segments touching a DERIVED figure (dashed line).
 * Dashed runs alternate between two keys because two runs in one key could be joined by recharts
 * across a quarter where they merely touch. A quarter with no figure is null in every key: a gap.
 * Points (published filled, derived hollow) and line-end labels are listed separately.
 */
import { type Figure, figureValue } from '../../../domain/model/figure'
import type { QuarterId } from '../../../domain/model/quarter'
import type { District } from '../../../domain/model/schema'
import { type Segment, segments } from '../../../domain/tables/segments'
import type { MovementSeries, SeriesPoint } from './movement-series'
import type { MovementMetric } from './url'

export type ChartRow = { quarter: QuarterId; [key: string]: number | string | null }
export type LineSpec = { key: string; districtId: string; colorIndex: number; dashed: boolean }
export type Marker = {
  districtId: string
  colorIndex: number
  quarter: QuarterId
  value: number
  status: 'published' | 'derived'
}
export type EndLabel = {
  districtId: string
  colorIndex: number
  district: District
  quarter: QuarterId
  value: number
}

export type BumpData = {
  rows: ChartRow[]
  lines: LineSpec[]
  markers: Marker[]
  endLabels: EndLabel[]
  yDomain: [number, number]
  /** Explicit ticks: every place for ranks, round steps for scores; undefined when nothing is known. */
  yTicks: number[] | undefined
  /** Districts with no value at all in the range: nothing is drawn for them. */
  unplotted: District[]
}

export const dashedKey = (id: string, n: 0 | 1) => `${id}__d${n}`

const figureOf = (p: SeriesPoint, metric: MovementMetric): Figure<number> =>
  metric === 'rank' ? p.rank : p.score

/**
 * The shared segment rule (domain/tables/segments.ts) over a run of figures.
 * Example: statuses [published, derived, published, –, published] → [{i:0,dashed}, {i:1,dashed}]
 */
export function segmentsOf(figures: readonly Figure<number>[]): Segment[] {
  return segments(
    figures.map((f) => ({ known: f.status !== 'not-published', derived: f.status === 'derived' })),
  )
}

/**
 * Example: real data 2022Q1→2022Q2 composite ranks: shinan 7 (derived) → 5 gives
 * rows [{quarter:'2022Q1', shinan:null, shinan__d0:7}, {quarter:'2022Q2', shinan:null, shinan__d0:5}],
 * markers [7 derived, 5 published], end label at 2022Q2 = 5.
 */
export function prepareBumpData(ms: MovementSeries, metric: MovementMetric): BumpData {
  const rows: ChartRow[] = ms.quarters.map((quarter) => ({ quarter }))
  const lines: LineSpec[] = []
  const markers: Marker[] = []
  const endLabels: EndLabel[] = []
  const unplotted: District[] = []
  const values: number[] = []

  for (const s of ms.series) {
    const id = s.district.id
    const figures = s.points.map((p) => figureOf(p, metric))
    const segs = segmentsOf(figures)
    const solid = new Set<number>()
    const dashed: [Set<number>, Set<number>] = [new Set(), new Set()]
    let run = -1
    let prevDashedEnd = -2
    for (const seg of segs) {
      if (!seg.dashed) {
        solid.add(seg.i)
        solid.add(seg.i + 1)
        continue
      }
      // A new run starts unless this segment continues the previous dashed one.
      if (seg.i !== prevDashedEnd) run++
      const set = dashed[run % 2 === 0 ? 0 : 1]
      set.add(seg.i)
      set.add(seg.i + 1)
      prevDashedEnd = seg.i + 1
    }
    figures.forEach((f, i) => {
      const row = rows[i] as ChartRow
      const v = figureValue(f)
      row[id] = solid.has(i) ? v : null
      row[dashedKey(id, 0)] = dashed[0].has(i) ? v : null
      row[dashedKey(id, 1)] = dashed[1].has(i) ? v : null
      if (v !== null && f.status !== 'not-published') {
        markers.push({
          districtId: id,
          colorIndex: s.colorIndex,
          quarter: ms.quarters[i] as QuarterId,
          value: v,
          status: f.status,
        })
        values.push(v)
      }
    })
    const lastIndex = figures.findLastIndex((f) => f.status !== 'not-published')
    const last = figures[lastIndex]
    if (!last || last.status === 'not-published') {
      unplotted.push(s.district)
      continue
    }
    if (solid.size) lines.push({ key: id, districtId: id, colorIndex: s.colorIndex, dashed: false })
    if (dashed[0].size)
      lines.push({ key: dashedKey(id, 0), districtId: id, colorIndex: s.colorIndex, dashed: true })
    if (dashed[1].size)
      lines.push({ key: dashedKey(id, 1), districtId: id, colorIndex: s.colorIndex, dashed: true })
    endLabels.push({
      districtId: id,
      colorIndex: s.colorIndex,
      district: s.district,
      quarter: ms.quarters[lastIndex] as QuarterId,
      value: last.value,
    })
  }

  let yDomain: [number, number]
  let yTicks: number[] | undefined
  if (metric === 'rank') {
    // Always the full field (1 … number of districts), so a partial quarter isn't stretched to fill.
    const max = Math.max(ms.series.length, ...values)
    yDomain = [1, max]
    yTicks = Array.from({ length: max }, (_, i) => i + 1)
  } else if (values.length) {
    ;({ domain: yDomain, ticks: yTicks } = niceScoreAxis(Math.min(...values), Math.max(...values)))
  } else {
    yDomain = [0, 100]
  }
  return { rows, lines, markers, endLabels, yDomain, yTicks, unplotted }
}

export type Emphasis = 'highlight' | 'normal' | 'dim'

/**
 * Hover/focus wins; otherwise the URL's selected districts stay highlighted; with neither, all
 * lines are drawn normally. Example: lineEmphasis('a', null, ['a']) → 'highlight'; ('b', null, ['a']) → 'dim'
 */
export function lineEmphasis(id: string, active: string | null, selected: readonly string[]): Emphasis {
  if (active) return id === active ? 'highlight' : selected.includes(id) ? 'normal' : 'dim'
  if (selected.length) return selected.includes(id) ? 'highlight' : 'dim'
  return 'normal'
}

/**
 * Spreads labels that would overlap along one axis, keeping their order and staying inside
 * [min, max] where possible. Example: spreadLabels([{id:'a',y:100},{id:'b',y:104}], 16, 0, 500)
 * → a 92, b 108 (centred on the pair, 16 apart).
 */
export function spreadLabels(
  items: readonly { id: string; y: number }[],
  gap: number,
  min: number,
  max: number,
): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1))
  // Greedy clustering: overlapping labels form a block centred on their mean, then blocks that
  // now overlap merge, until none do (the classic label-placement pass).
  type Block = { ids: string[]; ys: number[]; top: number }
  const blocks: Block[] = []
  for (const it of sorted) {
    blocks.push({ ids: [it.id], ys: [it.y], top: it.y })
    for (;;) {
      const b = blocks.at(-1) as Block
      const a = blocks.at(-2)
      if (!a || a.top + a.ids.length * gap <= b.top) break
      blocks.pop()
      blocks.pop()
      const ids = [...a.ids, ...b.ids]
      const ys = [...a.ys, ...b.ys]
      const mean = ys.reduce((s, y) => s + y, 0) / ys.length
      blocks.push({ ids, ys, top: mean - ((ids.length - 1) * gap) / 2 })
    }
  }
  const out = new Map<string, number>()
  for (const b of blocks) {
    const height = (b.ids.length - 1) * gap
    const top = Math.max(min, Math.min(b.top, max - height))
    b.ids.forEach((id, i) => {
      out.set(id, top + i * gap)
    })
  }
  return out
}

export type SnapshotRow = { district: District; colorIndex: number; point: SeriesPoint }

/**
 * One quarter's figures for every district, ordered as the chart reads (rank 1 / highest score
 * first), unknown values last in file order. Used by the tooltip.
 */
export function quarterSnapshot(
  ms: MovementSeries,
  quarter: QuarterId,
  metric: MovementMetric,
): SnapshotRow[] {
  const i = ms.quarters.indexOf(quarter)
  if (i < 0) return []
  const rows = ms.series.map((s) => ({
    district: s.district,
    colorIndex: s.colorIndex,
    point: s.points[i] as SeriesPoint,
  }))
  const key = (r: SnapshotRow) => {
    const v = figureValue(figureOf(r.point, metric))
    return v === null ? Number.POSITIVE_INFINITY : metric === 'rank' ? v : -v
  }
  return rows.sort((a, b) => key(a) - key(b))
}

/**
 * Quarters where the maximum score changes (e.g. 经济运行 60 → 50 in 2023Q3): on the score chart a
 * drop there is a change of scale, not of performance, so the chart marks it.
 * Example: [{2023Q2, 60}, {2023Q3, 50}] → [{ quarter: '2023Q3', from: 60, to: 50 }]; nulls are skipped.
 */
export function weightBreaks(
  weights: readonly { quarter: QuarterId; weight: number | null }[],
): { quarter: QuarterId; from: number; to: number }[] {
  const out: { quarter: QuarterId; from: number; to: number }[] = []
  let last: number | null = null
  for (const w of weights) {
    if (w.weight === null) continue
    if (last !== null && w.weight !== last) out.push({ quarter: w.quarter, from: last, to: w.weight })
    last = w.weight
  }
  return out
}

/** "Huangdao (West Coast New Area)" → "Huangdao": line-end labels must stay short. */
export function shortNameEn(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '')
}

/**
 * A score axis with round ticks (steps of 1, 2, 5, 10 …, about five of them) that leaves a margin
 * around the data. Example: niceScoreAxis(44.69, 54.96) → { domain: [44, 56], ticks: [44, 46, …, 56] }
 */
export function niceScoreAxis(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const span = Math.max(max - min, 1)
  const raw = span / 5
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag
  // Half a step of margin, so no point sits on the frame.
  const r = (v: number) => Math.round(v * 1000) / 1000 // float noise (449 × 0.2 = 89.80000000000001)
  const lo = r(Math.floor((min - step / 2) / step) * step)
  const hi = r(Math.ceil((max + step / 2) / step) * step)
  const ticks: number[] = []
  for (let k = 0; lo + k * step <= hi + step / 1000; k++) ticks.push(r(lo + k * step))
  return { domain: [lo, hi], ticks }
}
