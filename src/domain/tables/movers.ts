/**
 * Who moved in one table: the one definition of a mover (a district whose rank change vs the
 * previous quarter is known) for the movement view and the arena deck alike.
 */

import { figureValue } from '../model/figure'
import type { QuarterId } from '../model/quarter'
import type { District, SectionOrOverall } from '../model/schema'
import type { Change } from '../rules/change'
import type { RankingTable } from './ranking-table'

export type Mover = {
  district: District
  /** Places gained (positive) or lost (negative) vs the baseline. */
  delta: number
  from: number | null
  to: number | null
  /** 'published' when a source states the change itself ("上升2个位次"). */
  status: 'published' | 'derived'
  /** True when a rank the change was computed from is itself derived. */
  fromDerivedInput: boolean
  /** `delta` is a lower bound (a rise flag with the previous rank unknown). */
  atLeast?: true
}

export type TableMovers = {
  section: SectionOrOverall
  /** False when the quarter has no such table (not assessed or not published). */
  available: boolean
  /** Districts whose rank change is known. */
  known: number
  total: number
  /** Every district's change is known, so "biggest" claims are safe. */
  complete: boolean
  /** delta > 0, biggest rise first. */
  risers: Mover[]
  /** delta < 0, biggest fall first. */
  fallers: Mover[]
  /** Known and unchanged (delta 0). */
  unchanged: Mover[]
  /** Risers sharing the largest rise (ties are all named); empty when none rose. */
  biggestRise: Mover[]
  biggestFall: Mover[]
}

/**
 * Movers of one table (composite or a section) from its rows' rank changes.
 * Example: ranks 2022Q1 → 2022Q2 of [a 3→1, b 1→2, c 2→3] → risers [a +2], fallers [b −1, c −1],
 * biggestFall [b, c] (a tie: both are named).
 */
export function tableMovers(table: RankingTable): TableMovers {
  const movers: Mover[] = []
  for (const r of table.rows) {
    const c = r.rankChange
    if (c.kind !== 'known') continue
    movers.push({
      district: r.district,
      delta: c.delta,
      from: c.from,
      to: c.to,
      status: c.status,
      fromDerivedInput: c.fromDerivedInput,
      ...(c.atLeast ? { atLeast: true as const } : {}),
    })
  }
  // Ties in size keep the table's order (by current rank), so the better-placed district comes first.
  const risers = movers.filter((m) => m.delta > 0).sort((a, b) => b.delta - a.delta)
  const fallers = movers.filter((m) => m.delta < 0).sort((a, b) => a.delta - b.delta)
  const topOf = (list: Mover[]) => list.filter((m) => m.delta === list[0]?.delta)
  return {
    section: table.section,
    available: table.available,
    known: movers.length,
    total: table.rows.length,
    // A lower bound could be the biggest move: no "biggest" claims while one is in the table.
    complete: movers.length === table.rows.length && !movers.some((m) => m.atLeast),
    risers,
    fallers,
    unchanged: movers.filter((m) => m.delta === 0),
    biggestRise: topOf(risers),
    biggestFall: topOf(fallers),
  }
}

/**
 * The districts ranked 1–3 (ties included), or null when ranks 1–3 are not all known. With
 * competition ranking, three known ranks ≤ 3 fill positions 1–3 (1,2,2 or 1,1,3 too).
 * Example: real 2022Q4 (only rank 1 published) → null.
 */
export function topThreeOf(table: RankingTable): { districts: District[]; fromDerived: boolean } | null {
  const rows = table.rows.filter((r) => {
    const v = figureValue(r.rank)
    return v !== null && v <= 3
  })
  if (rows.length < 3) return null
  return {
    districts: rows.map((r) => r.district),
    fromDerived: rows.some((r) => r.rank.status === 'derived'),
  }
}

/** A mover as the shared change type, for the ▲▼ mark. Example: 市南区 +2 stated vs 2022Q1 → { kind: 'known', delta: 2, status: 'published', … } */
export function moverChange(m: Mover, baseline: QuarterId): Change {
  return {
    kind: 'known',
    baseline,
    delta: m.delta,
    from: m.from,
    to: m.to,
    status: m.status,
    fromDerivedInput: m.fromDerivedInput,
    ...(m.atLeast ? { atLeast: true as const } : {}),
  }
}
