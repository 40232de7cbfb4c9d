/**
 * Which quarter (and table) a link without one opens on: the newest quarter that has a complete
 * published table, not simply the newest quarter (on the real data 2023Q3 has one published row and
 * eight of 未公布; 2022Q2 has the full 经济运行 table). One function, used by the rankings view, the
 * header's controls and the prerendered first view, so they cannot disagree.
 */
import { type Dataset, quarterIds } from '../model/dataset'
import { previousQuarter, type QuarterId } from '../model/quarter'
import type { SectionOrOverall } from '../model/schema'
import { buildRankingTable, rankingRow, tableAvailability } from './ranking-table'

/** A table is complete when every district's row carries a published rank or score. */
function isCompleteTable(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): boolean {
  // Most tables a bare link passes over are not published at all: said by the file, without building rows.
  if (!tableAvailability(ds.quarters.get(quarter), section).available) return false
  const t = buildRankingTable(ds, quarter, section)
  return (
    t.rows.length > 0 && t.rows.every((r) => r.rank.status === 'published' || r.score.status === 'published')
  )
}

/** The tables of a quarter in reading order: the composite first, then the sections as listed. */
function tablesOf(ds: Dataset, quarter: QuarterId): SectionOrOverall[] {
  return ['overall', ...(ds.quarters.get(quarter)?.sections.map((s) => s.id) ?? [])]
}

/** The first complete table of a quarter, or null when it has none. Example: real 2022Q2 → 'economy' */
export function completeTableOf(ds: Dataset, quarter: QuarterId): SectionOrOverall | null {
  return tablesOf(ds, quarter).find((s) => isCompleteTable(ds, quarter, s)) ?? null
}

export type DefaultView = { quarter: QuarterId; section: SectionOrOverall }

/**
 * The view a bare link opens: the newest quarter with a complete table, on that table (the composite
 * where it is complete). Falls back to the newest quarter's composite when no table is complete.
 * Example: real → { quarter: '2022Q2', section: 'economy' }; demo → { quarter: '2024Q4', section: 'overall' }
 */
export function defaultView(ds: Dataset): DefaultView | null {
  // Asked by the view, the header's quarter select and the deck on every render: decided once per dataset.
  if (defaultViews.has(ds)) return defaultViews.get(ds) ?? null
  const view = findDefaultView(ds)
  defaultViews.set(ds, view)
  return view
}

const defaultViews = new WeakMap<Dataset, DefaultView | null>()

function findDefaultView(ds: Dataset): DefaultView | null {
  const quarters = quarterIds(ds)
  for (let i = quarters.length - 1; i >= 0; i--) {
    const q = quarters[i] as QuarterId
    const section = completeTableOf(ds, q)
    if (section) return { quarter: q, section }
  }
  const last = quarters.at(-1)
  return last ? { quarter: last, section: 'overall' } : null
}

/**
 * The quarter a view of one table opens on when the link names no quarter: the newest quarter where
 * that table is complete, else the default view's quarter.
 * Example: real, 'urban' → '2022Q2'; real, 'overall' → '2022Q2' (no complete composite anywhere)
 */
export function defaultQuarterFor(ds: Dataset, section: SectionOrOverall): QuarterId | undefined {
  const quarters = quarterIds(ds)
  for (let i = quarters.length - 1; i >= 0; i--) {
    const q = quarters[i] as QuarterId
    if (isCompleteTable(ds, q, section)) return q
  }
  return defaultView(ds)?.quarter
}

/**
 * A district page's quarter when the link names none: the newest quarter where the district has a
 * known (published or derived) rank or score in the composite or any section, else the default view's.
 * Example: real, 'huangdao' → '2023Q3' (综合第1, 98.30); real, 'pingdu' → '2022Q2'
 */
export function districtDefaultQuarter(ds: Dataset, districtId: string): QuarterId | undefined {
  const district = ds.districts.find((d) => d.id === districtId)
  const quarters = quarterIds(ds)
  if (district)
    for (let i = quarters.length - 1; i >= 0; i--) {
      const q = quarters[i] as QuarterId
      const known = tablesOf(ds, q).some((s) => {
        const row = rankingRow(ds, q, s, district)
        return row.rank.status !== 'not-published' || row.score.status !== 'not-published'
      })
      if (known) return q
    }
  return defaultView(ds)?.quarter
}

/**
 * What "why it moved" explains when the link names neither a quarter nor a district: the newest
 * quarter that, with the quarter before it, has data and a district whose composite rank moved (the
 * biggest move, ties in the districts file's order). Null when no such pair exists.
 * Example: real → { quarter: '2022Q2', district: 'shinan' } (上升2个位次 vs 2022Q1)
 */
export function defaultMove(ds: Dataset): { quarter: QuarterId; district: string } | null {
  const quarters = quarterIds(ds)
  for (let i = quarters.length - 1; i > 0; i--) {
    const q = quarters[i] as QuarterId
    if (!ds.quarters.has(previousQuarter(q))) continue
    let best: { district: string; size: number } | null = null
    for (const r of buildRankingTable(ds, q, 'overall').rows) {
      const c = r.rankChange
      // A rise flag's lower bound is not a move between two known ranks.
      if (c.kind !== 'known' || c.atLeast || c.delta === 0) continue
      if (!best || Math.abs(c.delta) > best.size) best = { district: r.district.id, size: Math.abs(c.delta) }
    }
    if (best) return { quarter: q, district: best.district }
  }
  return null
}
