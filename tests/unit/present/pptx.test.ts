// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { Dataset } from '../../../src/domain/model/dataset'
import type { QuarterId } from '../../../src/domain/model/quarter'
import type { Source } from '../../../src/domain/model/schema'
import * as kit from '../../../src/features/present/export/deck-kit'
import { type DeckExport, deckFileName, deckPptx } from '../../../src/features/present/export/pptx'
import '../../../src/features/present/i18n'
import type { Lang } from '../../../src/domain/model/ids'
import { buildDeck, type DeckId, speakingOrder } from '../../../src/features/present/model/deck'
import type { Translate } from '../../../src/features/present/slides/slide-parts'
import { type Format, formatDate } from '../../../src/lib/format'
import { i18n } from '../../../src/lib/i18n'
import { loadDataset, loadSources } from '../../fixtures/datasets'
import { unzip as readZip } from '../../fixtures/unzip'
import { formatterFor } from '../export/format-for'

type Unzipped = { slides: string[][]; notes: string[]; media: string[]; xml: string[] }

/** The text runs (<a:t>) of an OOXML part, in document order, entities decoded. */
function runs(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  )
}

async function unzip(input: DeckExport): Promise<Unzipped> {
  const pptx = await deckPptx(input, kit)
  const buf = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer
  const zip = readZip(buf)
  const read = (name: string) => zip.get(name)?.toString('utf8') ?? ''
  const num = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1])
  const slideNames = [...zip.keys()]
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => num(a) - num(b))
  const xml = slideNames.map(read)
  // Each slide's notes part, found through the slide's relationships (not by number).
  const notes = slideNames.map((n) => {
    const rels = read(`${n.replace('slides/', 'slides/_rels/')}.rels`)
    const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1]
    return target ? runs(read(`ppt/notesSlides/${target}`)).join('\n') : ''
  })
  return {
    slides: xml.map(runs),
    notes,
    xml,
    media: [...zip.keys()].filter((n) => n.startsWith('ppt/media/')),
  }
}

const LINK = 'http://127.0.0.1:4173/#/rankings?quarter=2022Q2'

/** What useTranslation and useFormat give the presentation, in one language, outside React. */
function words(lang: Lang): { t: Translate; f: Format } {
  return {
    t: i18n.getFixedT(lang, ['present', 'common']) as unknown as Translate,
    f: { ...formatterFor(lang), dateTime: (iso: string) => formatDate(iso, lang) },
  }
}

function input(
  ds: Dataset,
  sources: Map<string, Source>,
  quarter: QuarterId,
  deckId: DeckId,
  more: Partial<DeckExport> = {},
): DeckExport {
  const lang = more.lang ?? 'zh'
  return { ds, quarter, deckId, sources, lang, demo: false, resultsLink: LINK, ...words(lang), ...more }
}

describe('deckPptx (real 2022Q2 arena)', () => {
  const ds = loadDataset('real')
  const sources = new Map(loadSources('real').map((s) => [s.id, s]))
  const deck = buildDeck(ds, '2022Q2', 'arena')
  let u: Unzipped
  beforeAll(async () => {
    u = await unzip(input(ds, sources, '2022Q2', 'arena'))
  })

  it('has one 16:9 slide per deck slide, numbered n / total', () => {
    expect(u.slides).toHaveLength(deck.length)
    expect(deck.length).toBe(17)
    u.slides.forEach((texts, i) => {
      expect(texts).toContain(`${i + 1} / ${deck.length}`)
    })
  })

  it('puts the district cards in speaking order, 黄岛区 first', () => {
    const order = speakingOrder(ds, '2022Q2').rows.map((r) => r.district.name)
    const cards = deck.flatMap((s, i) => (s.view.kind === 'district' ? [u.slides[i] ?? []] : []))
    expect(cards).toHaveLength(10)
    // The card's big name is the first run that is a district name.
    const names = cards.map((texts) => texts.find((x) => order.includes(x)))
    expect(names).toEqual(order)
    expect(names[0]).toBe('黄岛区')
    expect(cards[0]).toContain('发言 1 / 10')
  })

  it('writes the boards as native tables with the scores as shown and 未公布 as the word', () => {
    const economy = deck.findIndex((s) => s.id === 'board:economy')
    const econ = u.xml[economy] ?? ''
    expect(econ).toContain('<a:tbl>')
    const texts = u.slides[economy] ?? []
    expect(texts).toContain('经济运行')
    // The published table: 黄岛区 first with 54.96, as the stage shows it.
    const i = texts.indexOf('黄岛区')
    expect(i).toBeGreaterThan(-1)
    expect(texts.slice(i, i + 3)).toContain('54.96')
    // The composite board: five published rows, five 未公布, never 0.
    const overall = u.slides[deck.findIndex((s) => s.id === 'board:overall')] ?? []
    expect(overall.filter((x) => x === '未公布').length).toBeGreaterThanOrEqual(5)
    expect(overall).toContain('90.00')
    expect(overall).not.toContain('0')
    // Red flags by their full official names, as projected: 黄岛区 and 胶州市 排头, 市南区 赶超.
    expect(overall.filter((x) => x === '⚑真抓实干、勇当排头')).toHaveLength(2)
    expect(overall).toContain('⚑加压奋进、进位赶超')
    expect(overall.join(' ')).not.toMatch(/⚑(排头|赶超)/)
  })

  it('draws the rank changes as a native line chart', async () => {
    const movers = deck.findIndex((s) => s.id === 'movers')
    expect(movers).toBeGreaterThan(-1)
    expect(u.xml[movers]).toContain('<p:graphicFrame>')
    expect(u.xml[movers]).toMatch(/chart/)
  })

  it('lists the sources of each slide in its speaker notes', () => {
    const economy = deck.findIndex((s) => s.id === 'board:economy')
    expect(u.notes[economy]).toContain('来源')
    expect(u.notes[economy]).toContain('青岛市综合考核委员会')
    // The data note about the printed stars travels with the boards.
    expect(u.notes[economy]).toMatch(/数据说明/)
    // A district card's notes name its own figures' sources.
    const card = deck.findIndex((s) => s.id === 'district:huangdao')
    expect(u.notes[card]).toContain('来源')
  })

  it('carries no DEMO mark for real data', () => {
    for (const texts of u.slides) expect(texts.join(' ')).not.toContain('DEMO')
  })

  it('puts the QR code of the results link and the link itself on the closing slide', () => {
    const last = u.slides.at(-1) ?? []
    expect(last).toContain(LINK)
    expect(u.xml.at(-1)).toContain('<p:pic>')
    expect(u.media.some((m) => m.endsWith('.png'))).toBe(true)
  })
})

describe('deckPptx (demo and other decks)', () => {
  const demo = loadDataset('demo')
  const demoSources = new Map(loadSources('demo').map((s) => [s.id, s]))
  const quarter = [...demo.quarters.keys()].at(-1) as QuarterId

  it('marks every slide of demo data DEMO', async () => {
    const u = await unzip(input(demo, demoSources, quarter, 'arena', { demo: true }))
    expect(u.slides).toHaveLength(buildDeck(demo, quarter, 'arena').length)
    for (const texts of u.slides) expect(texts).toContain('示例数据 DEMO')
    for (const n of u.notes) expect(n).toContain('不是真实考核结果')
  })

  it('builds the overview deck, one slide per board, in English', async () => {
    const u = await unzip(input(demo, demoSources, quarter, 'overview', { demo: true, lang: 'en' }))
    const deck = buildDeck(demo, quarter, 'overview')
    expect(u.slides).toHaveLength(deck.length)
    expect(u.slides[0]).toContain('Composite')
    for (const texts of u.slides) expect(texts).toContain('DEMO data 示例数据')
  })

  it('names the file by quarter, deck and dataset', () => {
    expect(deckFileName('2022Q2', 'arena', false)).toBe('leitai-2022Q2-arena.pptx')
    expect(deckFileName('2024Q4', 'overview', true)).toBe('leitai-2024Q4-overview-demo.pptx')
  })
})
