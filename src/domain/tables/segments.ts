/**
 * The one rule for drawing a series between known points, shared by the sparklines and the bump
 * chart: a segment joins two consecutive known points (a missing quarter is a gap, never bridged),
 * and it is dashed when either end is derived (dashes mean "derived" everywhere in the app).
 */

export type SegmentPoint = { known: boolean; derived: boolean }
export type Segment = { /** The segment runs from point i to point i + 1. */ i: number; dashed: boolean }

/**
 * Example: [published, derived, published, missing, published]
 *   → [{ i: 0, dashed: true }, { i: 1, dashed: true }]  (no segment touches the missing point)
 */
export function segments(points: readonly SegmentPoint[]): Segment[] {
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]
    const b = points[i + 1]
    if (!a?.known || !b?.known) continue
    out.push({ i, dashed: a.derived || b.derived })
  }
  return out
}
