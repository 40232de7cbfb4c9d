/**
 * The movers brief for one quarter vs the previous one: biggest risers and fallers (composite and
 * each section), entries to and exits from the top 3, flags won, and the facts of a short summary
 * (worded by the view, brief-words.ts).
 *
 * Honesty: every line is a computed fact. A "biggest" claim is only made when every
 * district's change is known (an unknown change could be bigger); with partial data the brief lists
 * what is known and says the rest is not published, or says nothing.
 */
import type { Dataset } from '../../../domain/model/dataset'
import { previousQuarter, type QuarterId } from '../../../domain/model/quarter'
import type { District, FlagId, SectionOrOverall } from '../../../domain/model/schema'
import { type Mover, type TableMovers, tableMovers, topThreeOf } from '../../../domain/tables/movers'
import { buildRankingTable, type FlagView } from '../../../domain/tables/ranking-table'

export type TopThree =
  | {
      known: true
      current: District[]
      previous: District[]
      entered: District[]
      exited: District[]
      /** A rank used to decide membership is derived. */
      fromDerived: boolean
    }
  /** `missing` names the quarters whose top 3 is not fully known. */
  | { known: false; missing: QuarterId[] }

export type { Mover, TableMovers }
export { tableMovers, topThreeOf }

export type FlagsWon = { district: District; flags: FlagView[] }

/**
 * One line of the generated summary, as a fact; the movement view words it (brief-words.ts).
 * `derived` is true when the line rests on a rule or a derived rank (it is marked on screen).
 */
export type SummaryFact = {
  derived: boolean
} /** The top flag: published awards, or by the rule where none was published. */ & (
  | { kind: 'topFlag'; districts: District[]; status: 'published' | 'derived' }
  /** A rise flag with the known number of places risen. */
  | {
      kind: 'riseFlag'
      district: District
      places: number
      status: 'published' | 'derived'
      fromDerivedInput: boolean
      /** `places` is the flag rule's lower bound (the previous rank is not published). */
      atLeast?: true
    }
  /** A published rise flag whose rank change is not published. */
  | { kind: 'riseFlagWithoutChange'; districts: District[] }
  /** Every district's change in the table is known and nobody moved. */
  | { kind: 'tableUnchanged'; section: SectionOrOverall }
  /** Every change is known: the biggest rise and fall (ties all named). */
  | {
      kind: 'tableBiggest'
      section: SectionOrOverall
      rise: { districts: District[]; places: number } | null
      fall: { districts: District[]; places: number } | null
    }
  /** Only some composite changes are known: those, and how many are not. */
  | {
      kind: 'tablePartial'
      section: SectionOrOverall
      moved: Mover[]
      unchanged: District[]
      unknown: number
    }
  | { kind: 'topThreeSame'; districts: District[] }
  | { kind: 'topThreeChanged'; entered: District[]; exited: District[] }
)

export type MoversBrief = {
  quarter: QuarterId
  baseline: QuarterId
  composite: TableMovers
  sections: TableMovers[]
  topThree: TopThree
  flags: FlagsWon[]
  summary: SummaryFact[]
}

function flagFacts(flags: FlagsWon[], composite: TableMovers): SummaryFact[] {
  const out: SummaryFact[] = []
  const holders = (flag: FlagId, status: 'published' | 'derived') =>
    flags.filter((f) => f.flags.some((x) => x.flag === flag && x.status === status)).map((f) => f.district)
  const movers = new Map([...composite.risers, ...composite.fallers].map((m) => [m.district.id, m]))

  for (const status of ['published', 'derived'] as const) {
    const top = holders('top', status)
    if (top.length) out.push({ kind: 'topFlag', districts: top, status, derived: status === 'derived' })
  }
  for (const status of ['published', 'derived'] as const) {
    const rise = holders('rise', status)
    for (const d of rise) {
      const m = movers.get(d.id)
      if (!m) continue
      out.push({
        kind: 'riseFlag',
        district: d,
        places: m.delta,
        status,
        fromDerivedInput: m.fromDerivedInput,
        ...(m.atLeast ? { atLeast: true as const } : {}),
        derived: status === 'derived' || m.fromDerivedInput || Boolean(m.atLeast),
      })
    }
    // A published flag without known ranks: the award is a fact, the number of places is not.
    const without = rise.filter((d) => !movers.has(d.id))
    if (without.length && status === 'published')
      out.push({ kind: 'riseFlagWithoutChange', districts: without, derived: false })
  }
  return out
}

function tableFacts(tm: TableMovers): SummaryFact[] {
  if (tm.known === 0) return []
  if (tm.complete) {
    if (!tm.risers.length && !tm.fallers.length)
      return [{ kind: 'tableUnchanged', section: tm.section, derived: false }]
    const rise = tm.biggestRise
    const fall = tm.biggestFall
    return [
      {
        kind: 'tableBiggest',
        section: tm.section,
        rise: rise[0] ? { districts: rise.map((m) => m.district), places: rise[0].delta } : null,
        fall: fall[0] ? { districts: fall.map((m) => m.district), places: -fall[0].delta } : null,
        derived: [...rise, ...fall].some((m) => m.fromDerivedInput),
      },
    ]
  }
  // Partial: list the known changes only (no "biggest"), and say how many are unknown. Sections
  // are only summarised when complete: a partial section table says too little to be worth a line.
  if (tm.section !== 'overall') return []
  // A rise flag's lower bound has its own sentence (flagFacts); this line lists exact changes only.
  const bounds = tm.risers.filter((m) => m.atLeast).length
  const moved = [...tm.risers, ...tm.fallers].filter((m) => !m.atLeast)
  if (!moved.length && !tm.unchanged.length) return []
  return [
    {
      kind: 'tablePartial',
      section: tm.section,
      moved,
      unchanged: tm.unchanged.map((m) => m.district),
      unknown: tm.total - tm.known + bounds,
      derived: [...moved, ...tm.unchanged].some((m) => m.fromDerivedInput),
    },
  ]
}

function topThreeFacts(t: TopThree): SummaryFact[] {
  if (!t.known) return []
  if (!t.entered.length && !t.exited.length)
    return [{ kind: 'topThreeSame', districts: t.current, derived: t.fromDerived }]
  return [{ kind: 'topThreeChanged', entered: t.entered, exited: t.exited, derived: t.fromDerived }]
}

/**
 * Example (real data, 2022Q2): composite movers known for shinan only (+2, stated in the notice)
 * → summary includes { kind: 'riseFlag', district: 市南区, places: 2, status: 'published' } and no
 * 'tableBiggest', because the other districts' changes are not published.
 */
export function buildMoversBrief(ds: Dataset, quarter: QuarterId): MoversBrief {
  const baseline = previousQuarter(quarter)
  const compositeTable = buildRankingTable(ds, quarter, 'overall')
  const composite = tableMovers(compositeTable)
  const file = ds.quarters.get(quarter)
  const sections = (file?.sections ?? []).map((s) => tableMovers(buildRankingTable(ds, quarter, s.id)))

  const now = topThreeOf(compositeTable)
  const before = topThreeOf(buildRankingTable(ds, baseline, 'overall'))
  const nowIds = new Set(now?.districts.map((d) => d.id))
  const beforeIds = new Set(before?.districts.map((d) => d.id))
  const topThree: TopThree =
    now && before
      ? {
          known: true,
          current: now.districts,
          previous: before.districts,
          entered: now.districts.filter((d) => !beforeIds.has(d.id)),
          exited: before.districts.filter((d) => !nowIds.has(d.id)),
          fromDerived: now.fromDerived || before.fromDerived,
        }
      : { known: false, missing: [...(now ? [] : [quarter]), ...(before ? [] : [baseline])] }

  // The composite table already holds every district's flags (published and by rule); list them
  // in the districts file's order, as the notices do.
  const flagsOf = new Map(compositeTable.rows.map((r) => [r.district.id, r.flags]))
  const flags = ds.districts
    .map((district) => ({ district, flags: flagsOf.get(district.id) ?? [] }))
    .filter((f) => f.flags.length > 0)

  const summary = [
    ...flagFacts(flags, composite),
    ...tableFacts(composite),
    ...topThreeFacts(topThree),
    ...sections.flatMap((s) => tableFacts(s)),
  ]
  return { quarter, baseline, composite, sections, topThree, flags, summary }
}
