/**
 * "Why it moved": a district's composite score change between two quarters, split by section.
 *
 * Rule (worded as movement:why.compositeRule): each section's score is already on its own weight (经济运行 out of 60,
 * 城市更新建设 out of 20, …) and the composite is their sum plus any bonus item, so a section
 * contributes its score change one-to-one. Whatever the published sections do not account for
 * is shown as a remainder with its likely cause (a bonus item that is not published per
 * district), never silently spread over the sections. Missing inputs are named, not guessed.
 */
import { type Dataset, scoreFigure } from '../../../domain/model/dataset'
import type { Figure } from '../../../domain/model/figure'
import { SECTION_IDS } from '../../../domain/model/ids'
import { previousQuarter, type QuarterId } from '../../../domain/model/quarter'
import type { District, SectionId } from '../../../domain/model/schema'
import { type Change, scoreChange } from '../../../domain/rules/change'
import { scoreKey } from '../../../domain/rules/tie-rule'
import { sectionListing } from '../../../domain/tables/district-history'

/** Why an input of the decomposition is missing. */
export type MissingReason =
  | 'no-file' // the dataset has no file for the quarter
  | 'invalid-file' // a file exists but failed validation: an error to fix, not a gap in the data
  | 'not-assessed' // the quarter did not assess this section (e.g. 优化营商环境 before 2023Q3)
  | 'no-section-data' // the quarter's file has no section information at all (real 2022Q1)
  | 'table-not-published' // assessed, but the table is not public
  | 'row-not-published' // the table is public, but not this district's row (e.g. composite top 5 only)

export type MissingInput = { quarter: QuarterId; input: SectionId | 'overall'; reason: MissingReason }

export type SectionPart = {
  section: SectionId
  weight: number | null
  baselineWeight: number | null
  current: Figure<number>
  baseline: Figure<number>
  /** Points gained (negative = lost), rounded to hundredths; null when either side is missing. */
  delta: number | null
}

export type Decomposition = {
  district: District
  quarter: QuarterId
  baseline: QuarterId
  composite: Change
  /** The composite scores themselves (a change can be unknown while one side is published). */
  compositeCurrent: Figure<number>
  compositeBaseline: Figure<number>
  parts: SectionPart[]
  /** Sum of the section changes when every part is known, else null. */
  explained: number | null
  /** Composite change minus `explained` when both are known and they differ, else null. */
  remainder: number | null
  /** What the remainder is: a bonus item in either quarter, or not explained by the data. */
  remainderKind: 'bonus' | 'unexplained' | null
  bonusItems: string[]
  /** A section's maximum score differs between the quarters (e.g. 经济运行 60 → 50). */
  weightsChanged: boolean
  missing: MissingInput[]
  /** Every input is known and the parts account for the whole change. */
  complete: boolean
}

function whyMissing(
  ds: Dataset,
  quarter: QuarterId,
  input: SectionId | 'overall',
  invalid: ReadonlySet<QuarterId>,
): MissingReason {
  const file = ds.quarters.get(quarter)
  if (!file) return invalid.has(quarter) ? 'invalid-file' : 'no-file'
  if (input === 'overall') return 'row-not-published'
  // A file listing no sections says nothing about them; that is not the same as "not assessed"
  // (the shared rule, sectionListing).
  const listing = sectionListing(file, input)
  if (listing === 'unknown') return 'no-section-data'
  if (listing === 'not-assessed') return 'not-assessed'
  const s = file.sections.find((x) => x.id === input)
  if (s?.table.status !== 'published') return 'table-not-published'
  return 'row-not-published'
}

const hundredths = (x: number) => Math.round(x * 100) / 100

/**
 * Example (demo data, huangdao 2022Q2 vs 2022Q1): composite 89.66 → 90.82 (+1.16) =
 * economy +1.09, projects +0.23, urban −0.16; explained 1.16, remainder null, complete.
 * Example (real data, shinan 2022Q2): 2022Q1 has no section scores → missing lists
 * 2022Q1 economy / urban / projects and the 2022Q1 composite score; explained null.
 * `invalid` names quarters whose file exists but failed validation (useDataset().errors): their
 * inputs are missing as 'invalid-file', not 'no-file'.
 */
export function decomposeChange(
  ds: Dataset,
  district: District,
  quarter: QuarterId,
  invalid: ReadonlySet<QuarterId> = new Set(),
): Decomposition {
  const baseline = previousQuarter(quarter)
  const file = ds.quarters.get(quarter)
  const prevFile = ds.quarters.get(baseline)
  const missing: MissingInput[] = []

  const curComposite = scoreFigure(file, 'overall', district.id)
  const prevComposite = scoreFigure(prevFile, 'overall', district.id)
  const composite = scoreChange(curComposite, prevComposite, baseline)
  if (curComposite.status === 'not-published')
    missing.push({ quarter, input: 'overall', reason: whyMissing(ds, quarter, 'overall', invalid) })
  if (prevComposite.status === 'not-published')
    missing.push({
      quarter: baseline,
      input: 'overall',
      reason: whyMissing(ds, baseline, 'overall', invalid),
    })

  // Sections of either quarter, in the order they are assessed (a section new this quarter is
  // still listed: its missing baseline is part of the answer).
  const ids: SectionId[] = []
  for (const s of [...(prevFile?.sections ?? []), ...(file?.sections ?? [])])
    if (!ids.includes(s.id)) ids.push(s.id)
  ids.sort((a, b) => SECTION_IDS.indexOf(a) - SECTION_IDS.indexOf(b))

  const parts = ids.map((section): SectionPart => {
    const current = scoreFigure(file, section, district.id)
    const base = scoreFigure(prevFile, section, district.id)
    // A quarter without a file is named once (as its composite), not once per section.
    if (current.status === 'not-published' && file)
      missing.push({ quarter, input: section, reason: whyMissing(ds, quarter, section, invalid) })
    if (base.status === 'not-published' && prevFile)
      missing.push({ quarter: baseline, input: section, reason: whyMissing(ds, baseline, section, invalid) })
    const delta =
      current.status !== 'not-published' && base.status !== 'not-published'
        ? (scoreKey(current.value) - scoreKey(base.value)) / 100
        : null
    return {
      section,
      weight: file?.sections.find((s) => s.id === section)?.weight ?? null,
      baselineWeight: prevFile?.sections.find((s) => s.id === section)?.weight ?? null,
      current,
      baseline: base,
      delta,
    }
  })
  // Read as a list: older quarter first, composite before sections, sections in assessment order.
  const rank = (i: SectionId | 'overall') => (i === 'overall' ? -1 : SECTION_IDS.indexOf(i))
  missing.sort((a, b) =>
    a.quarter === b.quarter ? rank(a.input) - rank(b.input) : a.quarter < b.quarter ? -1 : 1,
  )

  const allKnown = parts.length > 0 && parts.every((p) => p.delta !== null)
  const explained = allKnown ? hundredths(parts.reduce((sum, p) => sum + (p.delta ?? 0), 0)) : null
  const bonusItems = [...new Set([...(prevFile?.bonusItems ?? []), ...(file?.bonusItems ?? [])])]
  let remainder: number | null = null
  let remainderKind: Decomposition['remainderKind'] = null
  if (explained !== null && composite.kind === 'known') {
    const r = hundredths(composite.delta - explained)
    // Differences under a hundredth are float noise: scores are published to two decimals.
    if (Math.abs(r) >= 0.01) {
      remainder = r
      remainderKind = bonusItems.length ? 'bonus' : 'unexplained'
    }
  }
  const weightsChanged = parts.some(
    (p) => p.weight !== null && p.baselineWeight !== null && p.weight !== p.baselineWeight,
  )
  return {
    district,
    quarter,
    baseline,
    composite,
    compositeCurrent: curComposite,
    compositeBaseline: prevComposite,
    parts,
    explained,
    remainder,
    remainderKind,
    bonusItems,
    weightsChanged,
    missing,
    complete: missing.length === 0 && explained !== null && remainder === null,
  }
}
