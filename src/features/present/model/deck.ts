/**
 * Presentation decks as data. A deck is an ordered list of slides; each slide is a view state
 * (what to show: the title, a section's board, one district's card, …) plus how long it stays up
 * under auto-advance and whether it runs the speaker timer. `buildDeck` is a pure function of the
 * dataset, so the same data always gives the same deck, and a data reload cannot reshuffle it.
 *
 * Honesty rules apply to slides too: slides with nothing published are skipped, partial ones say
 * 未公布, and the speaking order (the order of the district cards) is the composite ranking where
 * it is known, then the districts-file order for the rest, which the slides state.
 *
 * The models return facts (figures with their provenance, counts, districts); the slides word
 * them. Every model reads the memoised composite table and the per-file indexes, never scanning
 * rows per district, so a 3,000-district dataset still builds its deck in milliseconds.
 */
import { compositeRanks, type Dataset, rankFigure, scoreFigure } from '../../../domain/model/dataset'
import { fileIndex, memoOn } from '../../../domain/model/dataset-index'
import { type Figure, figureValue } from '../../../domain/model/figure'
import { FLAG_IDS, type FlagId, type SectionId, type SectionOrOverall } from '../../../domain/model/ids'
import { previousQuarter, type QuarterId } from '../../../domain/model/quarter'
import type { District, Source } from '../../../domain/model/schema'
import { allSecondHand, isSecondHand } from '../../../domain/model/sources'
import { type Change, rankChange } from '../../../domain/rules/change'
import { compareStars, type StarComparison } from '../../../domain/rules/stars'
import { type Mover, tableMovers } from '../../../domain/tables/movers'
import {
  buildRankingTable,
  type FlagView,
  flagsFor,
  type RankingRow,
  type RankingTable,
  type RowCoverage,
  rankingRow,
  rowCoverage,
  tableAvailability,
} from '../../../domain/tables/ranking-table'
import type { DeckId } from './deck-ids'

export type { DeckId } from './deck-ids'

export type SlideView =
  | { kind: 'title' }
  | { kind: 'podium' }
  | { kind: 'board'; section: SectionOrOverall }
  | { kind: 'movers' }
  /** `position` is 1-based in the speaking order of `of` districts. */
  | {
      kind: 'district'
      district: string
      position: number
      of: number
      rankKnown: boolean
      /**
       * Set on an unranked district's card when the start screen set the speaking order of the
       * unranked places (`order=`): those districts' ids in that order. The card then says its place
       * is a 发言顺序（非名次）; absent, the unranked follow the districts file's order.
       */
      order?: readonly string[]
    }
  | { kind: 'closing' }

export type Slide = {
  /** Stable across data reloads ("district:huangdao"), so the controller can keep its place. */
  id: string
  view: SlideView
  /** How long the slide stays up under auto-advance. */
  dwellMs: number
  /** District cards run the speaker timer. */
  timer: boolean
}

export type DeckDefinition = {
  id: DeckId
  /** Auto-advance on by default (the lobby loop) or only with `auto=1`. */
  auto: boolean
  /** At the end, start again (lobby) or stay on the last slide (meeting). */
  loop: boolean
  /** Speaker time per district card, seconds. */
  timerSeconds: number
  /** Default dwell per slide kind, seconds; district cards dwell for the speaker time. */
  dwellSeconds: Record<Exclude<SlideView['kind'], 'district'>, number>
}

export const DECKS: Record<DeckId, DeckDefinition> = {
  arena: {
    id: 'arena',
    auto: false,
    loop: false,
    timerSeconds: 300,
    dwellSeconds: { title: 10, podium: 20, board: 20, movers: 20, closing: 20 },
  },
  overview: {
    id: 'overview',
    auto: true,
    loop: true,
    timerSeconds: 300,
    dwellSeconds: { title: 10, podium: 15, board: 15, movers: 15, closing: 15 },
  },
}

export type DeckOptions = {
  /** Overrides the deck's speaker time (seconds), e.g. from `timer=` in the URL. */
  timerSeconds?: number
  /** Overrides every non-card slide's dwell (seconds), e.g. from `dwell=` in the URL. */
  dwellSeconds?: number
  /**
   * The districts without a known composite rank in the order they speak, set on the start screen
   * (speaking-order.ts `resolveOrder`, every unranked district once); absent: the districts file's order.
   */
  unrankedOrder?: readonly District[]
}

// ------------------------------------------------------------------ speaking order

/** A district in the speaking order, with its composite rank figure. */
export type Speaker = { district: District; rank: Figure<number> }

export type SpeakingOrder = {
  /** Composite rank 1 first, ties in the districts file's order, then every unranked district, in that order. */
  rows: readonly Speaker[]
  /** How many come first because their composite rank is known (published or derived). */
  ranked: number
  /** 0-based place of each district id in `rows`. */
  position: ReadonlyMap<string, number>
  /** The districts after the ranked ones (the districts file's order), named once on their cards. */
  unranked: readonly District[]
}

const orderMemo = new WeakMap<Dataset, Map<string, SpeakingOrder>>()

/**
 * The order the district secretaries speak in: the composite ranking where it is known, then the
 * districts file's order for the rest. The second part is our stated convention, not a ranking,
 * and the cards say so. It is the composite table's default order too (tested equal), sorted here
 * from the composite ranks alone so the deck and a card never build the whole table.
 * Example (real 2022Q2, composite top 5 published): 黄岛区, 胶州市, 崂山区, 即墨区, 市南区, then
 * 市北区, 李沧区, 城阳区, 平度市, 莱西市 (districts-file order); ranked 5.
 */
export function speakingOrder(ds: Dataset, quarter: QuarterId): SpeakingOrder {
  return memoOn(orderMemo, ds, quarter, () => {
    const ranks = compositeRanks(ds)
    const key = (r: Speaker) => figureValue(r.rank) ?? Number.POSITIVE_INFINITY
    // A stable sort: equal ranks, and every unknown one, keep the districts file's order.
    const rows = ds.districts
      .map(
        (district): Speaker => ({ district, rank: rankFigure(ds, ranks, quarter, 'overall', district.id) }),
      )
      .sort((a, b) => (key(a) === key(b) ? 0 : key(a) - key(b)))
    let ranked = 0
    const position = new Map<string, number>()
    rows.forEach((r, i) => {
      position.set(r.district.id, i)
      if (r.rank.status !== 'not-published') ranked++
    })
    return { rows, ranked, position, unranked: rows.slice(ranked).map((r) => r.district) }
  })
}

const positionsMemo = new WeakMap<Dataset, Map<string, ReadonlyMap<string, number>>>()

/** Each district's 0-based place in the districts file (its colour in charts). Example (real): huangdao → 4 */
function districtPositions(ds: Dataset): ReadonlyMap<string, number> {
  return memoOn(positionsMemo, ds, 'positions', () => new Map(ds.districts.map((d, i) => [d.id, i])))
}

// ------------------------------------------------------------------ coverage

const coverageMemo = new WeakMap<Dataset, Map<string, RowCoverage>>()

/**
 * How many districts a table (the composite or a section) has published, derived or unknown
 * figures for, by the shared `rowCoverage` rule, from each district's rank and score alone (O(1)
 * per district), so deciding whether a board is worth a slide never builds the board.
 * Example: coverage(real, '2022Q2', 'overall') → { published: 5, derived: 0, unknown: 5, total: 10 }
 */
export function coverage(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): RowCoverage {
  return memoOn(coverageMemo, ds, `${quarter}|${section}`, () => {
    const file = ds.quarters.get(quarter)
    const ranks = compositeRanks(ds)
    return rowCoverage(
      ds.districts.map((d) => ({
        rank: rankFigure(ds, ranks, quarter, section, d.id),
        score: scoreFigure(file, section, d.id),
      })),
    )
  })
}

/** Whether a board has anything to show: a table exists and at least one row is known. */
export function boardShown(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): boolean {
  if (!tableAvailability(ds.quarters.get(quarter), section).available) return false
  const c = coverage(ds, quarter, section)
  return c.published + c.derived > 0
}

// ------------------------------------------------------------------ what each slide shows

export type TitleModel = {
  quarter: QuarterId
  issuer: string | null
  /** ISO date of the notice. */
  published: string | null
  basis: string | null
  sections: { id: SectionId; weight: number | null; published: boolean }[]
  bonusItems: string[]
  sources: string[]
}

/** Example: titleModel(real, '2022Q2').published → '2022-07-26' */
export function titleModel(ds: Dataset, quarter: QuarterId): TitleModel | null {
  const file = ds.quarters.get(quarter)
  if (!file) return null
  return {
    quarter,
    issuer: file.notice.issuer,
    published: file.notice.published,
    basis: file.notice.basis,
    sections: file.sections.map((s) => ({
      id: s.id,
      weight: s.weight,
      published: s.table.status === 'published',
    })),
    bonusItems: file.bonusItems,
    sources: file.notice.sources,
  }
}

export type PodiumEntry = { district: District; rank: Figure<number>; score: Figure<number> }
export type PodiumPlace = {
  place: 1 | 2 | 3
  /** Ties share a place; empty when nobody is known to hold it (the slide says 未公布). A place a tie covers (3rd after two 2nds) is not listed. */
  entries: PodiumEntry[]
  /** Some holder's rank is known only by rule. */
  derived: boolean
}
export type FlagWinner = { district: District; status: 'published' | 'derived'; sources: string[] }
export type FlagGroup = { flag: FlagId; winners: FlagWinner[] }

export type PodiumModel = {
  places: PodiumPlace[]
  flags: FlagGroup[]
  /** The composite's published / derived / unknown rows (`rowCoverage`): a derived rank is never counted as published. */
  coverage: RowCoverage
  /** Districts with a known composite rank (published or derived); 0 means no podium to draw. */
  ranked: number
}

const PLACES = [1, 2, 3] as const

/**
 * Composite places 1–3 (ties share a place; an empty place is 未公布) and the red flags, published
 * or derived by rule. Null when neither a place nor a flag is known: nothing to show.
 * Example: real 2022Q2 → places [黄岛区 90.00, 胶州市 88.12, 崂山区 86.53]; top flag 黄岛区、胶州市; rise flag 市南区.
 */
export function podiumModel(ds: Dataset, quarter: QuarterId): PodiumModel | null {
  if (!ds.quarters.has(quarter)) return null
  const { rows } = speakingOrder(ds, quarter)
  const file = ds.quarters.get(quarter)
  const byPlace = new Map<number, PodiumEntry[]>(PLACES.map((p) => [p, []]))
  // Rows are in rank order: the podium is the first few, never a scan of every district.
  for (const r of rows) {
    const rank = figureValue(r.rank)
    if (rank === null || rank > 3) break
    byPlace
      .get(rank)
      ?.push({ district: r.district, rank: r.rank, score: scoreFigure(file, 'overall', r.district.id) })
  }
  // Competition ranks: a tie for 2nd (1, 2, 2, 4) leaves no 3rd place at all, so the tied districts
  // share the 2nd pedestal and the 3rd is left out rather than called 未公布 (which would be false).
  const places: PodiumPlace[] = []
  let covered = 0
  for (const place of PLACES) {
    const entries = byPlace.get(place) ?? []
    if (place <= covered) continue
    covered = place + Math.max(entries.length, 1) - 1
    places.push({ place, entries, derived: entries.some((e) => e.rank.status === 'derived') })
  }
  const flags = flagGroups(ds, quarter)
  const { ranked } = speakingOrder(ds, quarter)
  if (ranked === 0 && flags.length === 0) return null
  return { places, flags, coverage: coverage(ds, quarter, 'overall'), ranked }
}

/** Flag winners grouped by flag (top first), in the speaking order. Example: real 2022Q2 → top [黄岛区, 胶州市], rise [市南区]. */
function flagGroups(ds: Dataset, quarter: QuarterId): FlagGroup[] {
  return memoOn(flagsMemo, ds, quarter, () => computeFlagGroups(ds, quarter))
}
const flagsMemo = new WeakMap<Dataset, Map<string, FlagGroup[]>>()

function computeFlagGroups(ds: Dataset, quarter: QuarterId): FlagGroup[] {
  const { rows } = speakingOrder(ds, quarter)
  const ranks = compositeRanks(ds)
  const groups = new Map<FlagId, FlagWinner[]>(FLAG_IDS.map((f) => [f, []]))
  for (const r of rows)
    for (const f of flagsFor(ds, ranks, quarter, r.district.id))
      groups.get(f.flag)?.push({ district: r.district, status: f.status, sources: f.provenance.sources })
  return FLAG_IDS.flatMap((flag) => {
    const winners = groups.get(flag) ?? []
    return winners.length ? [{ flag, winners }] : []
  })
}

export type BoardModel = RankingTable & {
  /** Published / derived / unknown rows (`rowCoverage`); the unknown ones say 未公布. */
  coverage: RowCoverage
  /** Whether any row's change vs the previous quarter is known; if none is, the column is dropped. */
  changeKnown: boolean
  /** Whether any figure, flag or change on the board is derived by rule (the slide footnotes the *). */
  anyDerived: boolean
}

/**
 * A ranking board: all districts in rank order. Null when nothing of it is published (the slide
 * is skipped rather than showing an empty chart).
 * Example: boardModel(real, '2022Q2', 'projects') → null (table not published).
 */
export function boardModel(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): BoardModel | null {
  if (!boardShown(ds, quarter, section)) return null
  const table = buildRankingTable(ds, quarter, section)
  const overall = section === 'overall'
  let changeKnown = false
  let anyDerived = false
  for (const r of table.rows) {
    if (r.rankChange.kind === 'known') changeKnown = true
    if (
      r.rank.status === 'derived' ||
      r.score.status === 'derived' ||
      // A change computed from a derived rank is marked * in the change column.
      (r.rankChange.kind === 'known' && r.rankChange.fromDerivedInput) ||
      // Total stars and flags are only on the composite board.
      (overall && (r.totalStars.status === 'derived' || r.flags.some((f) => f.status === 'derived')))
    )
      anyDerived = true
  }
  return { ...table, coverage: rowCoverage(table.rows), changeKnown, anyDerived }
}

/** A mover of the composite (the shared definition) with the ranks behind it, so the slide can mark a derived or second-hand end. */
export type DeckMover = Mover & {
  fromRank: Figure<number>
  toRank: Figure<number>
  /** The district's place in the districts file (its colour in the chart). */
  fileOrder: number
}

export type MoversModel = {
  baseline: QuarterId
  /** Every known change, best riser first; equal changes keep the speaking order. */
  movers: DeckMover[]
  /** The largest changes (by size, at most `BRIEF_MAX`), best riser first: the slide's list. */
  brief: DeckMover[]
  /** Changed districts left out of `brief` (the chart shows them). */
  moreChanged: number
  /** Known and unchanged. */
  unchanged: DeckMover[]
  /** Districts whose change is not known, in the speaking order. */
  unknown: District[]
}

export const BRIEF_MAX = 6

/**
 * Composite rank changes vs the previous quarter, where both ends (or a published statement of the
 * change) are known; best riser first. Null when no change is known.
 * Example: real 2022Q2 → 市南区 +2 (stated), 黄岛区/胶州市/崂山区 ±0; six districts unknown.
 */
export function moversModel(ds: Dataset, quarter: QuarterId): MoversModel | null {
  return memoOn(moversMemo, ds, quarter, () => computeMovers(ds, quarter))
}
const moversMemo = new WeakMap<Dataset, Map<string, MoversModel | null>>()

function computeMovers(ds: Dataset, quarter: QuarterId): MoversModel | null {
  if (!ds.quarters.has(quarter)) return null
  const baseline = previousQuarter(quarter)
  const table = buildRankingTable(ds, quarter, 'overall')
  const t = tableMovers(table)
  if (t.known === 0) return null
  const ranks = compositeRanks(ds)
  const order = districtPositions(ds)
  const withRanks = (m: Mover): DeckMover => ({
    ...m,
    fromRank: rankFigure(ds, ranks, baseline, 'overall', m.district.id),
    toRank: rankFigure(ds, ranks, quarter, 'overall', m.district.id),
    fileOrder: order.get(m.district.id) ?? 0,
  })
  // Stable sort: risers (largest first), the unchanged, then fallers, ties in the speaking order.
  const movers = [...t.risers, ...t.unchanged, ...t.fallers].sort((a, b) => b.delta - a.delta).map(withRanks)
  const changed = movers.filter((m) => m.delta !== 0)
  const brief = [...changed]
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, BRIEF_MAX)
    .sort((a, b) => b.delta - a.delta)
  return {
    baseline,
    movers,
    brief,
    moreChanged: changed.length - brief.length,
    unchanged: movers.filter((m) => m.delta === 0),
    unknown: table.rows.filter((r) => r.rankChange.kind === 'unknown').map((r) => r.district),
  }
}

/**
 * Whether any district's composite change vs the previous quarter is known, i.e. whether
 * moversModel has anything to show, by the same rule the composite table applies (`rankChange`
 * of the two ranks, or the notice's stated movement), stopping at the first known one, so the
 * deck decides on its movers slide without building the table. (Tested equal to moversModel.)
 */
export function anyCompositeChange(ds: Dataset, quarter: QuarterId): boolean {
  const file = ds.quarters.get(quarter)
  if (!file) return false
  const ranks = compositeRanks(ds)
  const baseline = previousQuarter(quarter)
  const { movements, flags } = fileIndex(file)
  return ds.districts.some(
    (d) =>
      rankChange(
        rankFigure(ds, ranks, quarter, 'overall', d.id),
        rankFigure(ds, ranks, baseline, 'overall', d.id),
        baseline,
        movements.get(`${d.id}|${baseline}`)?.placesUp,
        // A published rise flag is a known lower bound (▲≥2), as in the rankings table.
        (flags.get(d.id) ?? []).some((fl) => fl.flag === 'rise'),
      ).kind === 'known',
  )
}

export type CardSection = {
  id: SectionId
  weight: number | null
  published: boolean
  rank: Figure<number>
  score: Figure<number>
  stars: StarComparison | null
}

export type DistrictCardModel = {
  district: District
  position: number
  of: number
  rank: Figure<number>
  score: Figure<number>
  totalStars: Figure<number>
  rankChange: Change
  flags: FlagView[]
  sections: CardSection[]
  /** Whether a figure, flag or change on the card is derived by rule (the slide footnotes the *). */
  anyDerived: boolean
  /**
   * For a district without a known composite rank: every such district, in the order they speak
   * (the districts file's), so the card can state how its place was chosen. Null when ranked.
   */
  unrankedOrder: readonly District[] | null
}

/**
 * Everything a district's speaking card shows, in O(sections). Example: real 2022Q2 huangdao →
 * position 1, rank 1, score 90.00, economy 54.96 (1st, 9★ printed, rule 10★), urban 18.99 (6th),
 * top flag, ±0 vs 2022Q1.
 */
export function districtCardModel(
  ds: Dataset,
  quarter: QuarterId,
  districtId: string,
): DistrictCardModel | null {
  const file = ds.quarters.get(quarter)
  if (!file) return null
  const order = speakingOrder(ds, quarter)
  const index = order.position.get(districtId)
  const speaker = index === undefined ? undefined : order.rows[index]
  if (index === undefined || !speaker) return null
  // The district's own composite row, in O(sections): a card never builds the whole table.
  const overall = rankingRow(ds, quarter, 'overall', speaker.district)
  const ranks = compositeRanks(ds)
  const ix = fileIndex(file)
  const sections = file.sections.map((s): CardSection => {
    const row = ix.sectionRows.get(s.id)?.get(districtId)
    return {
      id: s.id,
      weight: s.weight,
      published: s.table.status === 'published',
      rank: rankFigure(ds, ranks, quarter, s.id, districtId),
      score: scoreFigure(file, s.id, districtId),
      stars: row ? compareStars(row.stars, row.rank) : null,
    }
  })
  const anyDerived =
    [overall.rank, overall.score, overall.totalStars].some((f) => f.status === 'derived') ||
    overall.flags.some((f) => f.status === 'derived') ||
    (overall.rankChange.kind === 'known' && overall.rankChange.fromDerivedInput)
  return {
    district: overall.district,
    position: index + 1,
    of: order.rows.length,
    rank: overall.rank,
    score: overall.score,
    totalStars: overall.totalStars,
    rankChange: overall.rankChange,
    flags: overall.flags,
    sections,
    anyDerived,
    unrankedOrder: overall.rank.status === 'not-published' ? order.unranked : null,
  }
}

export type ClosingModel = {
  quarter: QuarterId
  flags: FlagGroup[]
  /** First place of each shown table (ties: all of them), with the rank figure behind it. */
  leaders: { section: SectionOrOverall; districts: { district: District; rank: Figure<number> }[] }[]
  /**
   * What this quarter did not publish, named so nobody reads a gap as a zero: every table whose
   * rows are not all published, with its coverage (derived rows are never counted as published).
   */
  notPublished: { section: SectionOrOverall; coverage: RowCoverage }[]
  /** Whether a flag or first place is derived by rule (the slide footnotes the *). */
  anyDerived: boolean
  /** Every source a slide of the arena deck shows a figure from, notice first (see deckSourceIds). */
  sources: string[]
}

/**
 * The summary: flags, first places, and what was not published.
 * Example: real 2022Q2 → leaders 综合 黄岛区, 经济运行 黄岛区, 城市更新建设 胶州市; not published:
 * 综合成绩 5 of 10 published, 项目签约落地 0 of 10. Real 2023Q3 → 综合成绩 1 published + 1 derived
 * (胶州市 2nd by the flag rule), and sources [committee notice, 新华财经 (secondary)].
 */
export function closingModel(ds: Dataset, quarter: QuarterId): ClosingModel | null {
  const file = ds.quarters.get(quarter)
  if (!file) return null
  const ranks = compositeRanks(ds)
  const leaders: ClosingModel['leaders'] = []
  const notPublished: ClosingModel['notPublished'] = []
  for (const section of ['overall' as const, ...file.sections.map((s) => s.id)]) {
    const c = coverage(ds, quarter, section)
    if (c.published < c.total) notPublished.push({ section, coverage: c })
    if (!boardShown(ds, quarter, section)) continue
    const first =
      section === 'overall' ? compositeFirst(ds, quarter) : firstPlaces(ds, quarter, section, ranks)
    if (first.length) leaders.push({ section, districts: first })
  }
  const flags = flagGroups(ds, quarter)
  return {
    quarter,
    flags,
    leaders,
    notPublished,
    anyDerived:
      flags.some((g) => g.winners.some((w) => w.status === 'derived')) ||
      leaders.some((l) => l.districts.some((d) => d.rank.status === 'derived')),
    sources: deckSourceIds(ds, quarter, 'arena'),
  }
}

/** Holders of composite rank 1, in the speaking order: the first rows of the composite table. */
function compositeFirst(ds: Dataset, quarter: QuarterId): { district: District; rank: Figure<number> }[] {
  const out: { district: District; rank: Figure<number> }[] = []
  for (const r of speakingOrder(ds, quarter).rows) {
    if (figureValue(r.rank) !== 1) break
    out.push({ district: r.district, rank: r.rank })
  }
  return out
}

/** Holders of rank 1 in a section table, in the districts file's order. */
function firstPlaces(
  ds: Dataset,
  quarter: QuarterId,
  section: SectionId,
  ranks: ReturnType<typeof compositeRanks>,
): { district: District; rank: Figure<number> }[] {
  const file = ds.quarters.get(quarter)
  const rows = file ? fileIndex(file).sectionRows.get(section) : undefined
  if (!rows) return []
  return ds.districts
    .filter((d) => rows.get(d.id)?.rank === 1)
    .map((d) => ({ district: d, rank: rankFigure(ds, ranks, quarter, section, d.id) }))
}

// ------------------------------------------------------------------ decks

/**
 * The slides of a deck for one quarter. Slides with nothing to show are left out; the deck is
 * never empty (a quarter with no file still gets its title slide, which says so).
 *
 * Example: buildDeck(real, '2022Q2', 'arena').map((s) => s.id) →
 *   ['title', 'podium', 'board:overall', 'board:economy', 'board:urban', 'movers',
 *    'district:huangdao', 'district:jiaozhou', 'district:laoshan', 'district:jimo', 'district:shinan',
 *    'district:shibei', 'district:licang', 'district:chengyang', 'district:pingdu', 'district:laixi', 'closing']
 * (projects is skipped: its table was not published).
 */
export function buildDeck(
  ds: Dataset,
  quarter: QuarterId,
  deckId: DeckId,
  options: DeckOptions = {},
): Slide[] {
  const deck = DECKS[deckId]
  const file = ds.quarters.get(quarter)
  const dwell = (kind: keyof DeckDefinition['dwellSeconds']) =>
    (options.dwellSeconds ?? deck.dwellSeconds[kind]) * 1000
  const timerMs = (options.timerSeconds ?? deck.timerSeconds) * 1000
  const slide = (id: string, view: SlideView): Slide =>
    view.kind === 'district'
      ? { id, view, dwellMs: timerMs, timer: true }
      : { id, view, dwellMs: dwell(view.kind), timer: false }
  const title = slide('title', { kind: 'title' })
  if (!file) return [title]
  const sectionIds = file.sections.map((s) => s.id)
  const boards = (sections: SectionOrOverall[]) =>
    sections
      .filter((s) => boardShown(ds, quarter, s))
      .map((s) => slide(`board:${s}`, { kind: 'board', section: s }))

  if (deckId === 'overview') {
    const slides = boards(['overall', ...sectionIds])
    return slides.length ? slides : [title]
  }

  const slides: Slide[] = [title]
  if (podiumModel(ds, quarter)) slides.push(slide('podium', { kind: 'podium' }))
  // The full composite table (1–10 as published, 未公布 rows as such) right after the podium.
  slides.push(...boards(['overall', ...sectionIds]))
  if (anyCompositeChange(ds, quarter)) slides.push(slide('movers', { kind: 'movers' }))
  const order = speakingOrder(ds, quarter)
  // The ranked speak in rank order; the unranked in the start screen's order where it set one.
  // (Only a reordering of exactly the unranked districts is taken; anything else would drop or repeat a card.)
  const given = options.unrankedOrder?.map((d) => d.id)
  const custom =
    given && given.length === order.unranked.length && order.unranked.every((d) => given.includes(d.id))
      ? given
      : undefined
  const ids = custom
    ? [...order.rows.slice(0, order.ranked).map((r) => r.district.id), ...custom]
    : order.rows.map((r) => r.district.id)
  ids.forEach((id, i) => {
    const rankKnown = i < order.ranked
    slides.push(
      slide(`district:${id}`, {
        kind: 'district',
        district: id,
        position: i + 1,
        of: ids.length,
        rankKnown,
        ...(custom && !rankKnown ? { order: custom } : {}),
      }),
    )
  })
  slides.push(slide('closing', { kind: 'closing' }))
  return slides
}

// ------------------------------------------------------------------ provenance on slides

/** Source ids behind a figure; none for 未公布. Example: sourcesOf(NOT_PUBLISHED) → [] */
export function sourcesOf(f: Figure<unknown>): string[] {
  return f.status === 'not-published' ? [] : f.sources
}

/**
 * Whether a fact rests only on news reports or secondary copies (the shared `allSecondHand` rule,
 * over the sources the ids name), so a slide must not present it as the committee's figure. A
 * fact with one official source among others is not marked: the official one backs it.
 * Example (real): restsOnSecondHand(['xinhua-2023-11-07'], sources) → true (黄岛区 98.30 in 2023Q3);
 * restsOnSecondHand(['qingdaonews-2023-11-07', 'xinhua-2023-11-07'], sources) → false.
 */
export function restsOnSecondHand(ids: readonly string[], sources: ReadonlyMap<string, Source>): boolean {
  return allSecondHand(ids.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined))
}

/** Receives the source ids of one fact (a figure or a flag award). */
type FactVisitor = (ids: readonly string[]) => void

/** Visits a figure's sources; 未公布 has none and is skipped. */
function visitFigure(f: Figure<unknown>, visit: FactVisitor): void {
  if (f.status !== 'not-published' && f.sources.length > 0) visit(f.sources)
}

function visitFlags(groups: readonly FlagGroup[], visit: FactVisitor): void {
  for (const g of groups) for (const w of g.winners) visit(w.sources)
}

/** The facts of a card's composite line and flags (the rest of the card is its sections). */
function visitComposite(
  row: Pick<RankingRow, 'rank' | 'score' | 'totalStars' | 'flags'>,
  visit: FactVisitor,
) {
  visitFigure(row.rank, visit)
  visitFigure(row.score, visit)
  visitFigure(row.totalStars, visit)
  for (const f of row.flags) visit(f.provenance.sources)
}

/**
 * Visits the sources of each fact a slide shows (each figure and flag award on it): the one
 * definition behind a slide's † footnote (`slideFacts`) and the deck's source list (`deckSourceIds`).
 */
function visitSlideFacts(ds: Dataset, quarter: QuarterId, view: SlideView, visit: FactVisitor): void {
  switch (view.kind) {
    case 'title': {
      const notice = ds.quarters.get(quarter)?.notice.sources ?? []
      if (notice.length) visit(notice)
      return
    }
    case 'podium': {
      const m = podiumModel(ds, quarter)
      if (!m) return
      for (const p of m.places)
        for (const e of p.entries) {
          visitFigure(e.rank, visit)
          visitFigure(e.score, visit)
        }
      visitFlags(m.flags, visit)
      return
    }
    case 'board': {
      if (!boardShown(ds, quarter, view.section)) return
      if (view.section === 'overall') {
        for (const r of buildRankingTable(ds, quarter, 'overall').rows) visitComposite(r, visit)
        return
      }
      // A section board shows ranks, scores and stars (which come with the scores' table).
      const file = ds.quarters.get(quarter)
      const ranks = compositeRanks(ds)
      for (const d of ds.districts) {
        visitFigure(rankFigure(ds, ranks, quarter, view.section, d.id), visit)
        visitFigure(scoreFigure(file, view.section, d.id), visit)
      }
      return
    }
    case 'movers':
      for (const x of moversModel(ds, quarter)?.movers ?? []) {
        visitFigure(x.fromRank, visit)
        visitFigure(x.toRank, visit)
      }
      return
    case 'district': {
      const c = districtCardModel(ds, quarter, view.district)
      if (!c) return
      visitComposite(c, visit)
      for (const s of c.sections) {
        visitFigure(s.rank, visit)
        visitFigure(s.score, visit)
      }
      return
    }
    case 'closing': {
      const m = closingModel(ds, quarter)
      if (!m) return
      for (const l of m.leaders) for (const d of l.districts) visitFigure(d.rank, visit)
      visitFlags(m.flags, visit)
      return
    }
  }
}

/**
 * The source ids of each fact a slide shows (one list per figure or flag award), so the slide can
 * footnote its second-hand facts and the closing slide can list every source the deck used.
 * Example: real 2023Q3 podium → [['xinhua-2023-11-07'] (黄岛区 rank), ['xinhua-…'] (98.30), [notice,
 * xinhua] (胶州市 derived 2nd), [notice] (flags)…].
 */
export function slideFacts(ds: Dataset, quarter: QuarterId, view: SlideView): string[][] {
  const facts: string[][] = []
  visitSlideFacts(ds, quarter, view, (ids) => facts.push([...ids]))
  return facts
}

const deckSourcesMemo = new WeakMap<Dataset, Map<string, string[]>>()

/**
 * Every source the deck's slides show a figure from, the notice's first, each once, in slide
 * order. The closing slide lists these, so a figure on screen is never left without its source.
 * Example: deckSourceIds(real, '2023Q3', 'arena') → ['qingdaonews-2023-11-07', 'xinhua-2023-11-07'].
 */
export function deckSourceIds(ds: Dataset, quarter: QuarterId, deckId: DeckId): string[] {
  return memoOn(deckSourcesMemo, ds, `${quarter}|${deckId}`, () => {
    const ids = new Set(ds.quarters.get(quarter)?.notice.sources ?? [])
    const add: FactVisitor = (fact) => {
      for (const id of fact) ids.add(id)
    }
    // Each card's composite row, read from the composite table (built once) rather than per card.
    let composite: Map<string, RankingRow> | null = null
    const compositeRow = (district: string) => {
      composite ??= new Map(buildRankingTable(ds, quarter, 'overall').rows.map((r) => [r.district.id, r]))
      return composite.get(district)
    }
    for (const { view } of buildDeck(ds, quarter, deckId)) {
      // The closing slide only repeats facts of the other slides (and asks for this list itself).
      if (view.kind === 'closing') continue
      // A card's section figures are the figures of that section's board, which comes earlier in
      // the deck (a section figure is known only where its table is published, and then the board
      // is shown): only its composite facts can add a source. So one pass over the cards reads the
      // composite rows instead of making a card model per district (tested equal to every slide's facts).
      if (view.kind === 'district') {
        const row = compositeRow(view.district)
        if (row) visitComposite(row, add)
      } else visitSlideFacts(ds, quarter, view, add)
    }
    return [...ids]
  })
}

/**
 * The second-hand sources behind a slide's marked facts, each once, for its † footnote.
 * Example: real 2023Q3 podium → [新华财经 (secondary)].
 */
export function secondhandSources(facts: string[][], sources: ReadonlyMap<string, Source>): Source[] {
  const out = new Map<string, Source>()
  for (const ids of facts) {
    if (!restsOnSecondHand(ids, sources)) continue
    for (const id of ids) {
      const s = sources.get(id)
      if (s) out.set(id, s)
    }
  }
  return [...out.values()]
}

type SecondHandKind = Extract<Source['kind'], 'news' | 'secondary'>

export type SourceName = {
  id: string
  /** Who published it (the title when no publisher is named): the part before any "；". */
  name: string
  /** The publisher line's further parts, as written ("转载于 task.cuishai.com", "刊于青岛日报（…）"). */
  details: string[]
  /** A news report or a secondary copy: slides bracket it with its kind. Null for the committee's notice. */
  secondHand: SecondHandKind | null
  /** ISO date, when known. */
  date: string | null
}

/**
 * A source as the facts a slide names it by: its publisher split into the name and the qualifying
 * parts, and whether it is second-hand, so a reader sees at once it is a repost or a news report.
 * Example: 新华财经；转载于 task.cuishai.com (secondary) → { name: '新华财经', details: ['转载于 task.cuishai.com'], secondHand: 'secondary' }
 */
export function sourceName(s: Source): SourceName {
  const [name = s.id, ...details] = (s.publisher ?? s.title).split('；').map((x) => x.trim())
  return {
    id: s.id,
    name,
    details,
    secondHand: isSecondHand(s) ? (s.kind as SecondHandKind) : null,
    date: s.date,
  }
}
