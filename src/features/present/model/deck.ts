/**
 * Presentation decks as data. A deck is an ordered list of slides; each slide is a view state
 * (what to show: the title, a section's board, one district's card, …) plus how long it stays up
 * under auto-advance and whether it runs the speaker timer. `buildDeck` is a pure function of the
 * dataset, so the same data always gives the same deck, and a data reload cannot reshuffle it.
 *
 * Honesty rules apply to slides too: slides with nothing published are skipped, partial ones say
 * 未公布, and the speaking order (the order of the district cards) is the composite ranking where
 * it is known, then the districts-file order for the rest, which the slides state.
 */
import { compositeRanks, type Dataset, rankFigure, scoreFigure } from '../../../domain/model/dataset'
import { type Figure, figureValue, NOT_PUBLISHED } from '../../../domain/model/figure'
import { previousQuarter, type QuarterId } from '../../../domain/model/quarter'
import type { District, FlagId, SectionId, SectionOrOverall, Source } from '../../../domain/model/schema'
import { type Change, rankChange } from '../../../domain/rules/change'
import { compareStars, type StarComparison } from '../../../domain/rules/stars'
import {
  buildRankingTable,
  type FlagView,
  flagsFor,
  type RankingRow,
  type RankingTable,
} from '../../../domain/tables/ranking-table'
import type { DeckId } from './url'

export type SlideView =
  | { kind: 'title' }
  | { kind: 'podium' }
  | { kind: 'board'; section: SectionOrOverall }
  | { kind: 'movers' }
  /** `position` is 1-based in the speaking order of `of` districts. */
  | { kind: 'district'; district: string; position: number; of: number; rankKnown: boolean }
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
}

// ------------------------------------------------------------------ speaking order

export type SpeakingOrder = {
  districts: { district: District; rank: Figure<number> }[]
  /** How many come first because their composite rank is known (published or derived). */
  knownCount: number
  /** Of those, how many are published and how many derived by rule: slides say the two apart. */
  publishedCount: number
  derivedCount: number
}

/**
 * The order the district secretaries speak in: composite rank (1 first; ties in the districts
 * file's order), then every district whose rank is not known, in the districts file's order. The
 * second part is our stated convention, not a ranking, and the cards say so.
 * Example (real 2022Q2, composite top 5 published): 黄岛区, 胶州市, 崂山区, 即墨区, 市南区, then
 * 市北区, 李沧区, 城阳区, 平度市, 莱西市 (districts-file order).
 */
export function speakingOrder(ds: Dataset, quarter: QuarterId, ranks = compositeRanks(ds)): SpeakingOrder {
  const rows = ds.districts.map((district, fileIndex) => ({
    district,
    fileIndex,
    rank: rankFigure(ds, ranks, quarter, 'overall', district.id),
  }))
  // Unknown ranks sort after every known one; equal keys keep the districts-file order.
  const key = (r: (typeof rows)[number]) => figureValue(r.rank) ?? Number.POSITIVE_INFINITY
  rows.sort((a, b) => key(a) - key(b) || a.fileIndex - b.fileIndex)
  return {
    districts: rows.map(({ district, rank }) => ({ district, rank })),
    knownCount: rows.filter((r) => r.rank.status !== 'not-published').length,
    publishedCount: rows.filter((r) => r.rank.status === 'published').length,
    derivedCount: rows.filter((r) => r.rank.status === 'derived').length,
  }
}

// ------------------------------------------------------------------ what each slide shows

export type TitleModel = {
  quarter: QuarterId
  issuer: string | null
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

export type PodiumPlace = {
  place: 1 | 2 | 3
  entries: { district: District; rank: Figure<number>; score: Figure<number> }[]
}
export type FlagGroup = {
  flag: FlagId
  winners: { district: District; status: 'published' | 'derived'; sources: string[] }[]
}

export type PodiumModel = {
  places: PodiumPlace[]
  flags: FlagGroup[]
  /** Districts with a known composite rank (published or derived), out of all districts. */
  knownCount: number
  /** Of the known ranks, the published ones; a derived rank is never counted as published. */
  publishedCount: number
  derivedCount: number
  total: number
}

/**
 * Composite places 1–3 (ties share a place; an empty place is 未公布) and the red flags, published
 * or derived by rule. Null when neither a rank nor a flag is known: nothing to show.
 * Example: real 2022Q2 → places [黄岛区 90.00, 胶州市 88.12, 崂山区 86.53]; top flag 黄岛区、胶州市; rise flag 市南区.
 */
export function podiumModel(ds: Dataset, quarter: QuarterId, ranks = compositeRanks(ds)): PodiumModel | null {
  const file = ds.quarters.get(quarter)
  if (!file) return null
  const order = speakingOrder(ds, quarter, ranks)
  const places = ([1, 2, 3] as const).map(
    (place): PodiumPlace => ({
      place,
      entries: order.districts
        .filter((d) => figureValue(d.rank) === place)
        .map((d) => ({ ...d, score: scoreFigure(file, 'overall', d.district.id) })),
    }),
  )
  const flags = flagGroups(ds, quarter, ranks)
  if (order.knownCount === 0 && flags.length === 0) return null
  return {
    places,
    flags,
    knownCount: order.knownCount,
    publishedCount: order.publishedCount,
    derivedCount: order.derivedCount,
    total: ds.districts.length,
  }
}

/** Flag winners grouped by flag (top first), in the speaking order. */
export function flagGroups(ds: Dataset, quarter: QuarterId, ranks = compositeRanks(ds)): FlagGroup[] {
  const order = speakingOrder(ds, quarter, ranks)
  const groups: FlagGroup[] = []
  for (const flag of ['top', 'rise'] as const) {
    const winners = order.districts.flatMap(({ district }) =>
      flagsFor(ds, ranks, quarter, district.id)
        .filter((f) => f.flag === flag)
        .map((f) => ({ district, status: f.status, sources: f.provenance.sources })),
    )
    if (winners.length) groups.push({ flag, winners })
  }
  return groups
}

export type BoardModel = RankingTable & {
  /** Rows with a known rank or score; the rest say 未公布. */
  knownCount: number
  /** Rows with a published rank or score; the other known rows are derived by rule only. */
  publishedCount: number
  derivedCount: number
  /** Whether any row's change vs the previous quarter is known; if none is, the column is dropped. */
  changeKnown: boolean
  /** Districts whose printed stars disagree with the rule (shown, and marked). */
  starDiffers: number
}

/**
 * A ranking board: all districts in rank order. Null when nothing of it is published (the slide
 * is skipped rather than showing an empty chart).
 * Example: boardModel(real, '2022Q2', 'projects') → null (table not published).
 */
export function boardModel(ds: Dataset, quarter: QuarterId, section: SectionOrOverall): BoardModel | null {
  const table = buildRankingTable(ds, quarter, section)
  if (!table.available) return null
  const knownCount = table.rows.filter(
    (r) => r.rank.status !== 'not-published' || r.score.status !== 'not-published',
  ).length
  if (knownCount === 0) return null
  // A row counts as published when either of its figures is; a row known only by rule is derived.
  const publishedCount = table.rows.filter(
    (r) => r.rank.status === 'published' || r.score.status === 'published',
  ).length
  return {
    ...table,
    knownCount,
    publishedCount,
    derivedCount: knownCount - publishedCount,
    changeKnown: table.rows.some((r) => r.rankChange.kind === 'known'),
    starDiffers: table.rows.filter((r) => r.stars?.differs).length,
  }
}

export type Mover = {
  district: District
  change: Extract<Change, { kind: 'known' }>
  from: Figure<number>
  to: Figure<number>
}
export type MoversModel = { baseline: QuarterId; movers: Mover[]; unknown: District[] }

/**
 * Composite rank changes vs the previous quarter, where both ends (or a published statement of the
 * change) are known; best riser first. Null when no change is known.
 * Example: real 2022Q2 → 市南区 +2 (stated), 黄岛区/胶州市/崂山区 ±0; six districts unknown.
 */
export function moversModel(ds: Dataset, quarter: QuarterId, ranks = compositeRanks(ds)): MoversModel | null {
  const file = ds.quarters.get(quarter)
  if (!file) return null
  const baseline = previousQuarter(quarter)
  const movers: Mover[] = []
  const unknown: District[] = []
  for (const { district } of speakingOrder(ds, quarter, ranks).districts) {
    const to = rankFigure(ds, ranks, quarter, 'overall', district.id)
    const from = rankFigure(ds, ranks, baseline, 'overall', district.id)
    const stated = file.movements.find((m) => m.district === district.id && m.vs === baseline)?.placesUp
    const change = rankChange(to, from, baseline, stated)
    if (change.kind === 'known') movers.push({ district, change, from, to })
    else unknown.push(district)
  }
  if (!movers.length) return null
  // Stable sort: equal deltas keep the speaking order.
  movers.sort((a, b) => b.change.delta - a.change.delta)
  return { baseline, movers, unknown }
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
}

/**
 * Everything a district's speaking card shows. Example: real 2022Q2 huangdao → position 1, rank 1,
 * score 90.00, economy 54.96 (1st, 9★ printed, rule 10★), urban 18.99 (6th), top flag, ±0 vs 2022Q1.
 */
export function districtCardModel(
  ds: Dataset,
  quarter: QuarterId,
  districtId: string,
  ranks = compositeRanks(ds),
): DistrictCardModel | null {
  const file = ds.quarters.get(quarter)
  const order = speakingOrder(ds, quarter, ranks)
  const index = order.districts.findIndex((d) => d.district.id === districtId)
  const entry = order.districts[index]
  if (!file || !entry) return null
  const overall: RankingRow | undefined = buildRankingTable(ds, quarter, 'overall').rows.find(
    (r) => r.district.id === districtId,
  )
  const sections = file.sections.map((s): CardSection => {
    const row =
      s.table.status === 'published' ? s.table.rows.find((r) => r.district === districtId) : undefined
    return {
      id: s.id,
      weight: s.weight,
      published: s.table.status === 'published',
      rank: rankFigure(ds, ranks, quarter, s.id, districtId),
      score: scoreFigure(file, s.id, districtId),
      stars: row ? compareStars(row.stars, row.rank) : null,
    }
  })
  return {
    district: entry.district,
    position: index + 1,
    of: order.districts.length,
    rank: entry.rank,
    score: overall?.score ?? NOT_PUBLISHED,
    totalStars: overall?.totalStars ?? NOT_PUBLISHED,
    rankChange: overall?.rankChange ?? rankChange(NOT_PUBLISHED, NOT_PUBLISHED, previousQuarter(quarter)),
    flags: overall?.flags ?? [],
    sections,
  }
}

export type ClosingModel = {
  quarter: QuarterId
  flags: FlagGroup[]
  /** First place of each published section (ties: all of them), with the rank figure behind it. */
  leaders: { section: SectionOrOverall; districts: { district: District; rank: Figure<number> }[] }[]
  /**
   * What this quarter did not publish, named so nobody reads a gap as a zero: `published` rows, plus
   * `derived` rows known only by rule (never counted as published).
   */
  notPublished: { section: SectionOrOverall; published: number; derived: number; total: number }[]
  /** Every source a slide of the arena deck shows a figure from, notice first (see deckSourceIds). */
  sources: string[]
}

/**
 * The summary: flags, first places, and what was not published.
 * Example: real 2022Q2 → leaders 综合 黄岛区, 经济运行 黄岛区, 城市更新建设 胶州市; not published:
 * 综合成绩 5 of 10 published, 项目签约落地 0 of 10. Real 2023Q3 → 综合成绩 1 published + 1 derived
 * (胶州市 2nd by the flag rule), and sources [committee notice, 新华财经 (secondary)].
 */
export function closingModel(
  ds: Dataset,
  quarter: QuarterId,
  ranks = compositeRanks(ds),
): ClosingModel | null {
  const file = ds.quarters.get(quarter)
  if (!file) return null
  const total = ds.districts.length
  const leaders: ClosingModel['leaders'] = []
  const notPublished: ClosingModel['notPublished'] = []
  for (const section of ['overall' as const, ...file.sections.map((s) => s.id)]) {
    const board = boardModel(ds, quarter, section)
    const published = board?.publishedCount ?? 0
    if (published < total) notPublished.push({ section, published, derived: board?.derivedCount ?? 0, total })
    const first =
      board?.rows
        .filter((r) => figureValue(r.rank) === 1)
        .map((r) => ({ district: r.district, rank: r.rank })) ?? []
    if (first.length) leaders.push({ section, districts: first })
  }
  return {
    quarter,
    flags: flagGroups(ds, quarter, ranks),
    leaders,
    notPublished,
    sources: deckSourceIds(ds, quarter, 'arena', ranks),
  }
}

// ------------------------------------------------------------------ decks

/**
 * The slides of a deck for one quarter. Slides with nothing to show are left out; the deck is
 * never empty (a quarter with no file still gets its title slide, which says so).
 *
 * Example: buildDeck(real, '2022Q2', 'arena').map((s) => s.id) →
 *   ['title', 'podium', 'board:economy', 'board:urban', 'movers',
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
  const ranks = compositeRanks(ds)
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
      .filter((s) => boardModel(ds, quarter, s) !== null)
      .map((s) => slide(`board:${s}`, { kind: 'board', section: s }))

  if (deckId === 'overview') {
    const slides = boards(['overall', ...sectionIds])
    return slides.length ? slides : [title]
  }

  const slides: Slide[] = [title]
  if (podiumModel(ds, quarter, ranks)) slides.push(slide('podium', { kind: 'podium' }))
  slides.push(...boards(sectionIds))
  if (moversModel(ds, quarter, ranks)) slides.push(slide('movers', { kind: 'movers' }))
  const order = speakingOrder(ds, quarter, ranks)
  order.districts.forEach(({ district, rank }, i) => {
    slides.push(
      slide(`district:${district.id}`, {
        kind: 'district',
        district: district.id,
        position: i + 1,
        of: order.districts.length,
        rankKnown: rank.status !== 'not-published',
      }),
    )
  })
  slides.push(slide('closing', { kind: 'closing' }))
  return slides
}

// ------------------------------------------------------------------ provenance on slides

/** Kinds of source that are not the committee's own notice: a figure resting only on these is marked. */
const SECONDHAND_KINDS: ReadonlySet<Source['kind']> = new Set(['secondary', 'news'])

/** Source ids behind a figure; none for 未公布. Example: sourcesOf(NOT_PUBLISHED) → [] */
export function sourcesOf(f: Figure<unknown>): string[] {
  return f.status === 'not-published' ? [] : f.sources
}

/**
 * Whether a fact rests only on news reports or secondary copies, so a slide must not present it
 * as the committee's figure. Unknown ids count as not second-hand (nothing to say about them), and
 * a fact with one official source among others is not marked: the official one backs it.
 * Example (real): isSecondhand(['xinhua-2023-11-07'], sources) → true (黄岛区 98.30 in 2023Q3);
 * isSecondhand(['qingdaonews-2023-11-07', 'xinhua-2023-11-07'], sources) → false.
 */
export function isSecondhand(ids: readonly string[], sources: ReadonlyMap<string, Source>): boolean {
  return (
    ids.length > 0 &&
    ids.every((id) => {
      const kind = sources.get(id)?.kind
      return kind !== undefined && SECONDHAND_KINDS.has(kind)
    })
  )
}

/**
 * The source ids of each fact a slide shows (one list per figure or flag award), so the slide can
 * footnote its second-hand facts and the closing slide can list every source the deck used.
 * Example: real 2023Q3 podium → [['xinhua-2023-11-07'] (黄岛区 rank), ['xinhua-…'] (98.30), [notice,
 * xinhua] (胶州市 derived 2nd), [notice] (flags)…].
 */
export function slideFacts(
  ds: Dataset,
  quarter: QuarterId,
  view: SlideView,
  ranks = compositeRanks(ds),
): string[][] {
  const figs = (list: Figure<unknown>[]) => list.map(sourcesOf).filter((ids) => ids.length > 0)
  const flags = (groups: FlagGroup[]) => groups.flatMap((g) => g.winners.map((w) => w.sources))
  switch (view.kind) {
    case 'title':
      return [ds.quarters.get(quarter)?.notice.sources ?? []].filter((ids) => ids.length > 0)
    case 'podium': {
      const m = podiumModel(ds, quarter, ranks)
      if (!m) return []
      return [
        ...figs(m.places.flatMap((p) => p.entries.flatMap((e) => [e.rank, e.score]))),
        ...flags(m.flags),
      ]
    }
    case 'board': {
      const b = boardModel(ds, quarter, view.section)
      if (!b) return []
      return b.rows.flatMap((r) => [
        ...figs([r.rank, r.score, r.totalStars]),
        ...r.flags.map((f) => f.provenance.sources),
      ])
    }
    case 'movers':
      return moversModel(ds, quarter, ranks)?.movers.flatMap((x) => figs([x.from, x.to])) ?? []
    case 'district': {
      const c = districtCardModel(ds, quarter, view.district, ranks)
      if (!c) return []
      return [
        ...figs([c.rank, c.score, c.totalStars, ...c.sections.flatMap((s) => [s.rank, s.score])]),
        ...c.flags.map((f) => f.provenance.sources),
      ]
    }
    case 'closing': {
      const m = closingModel(ds, quarter, ranks)
      if (!m) return []
      return [...figs(m.leaders.flatMap((l) => l.districts.map((d) => d.rank))), ...flags(m.flags)]
    }
  }
}

/**
 * Every source the deck's slides show a figure from, the notice's first, each once, in slide
 * order. The closing slide lists these, so a figure on screen is never left without its source.
 * Example: deckSourceIds(real, '2023Q3', 'arena') → ['qingdaonews-2023-11-07', 'xinhua-2023-11-07'].
 */
export function deckSourceIds(
  ds: Dataset,
  quarter: QuarterId,
  deckId: DeckId,
  ranks = compositeRanks(ds),
): string[] {
  const ids = new Set(ds.quarters.get(quarter)?.notice.sources ?? [])
  for (const slide of buildDeck(ds, quarter, deckId)) {
    // The closing slide only repeats facts of the other slides (and asks for this list itself).
    if (slide.view.kind === 'closing') continue
    for (const fact of slideFacts(ds, quarter, slide.view, ranks)) for (const id of fact) ids.add(id)
  }
  return [...ids]
}

/**
 * The second-hand sources behind a slide's marked facts, each once, for its † footnote.
 * Example: real 2023Q3 podium → [新华财经 (secondary)].
 */
export function secondhandSources(facts: string[][], sources: ReadonlyMap<string, Source>): Source[] {
  const out = new Map<string, Source>()
  for (const ids of facts) {
    if (!isSecondhand(ids, sources)) continue
    for (const id of ids) {
      const s = sources.get(id)
      if (s) out.set(id, s)
    }
  }
  return [...out.values()]
}

/**
 * A source named for a slide: the publisher, with any "转载于 …" part and the kind in brackets, so
 * a reader sees at once it is a repost or a news report, not the committee's notice.
 * Example: 新华财经；转载于 task.cuishai.com (secondary) → "新华财经（转载于 task.cuishai.com；二手来源）";
 * the committee notice (official) → "青岛市综合考核委员会，刊于青岛日报（finance.qingdaonews.com）".
 */
export function sourceLabel(s: Source, lang: 'zh' | 'en'): string {
  // A source without a named publisher is named by its title.
  const publisher = s.publisher ?? s.title
  const [main = s.id, ...rest] = publisher.split('；').map((x) => x.trim())
  const kind =
    s.kind === 'secondary'
      ? lang === 'en'
        ? 'secondary source'
        : '二手来源'
      : s.kind === 'news'
        ? lang === 'en'
          ? 'news report'
          : '新闻报道'
        : null
  // The committee's notice needs no bracketed qualifier: its publisher line is shown as written.
  if (!kind) return publisher.replaceAll('；', lang === 'en' ? '; ' : '，')
  const extras = [...rest, kind]
  return lang === 'en' ? `${main} (${extras.join('; ')})` : `${main}（${extras.join('；')}）`
}
