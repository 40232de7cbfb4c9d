/**
 * One district across quarters: per quarter its composite rank, score, total stars, flags and
 * movement, and per section its rank, score and stars. Built from the same rules as the rankings
 * table (rankingRow), so a district page can never disagree with the rankings view.
 * Plain functions, no React.
 */
import { type Dataset, districtsById } from '../model/dataset'
import type { Figure } from '../model/figure'
import { NOT_PUBLISHED } from '../model/figure'
import { type QuarterId, quarterRange } from '../model/quarter'
import type { District, QuarterFile, SectionId } from '../model/schema'
import type { Change } from '../rules/change'
import type { StarComparison } from '../rules/stars'
import { type FlagView, type RankingRow, rankingRow, tableAvailability } from './ranking-table'

/** One section of one quarter for one district. */
export type SectionCell = {
  section: SectionId
  rank: Figure<number>
  score: Figure<number>
  /** Printed stars vs the rule's; null when the table (or the district's row) was not published. */
  stars: StarComparison | null
  weight: number | null
  /** False when the section's table was not published; `reason` then says why. */
  available: boolean
  reason: string | null
}

export type HistoryEntry = {
  quarter: QuarterId
  /**
   * 'missing' when the dataset has no file for this calendar quarter; 'invalid' when a file exists
   * but could not be used (it failed validation), which must be said as such, not as 未公布.
   */
  file: 'present' | 'missing' | 'invalid'
  rank: Figure<number>
  score: Figure<number>
  totalStars: Figure<number>
  flags: FlagView[]
  rankChange: Change
  scoreChange: Change
  /** The sections assessed that quarter, in the file's order; empty when none were listed. */
  sections: SectionCell[]
  /**
   * True when the quarter's file lists its sections. When false (no file, or `sections: []`
   * because no copy of the section list was found or it was not verified), an absent section is
   * 未公布, not "not assessed".
   */
  sectionsListed: boolean
}

/** What is known about one section in one quarter. */
export type SectionListing = 'listed' | 'not-assessed' | 'unknown'

/**
 * Whether a quarter assessed a section, from its file alone. A file with an empty `sections`
 * array did not publish (or we could not verify) its section list, so every section is 'unknown'
 * (未公布); 'not-assessed' is only said when the quarter lists its sections and this one is not
 * among them. The one rule shared by the district page, the news cards and the movement view.
 * Example (real data): 2022Q2 economy → 'listed'; 2023Q1 business → 'not-assessed' (lists three
 * sections, 优化营商环境 starts in 2023Q3); 2022Q1 economy → 'unknown' (sections: []); no file → 'unknown'.
 */
export function sectionListing(file: QuarterFile | undefined, section: SectionId): SectionListing {
  if (!file || file.sections.length === 0) return 'unknown'
  return file.sections.some((s) => s.id === section) ? 'listed' : 'not-assessed'
}

/** One section of a history entry: its cell, or why there is none. */
export type EntrySection =
  | { kind: 'cell'; cell: SectionCell }
  | { kind: 'not-assessed' }
  | { kind: 'unknown' }

/**
 * The same rule as sectionListing, on an entry.
 * Example (real huangdao): 2022Q2 economy → cell; 2022Q1 economy → unknown; 2023Q1 business → not-assessed.
 */
export function entrySection(entry: HistoryEntry, section: SectionId): EntrySection {
  const cell = entry.sections.find((s) => s.section === section)
  if (cell) return { kind: 'cell', cell }
  return entry.sectionsListed ? { kind: 'not-assessed' } : { kind: 'unknown' }
}

/** The calendar quarters a history covers: from the first to the last quarter that has a file. */
export function historyQuarters(quarters: readonly QuarterId[]): QuarterId[] {
  const sorted = [...quarters].sort()
  const first = sorted[0]
  const last = sorted.at(-1)
  return first && last ? quarterRange(first, last) : []
}

const NONE: ReadonlySet<QuarterId> = new Set()

function emptyEntry(quarter: QuarterId, row: RankingRow | undefined, invalid: boolean): HistoryEntry {
  return {
    quarter,
    file: invalid ? 'invalid' : 'missing',
    rank: NOT_PUBLISHED,
    score: NOT_PUBLISHED,
    totalStars: NOT_PUBLISHED,
    flags: [],
    // The change is still worth having: a derived rank can exist for a quarter without a file.
    rankChange: row?.rankChange ?? { kind: 'unknown', baseline: quarter, missing: 'both' },
    scoreChange: row?.scoreChange ?? { kind: 'unknown', baseline: quarter, missing: 'both' },
    sections: [],
    sectionsListed: false,
  }
}

/**
 * The entry for one quarter.
 * Example (real data): districtEntry(ds, '2022Q2', 'huangdao') → rank 1 and score 90.00 published,
 * economy { rank 1, score 54.96, stars 9 printed vs 10 by rule }, projects { available: false }.
 * With `invalid` holding '2022Q2' (its file failed validation, so it is not in `ds`) → file 'invalid'.
 */
export function districtEntry(
  ds: Dataset,
  quarter: QuarterId,
  district: string,
  invalid: ReadonlySet<QuarterId> = NONE,
): HistoryEntry {
  const d = districtsById(ds).get(district)
  const row = d ? rankingRow(ds, quarter, 'overall', d) : undefined
  const file = ds.quarters.get(quarter)
  if (!file) {
    const entry = emptyEntry(quarter, row, invalid.has(quarter))
    // Composite ranks derived from another quarter's movement statement can land on a quarter
    // without a file; keep them rather than hide a known figure.
    return row ? { ...entry, rank: row.rank } : entry
  }
  const sections: SectionCell[] = file.sections.map((s) => {
    const r = d ? rankingRow(ds, quarter, s.id, d) : undefined
    const table = tableAvailability(file, s.id)
    return {
      section: s.id,
      rank: r?.rank ?? NOT_PUBLISHED,
      score: r?.score ?? NOT_PUBLISHED,
      stars: r?.stars ?? null,
      weight: s.weight,
      available: table.available,
      reason: table.reason,
    }
  })
  return {
    quarter,
    file: 'present',
    rank: row?.rank ?? NOT_PUBLISHED,
    score: row?.score ?? NOT_PUBLISHED,
    totalStars: row?.totalStars ?? NOT_PUBLISHED,
    flags: row?.flags ?? [],
    rankChange: row?.rankChange ?? { kind: 'unknown', baseline: quarter, missing: 'both' },
    scoreChange: row?.scoreChange ?? { kind: 'unknown', baseline: quarter, missing: 'both' },
    sections,
    sectionsListed: file.sections.length > 0,
  }
}

/**
 * Every calendar quarter from the dataset's first to its last, oldest first, so a quarter with
 * no file shows up as a gap instead of silently joining its neighbours.
 * Quarters in `invalid` (a file exists but failed validation) are covered too and marked 'invalid'.
 * Example (real data, huangdao): 7 entries 2022Q1…2023Q3; 2023Q2 has file 'missing'.
 */
export function districtHistory(
  ds: Dataset,
  district: string,
  invalid: ReadonlySet<QuarterId> = NONE,
): HistoryEntry[] {
  return historyQuarters([...ds.quarters.keys(), ...invalid]).map((q) =>
    districtEntry(ds, q, district, invalid),
  )
}

/** Sections that occur in any entry, in first-seen order (economy, projects, urban, business). */
export function historySections(entries: readonly HistoryEntry[]): SectionId[] {
  const out: SectionId[] = []
  for (const e of entries) for (const s of e.sections) if (!out.includes(s.section)) out.push(s.section)
  return out
}

/**
 * The alias worth showing next to the name: the first one that is not just a shortening of the
 * name (市南 for 市南区 adds nothing) and is written in Chinese.
 * Example: huangdao → "西海岸新区"; shinan → null.
 */
export function primaryAlias(district: District): string | null {
  const cjk = /[\u4e00-\u9fff]/
  return district.aliases.find((a) => cjk.test(a) && !district.name.includes(a)) ?? null
}
