// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { figureValue } from '../../../src/domain/model/figure'
import type { QuarterId } from '../../../src/domain/model/quarter'
import {
  boardModel,
  buildDeck,
  closingModel,
  DECKS,
  deckSourceIds,
  districtCardModel,
  isSecondhand,
  moversModel,
  podiumModel,
  secondhandSources,
  slideFacts,
  sourceLabel,
  speakingOrder,
  titleModel,
} from '../../../src/features/present/model/deck'
import { loadDataset, loadSources } from '../../fixtures/datasets'
import { syntheticDataset } from '../../fixtures/synthetic-dataset'

const real = loadDataset('real')
const realSources = new Map(loadSources('real').map((s) => [s.id, s]))
const demo = loadDataset('demo')
const syn = syntheticDataset()

const CARDS_2022Q2 = [
  '黄岛区',
  '胶州市',
  '崂山区',
  '即墨区',
  '市南区',
  '市北区',
  '李沧区',
  '城阳区',
  '平度市',
  '莱西市',
]
const cardIds = (ids: string[]) => ids.map((id) => `district:${id}`)
const nameOf = (id: string) => real.districts.find((d) => d.id === id)?.name

describe('buildDeck on the real data', () => {
  it('2022Q2 arena: title, podium, the two published boards, movers, ten cards in speaking order, closing', () => {
    const deck = buildDeck(real, '2022Q2', 'arena')
    expect(deck.map((s) => s.id)).toEqual([
      'title',
      'podium',
      'board:economy',
      'board:urban',
      'movers',
      ...cardIds([
        'huangdao',
        'jiaozhou',
        'laoshan',
        'jimo',
        'shinan',
        'shibei',
        'licang',
        'chengyang',
        'pingdu',
        'laixi',
      ]),
      'closing',
    ])
  })

  it('2022Q2 cards: 黄岛区 first, the published top 5 in rank order, then the rest in the districts file’s order', () => {
    const cards = buildDeck(real, '2022Q2', 'arena').flatMap((s) =>
      s.view.kind === 'district' ? [s.view] : [],
    )
    expect(cards.map((c) => nameOf(c.district))).toEqual(CARDS_2022Q2)
    expect(cards.map((c) => c.rankKnown)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ])
    expect(cards.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(cards.every((c) => c.of === 10)).toBe(true)
    // The unknown five follow the districts file exactly.
    const fileOrder = real.districts.map((d) => d.name).filter((n) => CARDS_2022Q2.slice(5).includes(n))
    expect(CARDS_2022Q2.slice(5)).toEqual(fileOrder)
  })

  it('skips the projects board (not published) and never shows an empty slide', () => {
    const ids = buildDeck(real, '2022Q2', 'arena').map((s) => s.id)
    expect(ids).not.toContain('board:projects')
    expect(boardModel(real, '2022Q2', 'projects')).toBeNull()
  })

  it.each<[QuarterId, string[], string[]]>([
    // [quarter, arena slides other than the ten cards, overview]
    ['2022Q1', ['title', 'podium', 'closing'], ['board:overall']],
    [
      '2022Q2',
      ['title', 'podium', 'board:economy', 'board:urban', 'movers', 'closing'],
      ['board:overall', 'board:economy', 'board:urban'],
    ],
    ['2022Q3', ['title', 'podium', 'movers', 'closing'], ['board:overall']],
    ['2022Q4', ['title', 'podium', 'movers', 'closing'], ['board:overall']],
    // Flags only, no ranks: podium (for the flags) but no board; the lobby deck falls back to the title.
    ['2023Q1', ['title', 'podium', 'closing'], ['title']],
    // No 2023Q2 file: movement vs 2023Q2 is unknown, so no movers slide.
    ['2023Q3', ['title', 'podium', 'closing'], ['board:overall']],
  ])('%s: arena %j, overview %j', (q, arena, overview) => {
    const deck = buildDeck(real, q, 'arena')
    expect(deck.filter((s) => s.view.kind !== 'district').map((s) => s.id)).toEqual(arena)
    expect(deck.filter((s) => s.view.kind === 'district')).toHaveLength(10)
    expect(buildDeck(real, q, 'overview').map((s) => s.id)).toEqual(overview)
  })

  it('a quarter without a file gets only the title slide', () => {
    expect(buildDeck(real, '2019Q1', 'arena').map((s) => s.id)).toEqual(['title'])
    expect(titleModel(real, '2019Q1')).toBeNull()
  })

  it('district cards run the timer and dwell for the speaker time; other slides use the deck dwell', () => {
    const deck = buildDeck(real, '2022Q2', 'arena')
    const card = deck.find((s) => s.id === 'district:huangdao')
    expect(card).toMatchObject({ timer: true, dwellMs: DECKS.arena.timerSeconds * 1000 })
    expect(deck.find((s) => s.id === 'title')).toMatchObject({
      timer: false,
      dwellMs: DECKS.arena.dwellSeconds.title * 1000,
    })
    const custom = buildDeck(real, '2022Q2', 'arena', { timerSeconds: 62, dwellSeconds: 7 })
    expect(custom.find((s) => s.id === 'district:huangdao')?.dwellMs).toBe(62_000)
    expect(custom.filter((s) => !s.timer).every((s) => s.dwellMs === 7000)).toBe(true)
  })

  it('slide ids are unique', () => {
    for (const q of real.quarters.keys()) {
      const ids = buildDeck(real, q, 'arena').map((s) => s.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })
})

describe('slide models on the real 2022Q2', () => {
  it('title: issuer and notice date', () => {
    expect(titleModel(real, '2022Q2')).toMatchObject({
      issuer: '青岛市综合考核委员会（经市委常委会会议审定）',
      published: '2022-07-26',
      sections: [
        { id: 'economy', weight: 60, published: true },
        { id: 'projects', weight: null, published: false },
        { id: 'urban', weight: 20, published: true },
      ],
    })
  })

  it('podium: 黄岛区 90.00, 胶州市 88.12, 崂山区 86.53; flags as published', () => {
    const m = podiumModel(real, '2022Q2')
    expect(m?.places.map((p) => p.entries.map((e) => [e.district.id, figureValue(e.score)]))).toEqual([
      [['huangdao', 90]],
      [['jiaozhou', 88.12]],
      [['laoshan', 86.53]],
    ])
    expect(m?.flags.map((g) => [g.flag, g.winners.map((w) => `${w.district.id}:${w.status}`)])).toEqual([
      ['top', ['huangdao:published', 'jiaozhou:published']],
      ['rise', ['shinan:published']],
    ])
    expect(m).toMatchObject({ knownCount: 5, publishedCount: 5, derivedCount: 0, total: 10 })
  })

  it('movers: 市南区 +2 as stated, then the unchanged top three; six unknown', () => {
    const m = moversModel(real, '2022Q2')
    expect(m?.baseline).toBe('2022Q1')
    expect(m?.movers.map((x) => [x.district.id, x.change.delta, x.change.status])).toEqual([
      ['shinan', 2, 'published'],
      ['huangdao', 0, 'derived'],
      ['jiaozhou', 0, 'derived'],
      ['laoshan', 0, 'derived'],
    ])
    // 崂山区's 2022Q1 rank is itself derived (exclusion rule), and says so.
    expect(m?.movers.find((x) => x.district.id === 'laoshan')?.change.fromDerivedInput).toBe(true)
    expect(m?.unknown.map((d) => d.id)).toEqual(['jimo', 'shibei', 'licang', 'chengyang', 'pingdu', 'laixi'])
  })

  it('huangdao card: rank 1, 90.00, economy 1st with printed 9★ vs rule 10★, urban 6th, top flag, ±0', () => {
    const c = districtCardModel(real, '2022Q2', 'huangdao')
    expect(c).toMatchObject({ position: 1, of: 10 })
    expect(figureValue(c?.rank)).toBe(1)
    expect(figureValue(c?.score)).toBe(90)
    expect(
      c?.sections.map((s) => [s.id, figureValue(s.score), figureValue(s.rank), s.stars?.published ?? null]),
    ).toEqual([
      ['economy', 54.96, 1, 9],
      ['projects', null, null, null],
      ['urban', 18.99, 6, 5],
    ])
    expect(c?.sections[0]?.stars).toEqual({ published: 9, rule: 10, differs: true })
    expect(c?.flags.map((f) => `${f.flag}:${f.status}`)).toEqual(['top:published'])
    expect(c?.rankChange).toMatchObject({ kind: 'known', delta: 0, baseline: '2022Q1' })
    // Total stars: a section table is unpublished, so the sum is not known (never a partial sum).
    expect(c?.totalStars.status).toBe('not-published')
  })

  it('shibei card: composite rank and score 未公布, section figures still shown', () => {
    const c = districtCardModel(real, '2022Q2', 'shibei')
    expect(c).toMatchObject({
      position: 6,
      rank: { status: 'not-published' },
      score: { status: 'not-published' },
    })
    expect(c?.rankChange.kind).toBe('unknown')
    expect(figureValue(c?.sections.find((s) => s.id === 'economy')?.rank)).toBe(8)
    expect(districtCardModel(real, '2022Q2', 'nowhere')).toBeNull()
  })

  it('closing: first places and what was not published', () => {
    const m = closingModel(real, '2022Q2')
    expect(m?.leaders.map((l) => [l.section, l.districts.map((d) => d.district.id)])).toEqual([
      ['overall', ['huangdao']],
      ['economy', ['huangdao']],
      ['urban', ['jiaozhou']],
    ])
    expect(m?.notPublished).toEqual([
      { section: 'overall', published: 5, derived: 0, total: 10 },
      { section: 'projects', published: 0, derived: 0, total: 10 },
    ])
    // The notice first, then the news reports behind the 2022Q1 ranks the movers slide compares with.
    expect(m?.sources).toEqual(['qdrb-2022-07-26', 'bandao-2023-04-21', 'qdrb-2022-11-17', 'qingdaomop-top3'])
  })

  it('economy board: ten rows, two printed star counts differ from the rule', () => {
    const b = boardModel(real, '2022Q2', 'economy')
    expect(b?.rows.map((r) => r.district.id).slice(0, 3)).toEqual(['huangdao', 'jiaozhou', 'laoshan'])
    expect(b).toMatchObject({ knownCount: 10, starDiffers: 2, weight: 60 })
  })
})

describe('other quarters and data', () => {
  it('2023Q1 (flags, no ranks): podium shows flags with an empty podium', () => {
    const m = podiumModel(real, '2023Q1')
    expect(m?.knownCount).toBe(0)
    expect(m?.places.every((p) => p.entries.length === 0)).toBe(true)
    expect(m?.flags.map((g) => [g.flag, g.winners.map((w) => w.district.id)])).toEqual([
      // No ranks: winners are listed in the districts file's order.
      ['top', ['huangdao', 'jiaozhou']],
      ['rise', ['shibei', 'licang', 'jimo']],
    ])
  })

  it('demo 2024Q4 arena: every board, movers, and the cards in composite rank order', () => {
    const deck = buildDeck(demo, '2024Q4', 'arena')
    const file = demo.quarters.get('2024Q4')
    const byRank = [...(file?.composite.rows ?? [])]
      .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))
      .map((r) => r.district)
    expect(deck.map((s) => s.id)).toEqual([
      'title',
      'podium',
      'board:economy',
      'board:projects',
      'board:urban',
      'board:business',
      'movers',
      ...cardIds(byRank),
      'closing',
    ])
    expect(
      deck
        .filter((s) => s.view.kind === 'district')
        .every((s) => s.view.kind === 'district' && s.view.rankKnown),
    ).toBe(true)
    expect(buildDeck(demo, '2024Q4', 'overview').map((s) => s.id)).toEqual([
      'board:overall',
      'board:economy',
      'board:projects',
      'board:urban',
      'board:business',
    ])
  })

  it('demo: the first quarter has no previous one, so no movers slide', () => {
    expect(buildDeck(demo, '2022Q1', 'arena').map((s) => s.id)).not.toContain('movers')
    expect(moversModel(demo, '2022Q1')).toBeNull()
  })

  it('ties share a podium place and speak in the districts file’s order (synthetic 2030Q1)', () => {
    const m = podiumModel(syn, '2030Q1')
    expect(m?.places.map((p) => p.entries.map((e) => e.district.id))).toEqual([
      ['alpha'],
      ['bravo', 'charlie'],
      [],
    ])
    expect(speakingOrder(syn, '2030Q1').districts.map((d) => d.district.id)).toEqual([
      'alpha',
      'bravo',
      'charlie',
      'delta',
      'echo',
    ])
  })

  it('a derived rank counts as known and comes before unknown ones (synthetic 2030Q3)', () => {
    const order = speakingOrder(syn, '2030Q3')
    expect(order.districts.map((d) => [d.district.id, d.rank.status])).toEqual([
      ['charlie', 'published'],
      ['bravo', 'derived'],
      ['alpha', 'not-published'],
      ['delta', 'not-published'],
      ['echo', 'not-published'],
    ])
    expect(order.knownCount).toBe(2)
  })
})

describe('derived ranks are never counted as published (real data)', () => {
  it.each<[QuarterId, { known: number; published: number; derived: number }]>([
    // 2022Q1: 黄岛区 1 and 胶州市 2 reported; 崂山区 3 (top-three rule) and 市南区 7 (from 2022Q2's "上升2个位次") derived.
    ['2022Q1', { known: 4, published: 2, derived: 2 }],
    ['2022Q2', { known: 5, published: 5, derived: 0 }],
    // 2023Q3: 黄岛区 1 reported; 胶州市 2 derived from the top-two flag.
    ['2023Q3', { known: 2, published: 1, derived: 1 }],
  ])('%s speaking order and podium: %o', (quarter, want) => {
    const order = speakingOrder(real, quarter)
    expect([order.knownCount, order.publishedCount, order.derivedCount]).toEqual([
      want.known,
      want.published,
      want.derived,
    ])
    expect(podiumModel(real, quarter)).toMatchObject({
      knownCount: want.known,
      publishedCount: want.published,
      derivedCount: want.derived,
    })
  })

  it.each<[QuarterId, { published: number; derived: number }]>([
    ['2022Q1', { published: 2, derived: 2 }],
    ['2023Q3', { published: 1, derived: 1 }],
  ])('%s closing and composite board split published from derived', (quarter, want) => {
    expect(closingModel(real, quarter)?.notPublished.find((x) => x.section === 'overall')).toEqual({
      section: 'overall',
      ...want,
      total: 10,
    })
    expect(boardModel(real, quarter, 'overall')).toMatchObject({
      publishedCount: want.published,
      derivedCount: want.derived,
    })
  })

  it.each<[QuarterId, 1 | 2 | 3, string, 'published' | 'derived']>([
    ['2022Q1', 3, 'laoshan', 'derived'],
    ['2023Q3', 2, 'jiaozhou', 'derived'],
    ['2023Q3', 1, 'huangdao', 'published'],
  ])('%s podium place %i (%s) is %s', (quarter, place, district, status) => {
    const entry = podiumModel(real, quarter)?.places.find((p) => p.place === place)?.entries[0]
    expect([entry?.district.id, entry?.rank.status]).toEqual([district, status])
  })
})

describe('the change column of a board', () => {
  it.each<[QuarterId, 'overall' | 'economy' | 'urban', boolean]>([
    // Every section's 2022Q1 table is unpublished, so no section change vs 2022Q1 is known.
    ['2022Q2', 'economy', false],
    ['2022Q2', 'urban', false],
    ['2022Q2', 'overall', true],
  ])('%s %s: changeKnown %s', (quarter, section, known) => {
    expect(boardModel(real, quarter, section)?.changeKnown).toBe(known)
  })
})

describe('second-hand sources on slides (real data)', () => {
  it.each<[string[], boolean]>([
    [['xinhua-2023-11-07'], true], // secondary
    [['bandao-2023-04-21'], true], // news
    [['qingdaomop-top3', 'bandao-2023-04-21'], true],
    [['qingdaonews-2023-11-07', 'xinhua-2023-11-07'], false], // the notice backs it
    [['qingdaonews-2023-11-07'], false],
    [['no-such-source'], false],
    [[], false],
  ])('isSecondhand(%j) → %s', (ids, want) => {
    expect(isSecondhand(ids, realSources)).toBe(want)
  })

  it('2023Q3 podium: 黄岛区’s rank, 98.30 and flags are facts; only 新华财经 is second-hand', () => {
    const facts = slideFacts(real, '2023Q3', { kind: 'podium' })
    expect(facts).toContainEqual(['xinhua-2023-11-07'])
    expect(secondhandSources(facts, realSources).map((s) => s.id)).toEqual(['xinhua-2023-11-07'])
  })

  it('2023Q3 huangdao card: 98.30 and 38 stars come only from 新华财经', () => {
    const c = districtCardModel(real, '2023Q3', 'huangdao')
    expect(c?.score).toMatchObject({ value: 98.3, sources: ['xinhua-2023-11-07'] })
    expect(c?.totalStars).toMatchObject({ value: 38, sources: ['xinhua-2023-11-07'] })
    const facts = slideFacts(real, '2023Q3', {
      kind: 'district',
      district: 'huangdao',
      position: 1,
      of: 10,
      rankKnown: true,
    })
    expect(secondhandSources(facts, realSources).map((s) => s.id)).toEqual(['xinhua-2023-11-07'])
  })

  it('2022Q2 (all from the notice): the boards have no second-hand fact', () => {
    for (const section of ['overall', 'economy', 'urban'] as const) {
      expect(secondhandSources(slideFacts(real, '2022Q2', { kind: 'board', section }), realSources)).toEqual(
        [],
      )
    }
  })

  it.each<[QuarterId, string[]]>([
    ['2023Q3', ['qingdaonews-2023-11-07', 'xinhua-2023-11-07']],
    // No notice text survives for 2022Q1: the deck's figures come from news reports and a repost.
    [
      '2022Q1',
      ['bandao-2023-04-21', 'qdrb-2022-11-17', 'qingdaomop-top3', 'qdrb-2022-12-29', 'qdrb-2022-07-26'],
    ],
  ])('%s deck sources: every source a slide uses, the notice first', (quarter, ids) => {
    expect(deckSourceIds(real, quarter, 'arena')).toEqual(ids)
    expect(closingModel(real, quarter)?.sources).toEqual(ids)
  })

  it.each<[string, 'zh' | 'en', string]>([
    ['xinhua-2023-11-07', 'zh', '新华财经（转载于 task.cuishai.com；二手来源）'],
    ['xinhua-2023-11-07', 'en', '新华财经 (转载于 task.cuishai.com; secondary source)'],
    ['bandao-2023-04-21', 'zh', '半岛都市报（新闻报道）'],
    ['qingdaonews-2023-11-07', 'zh', '青岛市综合考核委员会，刊于青岛日报（finance.qingdaonews.com）'],
  ])('sourceLabel(%s, %s) → %s', (id, lang, want) => {
    const s = realSources.get(id)
    expect(s && sourceLabel(s, lang)).toBe(want)
  })
})
