/**
 * What replacing a quarter changes, figure by figure: the clerk sees this before confirming, and
 * the CLI logs it. Facts only (table, district, field, before, after); the callers word them.
 * Example: quarterChanges(old, new) → [{ table: 'economy', district: 'huangdao', field: 'score', before: 54.96, after: 55.1 }]
 */
import type { QuarterFile } from '../model/schema'

export type FigureChange = {
  table: string
  /** A district id, or the flag id for a flag change. */
  district: string
  field: 'rank' | 'score' | 'stars' | 'flag' | 'movement' | 'table'
  before: string | number | null
  after: string | number | null
}

type Figures = Map<
  string,
  { table: string; district: string; field: FigureChange['field']; value: string | number | null }
>

function figuresOf(f: QuarterFile): Figures {
  const m: Figures = new Map()
  const put = (
    table: string,
    district: string,
    field: FigureChange['field'],
    value: string | number | null,
  ) => m.set(`${table}|${district}|${field}`, { table, district, field, value })
  for (const r of f.composite.rows) {
    put('composite', r.district, 'rank', r.rank)
    put('composite', r.district, 'score', r.score)
  }
  for (const s of f.sections) {
    if (s.table.status !== 'published') {
      put(s.id, '', 'table', 'not-published')
      continue
    }
    for (const r of s.table.rows) {
      put(s.id, r.district, 'rank', r.rank)
      put(s.id, r.district, 'score', r.score)
      put(s.id, r.district, 'stars', r.stars)
    }
  }
  for (const fl of f.flags) put('flags', fl.flag, 'flag', fl.districts.join(','))
  for (const mv of f.movements)
    put('movements', mv.district, 'movement', `${mv.atLeast ? '≥' : ''}${mv.placesUp}`)
  return m
}

export function quarterChanges(before: QuarterFile, after: QuarterFile): FigureChange[] {
  const a = figuresOf(before)
  const b = figuresOf(after)
  const out: FigureChange[] = []
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key)
    const y = b.get(key)
    const base = (x ?? y) as NonNullable<typeof x>
    if ((x?.value ?? null) !== (y?.value ?? null))
      out.push({
        table: base.table,
        district: base.district,
        field: base.field,
        before: x?.value ?? null,
        after: y?.value ?? null,
      })
  }
  return out
}
