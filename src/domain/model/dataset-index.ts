/**
 * Lookup indexes over validated data, built once per file or dataset object and memoised, so view
 * models read one row in O(1) instead of scanning tables (a county-scale dataset has 3,000 units ×
 * 40 quarters; a `rows.find` per cell made one district's history take minutes there).
 *
 * The memo is keyed on object identity (WeakMap): validated data is never mutated in place; a new
 * load makes new objects and so new indexes, and dropped datasets free their indexes.
 */
import type {
  CompositeRow,
  FlagAward,
  MovementFact,
  QuarterFile,
  Section,
  SectionId,
  SectionRow,
} from './schema'

export type FileIndex = {
  compositeRows: Map<string, CompositeRow>
  sections: Map<SectionId, Section>
  /** Rows of each published section table by district id. */
  sectionRows: Map<SectionId, Map<string, SectionRow>>
  /** Movement statements by `${district}|${vs}`. */
  movements: Map<string, MovementFact>
  /** Published flag awards by district id. */
  flags: Map<string, FlagAward[]>
}

const fileMemo = new WeakMap<QuarterFile, FileIndex>()

/** Example: fileIndex(q2022Q2).sectionRows.get('economy')?.get('huangdao')?.score → 54.96 */
export function fileIndex(file: QuarterFile): FileIndex {
  let ix = fileMemo.get(file)
  if (ix) return ix
  const sectionRows = new Map<SectionId, Map<string, SectionRow>>()
  for (const s of file.sections)
    if (s.table.status === 'published')
      sectionRows.set(s.id, new Map(s.table.rows.map((r) => [r.district, r])))
  const flags = new Map<string, FlagAward[]>()
  for (const f of file.flags)
    for (const d of f.districts) {
      const list = flags.get(d)
      if (list) list.push(f)
      else flags.set(d, [f])
    }
  ix = {
    compositeRows: new Map(file.composite.rows.map((r) => [r.district, r])),
    sections: new Map(file.sections.map((s) => [s.id, s])),
    sectionRows,
    // Exact statements only: an "at least" one (atLeast) gives no number to show or derive from.
    movements: new Map(file.movements.filter((m) => !m.atLeast).map((m) => [`${m.district}|${m.vs}`, m])),
    flags,
  }
  fileMemo.set(file, ix)
  return ix
}

/**
 * Memoises a derivation on an object (a dataset, a file): `memoOn(cache, ds, 'key', () => …)`
 * computes once per object and key. Example: memoOn(tables, ds, '2022Q2|economy', build).
 */
export function memoOn<K extends object, V>(
  cache: WeakMap<K, Map<string, V>>,
  owner: K,
  key: string,
  make: () => V,
): V {
  let m = cache.get(owner)
  if (!m) {
    m = new Map()
    cache.set(owner, m)
  }
  let v = m.get(key)
  if (v === undefined) {
    v = make()
    m.set(key, v)
  }
  return v
}
