/**
 * The movers brief for one quarter vs the previous one: biggest risers and fallers (composite and
 * each section), entries to and exits from the top 3, flags won, and a short generated summary.
 *
 * Honesty: every sentence is built from a computed fact. A "biggest" claim is only made when every
 * district's change is known (an unknown change could be bigger); with partial data the brief lists
 * what is known and says the rest is not published, or says nothing.
 */
import { compositeRanks, type Dataset, SECTION_NAMES } from '../../../domain/model/dataset'
import { figureValue } from '../../../domain/model/figure'
import { parseQuarter, previousQuarter, type QuarterId, quarterLabel } from '../../../domain/model/quarter'
import type { District, FlagId, SectionOrOverall } from '../../../domain/model/schema'
import { FLAG_NAMES } from '../../../domain/rules/flags'
import {
  buildRankingTable,
  type FlagView,
  flagsFor,
  type RankingTable,
} from '../../../domain/tables/ranking-table'

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

import { type Mover, type TableMovers, tableMovers, topThreeOf } from '../../../domain/tables/movers'

export type { Mover, TableMovers }
export { tableMovers, topThreeOf }

export type FlagsWon = { district: District; flags: FlagView[] }

export type SummarySentence = { zh: string; en: string; derived: boolean }

export type MoversBrief = {
  quarter: QuarterId
  baseline: QuarterId
  composite: TableMovers
  sections: TableMovers[]
  topThree: TopThree
  flags: FlagsWon[]
  summary: SummarySentence[]
}

/** Example: "2022Q1" relative to "2022Q2" → "一季度"; "2022Q4" relative to "2023Q1" → "2022年四季度" */
export function baselineWordZh(baseline: QuarterId, quarter: QuarterId): string {
  const b = parseQuarter(baseline)
  return b.year === parseQuarter(quarter).year ? `${'一二三四'[b.q - 1]}季度` : quarterLabel(baseline, 'zh')
}

const listZh = (ds: District[]) => ds.map((d) => d.name).join('、')
const listEn = (ds: District[]) => {
  const names = ds.map((d) => d.nameEn)
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
const derivedZh = (derived: boolean) => (derived ? '（含推算位次）' : '')
const derivedEn = (derived: boolean) => (derived ? ' (partly from derived ranks)' : '')

function flagSentences(flags: FlagsWon[], composite: TableMovers, quarter: QuarterId, baseline: QuarterId) {
  const out: SummarySentence[] = []
  const bZh = baselineWordZh(baseline, quarter)
  const bEn = quarterLabel(baseline, 'en')
  const holders = (flag: FlagId, status: 'published' | 'derived') =>
    flags.filter((f) => f.flags.some((x) => x.flag === flag && x.status === status)).map((f) => f.district)
  const moverOf = (d: District) =>
    [...composite.risers, ...composite.fallers].find((m) => m.district.id === d.id)

  const topPub = holders('top', 'published')
  if (topPub.length)
    out.push({
      zh: `${listZh(topPub)}获“${FLAG_NAMES.top.zh}”红旗。`,
      en: `${listEn(topPub)} won the “${FLAG_NAMES.top.en}” flag.`,
      derived: false,
    })
  const topDer = holders('top', 'derived')
  if (topDer.length)
    out.push({
      zh: `按“${FLAG_NAMES.top.ruleZh}”的规则，${listZh(topDer)}应获“${FLAG_NAMES.top.zh}”红旗（推算，未见公布）。`,
      en: `By the rule (${FLAG_NAMES.top.ruleEn}), ${listEn(topDer)} qualify for the “${FLAG_NAMES.top.en}” flag (derived; no published award found).`,
      derived: true,
    })

  for (const status of ['published', 'derived'] as const) {
    const rise = holders('rise', status)
    const withChange = rise.filter((d) => moverOf(d))
    const without = rise.filter((d) => !moverOf(d))
    for (const d of withChange) {
      const m = moverOf(d) as Mover
      const derived = status === 'derived' || m.fromDerivedInput
      out.push(
        status === 'published'
          ? {
              zh: `${d.name}综合成绩较${bZh}上升${m.delta}位，获“${FLAG_NAMES.rise.zh}”红旗${derivedZh(m.fromDerivedInput)}。`,
              en: `${d.nameEn} rose ${m.delta} composite places vs ${bEn} and won the “${FLAG_NAMES.rise.en}” flag${derivedEn(m.fromDerivedInput)}.`,
              derived,
            }
          : {
              zh: `${d.name}综合成绩较${bZh}上升${m.delta}位，按规则应获“${FLAG_NAMES.rise.zh}”红旗（推算，未见公布）。`,
              en: `${d.nameEn} rose ${m.delta} composite places vs ${bEn}, which qualifies for the “${FLAG_NAMES.rise.en}” flag by the rule (derived; no published award found).`,
              derived,
            },
      )
    }
    // A published flag without known ranks: the award is a fact, the number of places is not.
    if (without.length && status === 'published')
      out.push({
        zh: `${listZh(without)}获“${FLAG_NAMES.rise.zh}”红旗（位次变化未公布）。`,
        en: `${listEn(without)} won the “${FLAG_NAMES.rise.en}” flag (rank changes not published).`,
        derived: false,
      })
  }
  return out
}

function moverPhraseZh(m: Mover): string {
  return `${m.district.name}${m.delta > 0 ? '上升' : '下降'}${Math.abs(m.delta)}位`
}
function moverPhraseEn(m: Mover): string {
  return `${m.district.nameEn} ${m.delta > 0 ? 'up' : 'down'} ${Math.abs(m.delta)}`
}

function tableSentences(tm: TableMovers, quarter: QuarterId, baseline: QuarterId): SummarySentence[] {
  const nameZh = SECTION_NAMES[tm.section].zh
  const nameEn = SECTION_NAMES[tm.section].en
  const subjectZh = tm.section === 'overall' ? '综合位次' : `${nameZh}板块位次`
  const subjectEn = tm.section === 'overall' ? 'composite rank' : `${nameEn} rank`
  const bZh = baselineWordZh(baseline, quarter)
  const bEn = quarterLabel(baseline, 'en')
  if (tm.known === 0) return []
  if (tm.complete) {
    if (!tm.risers.length && !tm.fallers.length)
      return [
        {
          zh: `${subjectZh}与${bZh}相同。`,
          en: `Every ${subjectEn} is unchanged vs ${bEn}.`,
          derived: false,
        },
      ]
    const parts: string[] = []
    const partsEn: string[] = []
    const rise = tm.biggestRise
    const fall = tm.biggestFall
    if (rise[0]) {
      parts.push(`上升最多的是${listZh(rise.map((m) => m.district))}（上升${rise[0].delta}位）`)
      partsEn.push(`the biggest rise was ${listEn(rise.map((m) => m.district))} (up ${rise[0].delta})`)
    }
    if (fall[0]) {
      parts.push(`下降最多的是${listZh(fall.map((m) => m.district))}（下降${-fall[0].delta}位）`)
      partsEn.push(`the biggest fall was ${listEn(fall.map((m) => m.district))} (down ${-fall[0].delta})`)
    }
    const derived = [...rise, ...fall].some((m) => m.fromDerivedInput)
    return [
      {
        zh: `${subjectZh}较${bZh}${parts.join('，')}${derivedZh(derived)}。`,
        en: `In ${subjectEn} vs ${bEn}, ${partsEn.join('; ')}${derivedEn(derived)}.`,
        derived,
      },
    ]
  }
  // Partial: list the known changes only (no "biggest"), and say how many are unknown. Sections
  // are only summarised when complete: a partial section table says too little to be worth a line.
  if (tm.section !== 'overall') return []
  const moved = [...tm.risers, ...tm.fallers]
  const unknown = tm.total - tm.known
  const derived = [...moved, ...tm.unchanged].some((m) => m.fromDerivedInput)
  const zh = moved.map(moverPhraseZh)
  const en = moved.map(moverPhraseEn)
  if (tm.unchanged.length) {
    zh.push(`${listZh(tm.unchanged.map((m) => m.district))}持平`)
    en.push(`${listEn(tm.unchanged.map((m) => m.district))} unchanged`)
  }
  return [
    {
      zh: `已知${subjectZh}变化（较${bZh}）：${zh.join('，')}${derivedZh(derived)}；其余${unknown}个区市的位次变化未公布。`,
      en: `Known ${subjectEn} changes vs ${bEn}: ${en.join(', ')}${derivedEn(derived)}; the other ${unknown} are not published.`,
      derived,
    },
  ]
}

function topThreeSentences(t: TopThree, quarter: QuarterId, baseline: QuarterId): SummarySentence[] {
  if (!t.known) return []
  const bZh = baselineWordZh(baseline, quarter)
  const bEn = quarterLabel(baseline, 'en')
  if (!t.entered.length && !t.exited.length)
    return [
      {
        zh: `综合前三名与${bZh}相同（${listZh(t.current)}）${derivedZh(t.fromDerived)}。`,
        en: `The composite top 3 is the same as in ${bEn} (${listEn(t.current)})${derivedEn(t.fromDerived)}.`,
        derived: t.fromDerived,
      },
    ]
  const zh: string[] = []
  const en: string[] = []
  if (t.entered.length) {
    zh.push(`${listZh(t.entered)}进入综合前三`)
    en.push(`${listEn(t.entered)} entered the composite top 3`)
  }
  if (t.exited.length) {
    zh.push(`${listZh(t.exited)}退出前三`)
    en.push(`${listEn(t.exited)} left it`)
  }
  return [
    {
      zh: `${zh.join('，')}${derivedZh(t.fromDerived)}。`,
      en: `${en.join('; ')}${derivedEn(t.fromDerived)}.`,
      derived: t.fromDerived,
    },
  ]
}

/**
 * Example (real data, 2022Q2): composite movers known for shinan only (+2, stated in the notice)
 * → summary includes "市南区综合成绩较一季度上升2位，获“加压奋进、进位赶超”红旗。" and no
 * "biggest" claim, because the other districts' changes are not published.
 */
export function buildMoversBrief(ds: Dataset, quarter: QuarterId): MoversBrief {
  const baseline = previousQuarter(quarter)
  const ranks = compositeRanks(ds)
  const compositeTable = buildRankingTable(ds, quarter, 'overall')
  const composite = tableMovers(compositeTable)
  const file = ds.quarters.get(quarter)
  const sections = (file?.sections ?? []).map((s) => tableMovers(buildRankingTable(ds, quarter, s.id)))

  const now = topThreeOf(compositeTable)
  const before = topThreeOf(buildRankingTable(ds, baseline, 'overall'))
  const topThree: TopThree =
    now && before
      ? {
          known: true,
          current: now.districts,
          previous: before.districts,
          entered: now.districts.filter((d) => !before.districts.some((x) => x.id === d.id)),
          exited: before.districts.filter((d) => !now.districts.some((x) => x.id === d.id)),
          fromDerived: now.fromDerived || before.fromDerived,
        }
      : { known: false, missing: [...(now ? [] : [quarter]), ...(before ? [] : [baseline])] }

  const flags = ds.districts
    .map((district) => ({ district, flags: flagsFor(ds, ranks, quarter, district.id) }))
    .filter((f) => f.flags.length > 0)

  const summary = [
    ...flagSentences(flags, composite, quarter, baseline),
    ...tableSentences(composite, quarter, baseline),
    ...topThreeSentences(topThree, quarter, baseline),
    ...sections.flatMap((s) => tableSentences(s, quarter, baseline)),
  ]
  return { quarter, baseline, composite, sections, topThree, flags, summary }
}
