/**
 * The deck as an editable PowerPoint file: one slide per deck slide (`buildDeck`, the list the stage
 * shows), each worded from the same models the slides render (../model/deck.ts), as native text and
 * tables (boards, the composite table, district cards) and a native line chart for the rank changes,
 * so a secretary's office can edit the file in PowerPoint or WPS before the meeting.
 *
 * Honesty travels with it: 未公布 is the word (never a blank or 0), derived figures keep their "*"
 * and second-hand ones their "†" with the slide's footnotes, every slide of demo data carries the
 * DEMO mark, and each slide's speaker notes list the sources of its figures and the data notes.
 *
 * Loaded only when someone clicks 下载 PowerPoint (`import('./export/pptx')`): pptxgenjs is ~130 kB
 * gzip and no view needs it to render.
 */
import PptxGenJS from 'pptxgenjs'
import type { Dataset } from '../../../domain/model/dataset'
import type { Figure } from '../../../domain/model/figure'
import type { Lang } from '../../../domain/model/ids'
import type { QuarterId } from '../../../domain/model/quarter'
import type { Source } from '../../../domain/model/schema'
import type { Change } from '../../../domain/rules/change'
import type { Format } from '../../../lib/format'
import { qrCode, qrPng } from '../../../lib/qr'
import type { DeckId, Slide, SlideView } from '../model/deck'
import type { Secondhand, Translate } from '../slides/slide-parts'
import type * as DeckKitModule from './deck-kit'

/** The deck's models and wording helpers (./deck-kit.ts), passed in by the caller. */
export type DeckKit = typeof DeckKitModule

export type DeckExport = {
  ds: Dataset
  quarter: QuarterId
  deckId: DeckId
  sources: ReadonlyMap<string, Source>
  lang: Lang
  /** The present namespace's translator and the formatters, in `lang` (the presentation's own). */
  t: Translate
  f: Format
  /** Generated data (the demo dataset): every slide says DEMO. */
  demo: boolean
  /** The closing slide's QR code and link (`resultsLink`). */
  resultsLink: string
}

/** Slide size: PowerPoint's 16:9 "Widescreen", 13.333 × 7.5 in. The stage's 1920 px = 960 pt, so pt = px / 2. */
const W = 13.333
const H = 7.5
const M = 0.45
const INK = '1F2937'
const MUTED = '5B6472'
const MISSING = '6B7280'
const ACCENT = 'B91C1C'
const DERIVED = '7C3AED'
const DEMO = 'B45309'
const LINE = 'D1D5DB'

/** The file name: 擂台-2022Q2-arena.pptx (with -demo for demo data). */
export function deckFileName(quarter: QuarterId, deckId: DeckId, demo: boolean): string {
  return `leitai-${quarter}-${deckId}${demo ? '-demo' : ''}.pptx`
}

type Ctx = {
  input: DeckExport
  kit: DeckKit
  t: Translate
  f: Format
  /** 未公布 / not published, the word in every cell where the committee published nothing. */
  np: string
  font: string
}

/** A figure as the slide writes it: formatted, "*" when derived, "†" when second-hand; 未公布 as the word. */
function fig<T>(c: Ctx, figure: Figure<T>, format: (v: T) => string, sh: Secondhand): string {
  if (figure.status === 'not-published') return c.np
  return `${format(figure.value)}${figure.status === 'derived' ? '*' : ''}${sh.mark(figure)}`
}

/** "▲2 vs 2022Q1", "＝0 vs 2022Q1", "? vs 2022Q1" (unknown), with "*" when computed from a derived rank. */
function changeText(c: Ctx, change: Change): string {
  const vs = c.t('common:vs', { q: change.baseline })
  if (change.kind === 'unknown') return `? ${vs}`
  const d = change.delta
  const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '＝'
  return `${arrow}${c.f.number(Math.abs(d))} ${vs}${change.fromDerivedInput ? '*' : ''}`
}

function stars(c: Ctx, published: number | null | undefined): string {
  return published === null || published === undefined ? c.np : '★'.repeat(published)
}

/**
 * Builds the deck. Example: deckPptx({ ds: real, quarter: '2022Q2', deckId: 'arena', … }) → 17
 * slides, the district cards in speaking order (黄岛区 first).
 */
export async function deckPptx(input: DeckExport, kit: DeckKit): Promise<PptxGenJS> {
  const { t, f } = input
  const c: Ctx = {
    input,
    kit,
    t,
    f,
    np: t('common:notPublished'),
    font: input.lang === 'zh' ? 'Microsoft YaHei' : 'Calibri',
  }
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = `${t('results')} · ${f.quarter(input.quarter)}`
  pptx.company = t('brand')
  pptx.theme = { headFontFace: c.font, bodyFontFace: c.font }
  const slides = kit.buildDeck(input.ds, input.quarter, input.deckId)
  slides.forEach((s, i) => {
    renderSlide(pptx, c, s, i, slides.length)
  })
  return pptx
}

/** Builds the deck and hands it to the browser as a download. */
export async function downloadDeckPptx(input: DeckExport, kit: DeckKit): Promise<string> {
  const pptx = await deckPptx(input, kit)
  const fileName = deckFileName(input.quarter, input.deckId, input.demo)
  // Not pptx.writeFile(): its download link gets a style attribute, which the page's CSP blocks
  // (src/lib/csp.ts). The same bytes as a blob, saved through a plain link.
  const blob = (await pptx.write({ outputType: 'blob', compression: true })) as Blob
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return fileName
}

function renderSlide(pptx: PptxGenJS, c: Ctx, s: Slide, index: number, count: number) {
  const { t, f, input } = c
  const slide = pptx.addSlide()
  slide.background = { color: 'FFFFFF' }
  const facts = c.kit.slideFacts(input.ds, input.quarter, s.view)
  const sh = c.kit.secondhandFor(facts, input.sources, t, f)
  const text = (value: string, o: PptxGenJS.TextPropsOptions) =>
    slide.addText(value, { fontFace: c.font, color: INK, margin: 0, valign: 'top', ...o })

  // The chrome every slide shares: brand · quarter · assessment, the slide's label, DEMO, n / total.
  text(`${t('brand')} · ${f.quarter(input.quarter)} · ${t('assessment')}`, {
    x: M,
    y: 0.2,
    w: 8.5,
    h: 0.35,
    fontSize: 12,
    color: MUTED,
  })
  text(label(c, s.view), {
    x: 8.6,
    y: 0.2,
    w: input.demo ? 2.3 : 4.28,
    h: 0.35,
    fontSize: 12,
    color: MUTED,
    align: 'right',
  })
  if (input.demo)
    text(t('common:dataset.demo'), {
      x: W - M - 1.9,
      y: 0.16,
      w: 1.9,
      h: 0.42,
      fontSize: 12,
      bold: true,
      color: DEMO,
      align: 'center',
      valign: 'middle',
      line: { color: DEMO, width: 1.5 },
      fill: { color: 'FEF3C7' },
    })
  text(t('slideOf', { n: f.number(index + 1), total: f.number(count) }), {
    x: W - M - 2,
    y: H - 0.45,
    w: 2,
    h: 0.3,
    fontSize: 12,
    bold: true,
    align: 'right',
  })

  const notes: string[] = []
  const footnotes: string[] = []
  switch (s.view.kind) {
    case 'title':
      titleSlide(c, text)
      break
    case 'podium':
      podiumSlide(c, slide, text, sh, footnotes)
      break
    case 'board':
      boardSlide(c, slide, text, s.view.section, sh, footnotes)
      break
    case 'movers':
      moversSlide(c, pptx, slide, text, sh, footnotes)
      break
    case 'district':
      districtSlide(c, slide, text, s.view.district, sh, footnotes)
      break
    case 'closing':
      closingSlide(c, slide, text, sh, footnotes)
      break
  }
  if (sh.note) footnotes.push(sh.note)
  if (footnotes.length)
    text(footnotes.join('\n'), {
      x: M,
      y: H - 1.05,
      w: W - 2 * M - 2.2,
      h: 0.6,
      fontSize: 11,
      color: MUTED,
      valign: 'bottom',
    })

  // Speaker notes: the footnotes, the sources of this slide's figures, and the quarter's data notes.
  notes.push(...footnotes)
  // The closing slide names every source of the deck, so its notes do too.
  const ids =
    s.view.kind === 'closing'
      ? c.kit.deckSourceIds(input.ds, input.quarter, input.deckId)
      : [...new Set(facts.flat())]
  if (ids.length) {
    notes.push(`${t('closing.sources')}:`)
    for (const id of ids) {
      const src = input.sources.get(id)
      notes.push(src ? `- ${c.kit.sourceLine(src, t, f)}${src.url ? ` ${src.url}` : ''}` : `- ${id}`)
    }
  }
  const file = input.ds.quarters.get(input.quarter)
  if (
    file?.notes.length &&
    (s.view.kind === 'title' || s.view.kind === 'board' || s.view.kind === 'closing')
  ) {
    notes.push(`${t('pptx.dataNotes')}:`)
    for (const n of file.notes) notes.push(`- ${c.kit.dataText(n.zh, n.en, input.lang)}`)
  }
  if (input.demo) notes.push(t('common:dataset.demoHint'))
  if (notes.length) slide.addNotes(notes.join('\n'))
}

type TextFn = (value: string, o: PptxGenJS.TextPropsOptions) => void

function label(c: Ctx, view: SlideView): string {
  const { t, f, input } = c
  switch (view.kind) {
    case 'board':
      return f.section(view.section)
    case 'district': {
      const d = c.kit.districtsById(input.ds).get(view.district)
      return t('kind.districtCard', {
        speaker: t('kind.district', { position: f.number(view.position), of: f.number(view.of) }),
        name: d ? f.district(d) : view.district,
      })
    }
    default:
      return t(`kind.${view.kind}`)
  }
}

function heading(text: TextFn, value: string, aside?: string) {
  text(value, { x: M, y: 0.7, w: 9, h: 0.7, fontSize: 28, bold: true })
  if (aside)
    text(aside, { x: 9.5, y: 0.85, w: W - M - 9.5, h: 0.45, fontSize: 16, color: MUTED, align: 'right' })
}

const cell = (c: Ctx, value: string, o: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
  text: value,
  options: {
    fontFace: c.font,
    color: value === c.np ? MISSING : value.includes('*') ? DERIVED : INK,
    ...o,
  },
})

const headCell = (c: Ctx, value: string, o: PptxGenJS.TableCellProps = {}) =>
  cell(c, value, {
    color: MUTED,
    fontSize: 13,
    border: [{ type: 'none' }, { type: 'none' }, { pt: 1.5, color: MUTED }, { type: 'none' }],
    ...o,
  })

const ROW_BORDER: PptxGenJS.TableCellProps['border'] = [
  { type: 'none' },
  { type: 'none' },
  { pt: 0.75, color: LINE },
  { type: 'none' },
]

function titleSlide(c: Ctx, text: TextFn) {
  const { t, f, input } = c
  const m = c.kit.titleModel(input.ds, input.quarter)
  text(t('brand'), {
    x: M,
    y: 1.2,
    w: W - 2 * M,
    h: 0.5,
    fontSize: 24,
    bold: true,
    color: ACCENT,
    align: 'center',
  })
  text(f.quarter(input.quarter), {
    x: M,
    y: 1.8,
    w: W - 2 * M,
    h: 1.1,
    fontSize: 60,
    bold: true,
    align: 'center',
  })
  text(t('results'), { x: M, y: 3.0, w: W - 2 * M, h: 0.7, fontSize: 32, bold: true, align: 'center' })
  if (!m) {
    text(t('title.noFile', { quarter: input.quarter }), {
      x: M,
      y: 4,
      w: W - 2 * M,
      h: 0.6,
      fontSize: 22,
      color: MISSING,
      align: 'center',
    })
    return
  }
  const lines = [
    m.issuer ? t('title.issuer', { issuer: m.issuer }) : t('title.issuerUnknown'),
    m.published ? t('title.date', { date: f.date(m.published) }) : t('title.dateUnknown'),
  ]
  text(lines.join('\n'), { x: M, y: 3.9, w: W - 2 * M, h: 0.9, fontSize: 20, color: MUTED, align: 'center' })
  const sections = m.sections.map(
    (s) =>
      `${f.section(s.id)} ${
        !s.published
          ? t('title.tableMissing')
          : s.weight !== null
            ? t('title.weight', { w: f.number(s.weight) })
            : t('title.weightUnknown')
      }`,
  )
  if (sections.length)
    text(sections.join('   ·   '), { x: M, y: 5.0, w: W - 2 * M, h: 0.5, fontSize: 18, align: 'center' })
  if (m.bonusItems.length)
    text(t('title.bonus', { items: f.list(m.bonusItems) }), {
      x: M,
      y: 5.6,
      w: W - 2 * M,
      h: 0.45,
      fontSize: 16,
      color: MUTED,
      align: 'center',
    })
}

function podiumSlide(c: Ctx, slide: PptxGenJS.Slide, text: TextFn, sh: Secondhand, footnotes: string[]) {
  const { t, f, input } = c
  const m = c.kit.podiumModel(input.ds, input.quarter)
  if (!m) return
  heading(text, t('podium.heading'))
  if (m.ranked === 0) text(t('podium.noRanks'), { x: M, y: 2.5, w: 7, h: 0.8, fontSize: 24, color: MISSING })
  else {
    const rows: PptxGenJS.TableRow[] = [
      [
        headCell(c, t('board.col.rank')),
        headCell(c, t('board.col.district')),
        headCell(c, t('board.col.score'), { align: 'right' }),
      ],
    ]
    for (const p of m.places) {
      const place = `${t('podium.place', { n: f.number(p.place) })}${p.derived ? '*' : ''}${p.entries.map((e) => sh.mark(e.rank)).find(Boolean) ?? ''}`
      if (!p.entries.length)
        rows.push([cell(c, place, { bold: true }), cell(c, c.np), cell(c, c.np, { align: 'right' })])
      for (const e of p.entries)
        rows.push([
          cell(c, place, { bold: true, color: p.place === 1 ? ACCENT : INK }),
          cell(c, f.district(e.district), { bold: true, fontSize: 26 }),
          cell(
            c,
            fig(c, e.score, (v) => t('podium.points', { v: f.score(v) }), sh),
            { align: 'right' },
          ),
        ])
    }
    slide.addTable(rows, {
      x: M,
      y: 1.6,
      w: 7.2,
      colW: [1.8, 3.2, 2.2],
      fontSize: 22,
      rowH: 0.7,
      border: ROW_BORDER,
      valign: 'middle',
    })
    const { published, derived, total } = m.coverage
    if (published < total)
      footnotes.push(
        derived > 0
          ? t('podium.knownDerived', { n: f.number(published), d: f.number(derived), total: f.number(total) })
          : t('podium.known', { n: f.number(published), total: f.number(total) }),
      )
    if (m.places.some((p) => p.derived)) footnotes.push(t('board.derivedNote'))
  }
  text(t('podium.flags'), { x: 8.2, y: 0.7, w: 4.7, h: 0.7, fontSize: 28, bold: true })
  if (m.flags.length === 0)
    text(t('podium.noFlags'), { x: 8.2, y: 1.6, w: 4.7, h: 0.6, fontSize: 20, color: MISSING })
  let y = 1.6
  for (const g of m.flags) {
    text(`⚑ ${f.flag(g.flag)}`, { x: 8.2, y, w: 4.7, h: 0.45, fontSize: 18, bold: true, color: ACCENT })
    text(t(`common:flagRule.${g.flag}`), { x: 8.2, y: y + 0.45, w: 4.7, h: 0.4, fontSize: 13, color: MUTED })
    const names = g.winners.map(
      (w) =>
        `${f.district(w.district)}${sh.mark(w.sources)}${w.status === 'derived' ? t('common:paren', { text: t('common:status.derived') }) : ''}`,
    )
    text(names.join('  '), { x: 8.2, y: y + 0.85, w: 4.7, h: 0.6, fontSize: 24, bold: true })
    y += 1.7
  }
}

function boardSlide(
  c: Ctx,
  slide: PptxGenJS.Slide,
  text: TextFn,
  section: Extract<SlideView, { kind: 'board' }>['section'],
  sh: Secondhand,
  footnotes: string[],
) {
  const { t, f, input } = c
  const board = c.kit.boardModel(input.ds, input.quarter, section)
  if (!board) return
  const overall = section === 'overall'
  const baseline = board.rows[0]?.rankChange.baseline
  const aside = [
    board.weight !== null ? t('board.weight', { w: f.number(board.weight) }) : null,
    !board.changeKnown && baseline ? t('board.changeUnknown', { q: baseline }) : null,
  ]
    .filter(Boolean)
    .join(' · ')
  heading(text, f.section(section), aside || undefined)
  const head = [
    headCell(c, t('board.col.rank')),
    headCell(c, t('board.col.district')),
    headCell(c, t('board.col.score'), { align: 'right' }),
    headCell(
      c,
      overall ? t('board.col.totalStars') : t('board.col.stars'),
      overall ? { align: 'right' } : {},
    ),
    ...(overall ? [headCell(c, t('board.col.flags'))] : []),
    ...(board.changeKnown ? [headCell(c, t('board.col.change'))] : []),
  ]
  const rows: PptxGenJS.TableRow[] = [head]
  for (const r of board.rows) {
    const flags = r.flags
      .map(
        (fl) =>
          // Full official names, as on the projected board.
          `⚑${t(`common:flagName.${fl.flag}`)}${fl.status === 'derived' ? '*' : ''}${sh.mark(fl.provenance.sources)}`,
      )
      .join(' ')
    rows.push([
      cell(
        c,
        fig(c, r.rank, (v) => f.number(v), sh),
        { bold: true },
      ),
      cell(c, f.district(r.district), { bold: true }),
      cell(c, fig(c, r.score, f.score, sh), { align: 'right' }),
      overall
        ? cell(
            c,
            fig(c, r.totalStars, (v) => t('board.totalStars', { n: f.number(v) }), sh),
            { align: 'right' },
          )
        : cell(c, stars(c, r.stars?.published), { color: r.stars?.published == null ? MISSING : 'B45309' }),
      ...(overall ? [cell(c, flags, { color: ACCENT, fontSize: 14 })] : []),
      ...(board.changeKnown ? [cell(c, changeText(c, r.rankChange), { fontSize: 14 })] : []),
    ])
  }
  const colW = [
    1.1,
    overall ? 2.6 : 3.2,
    1.6,
    overall ? 1.4 : 3.6,
    ...(overall ? [3.0] : []),
    ...(board.changeKnown ? [2.2] : []),
  ]
  const scale = (W - 2 * M) / colW.reduce((a, b) => a + b, 0)
  slide.addTable(rows, {
    x: M,
    y: 1.45,
    w: W - 2 * M,
    colW: colW.map((w) => w * Math.min(1, scale)),
    fontSize: 18,
    rowH: Math.min(0.45, 4.9 / rows.length),
    border: ROW_BORDER,
    valign: 'middle',
    autoPage: false,
  })
  const { published, derived, total } = board.coverage
  if (published < total)
    footnotes.push(
      derived > 0
        ? t('board.partialDerived', { n: f.number(published), d: f.number(derived), total: f.number(total) })
        : t('board.partial', { n: f.number(published), total: f.number(total) }),
    )
  if (board.anyDerived) footnotes.push(t('board.derivedNote'))
}

function moversSlide(
  c: Ctx,
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  text: TextFn,
  sh: Secondhand,
  footnotes: string[],
) {
  const { t, f, input } = c
  const m = c.kit.moversModel(input.ds, input.quarter)
  if (!m) return
  heading(text, t('movers.heading', { q: m.baseline }))
  // The slope chart as a native line chart: one series per district with both ends known, ranks
  // reversed so 1 is at the top, as on the stage.
  const lines = m.movers.filter(
    (x) => x.fromRank.status !== 'not-published' && x.toRank.status !== 'not-published',
  )
  if (lines.length) {
    const maxRank = Math.max(
      ...lines.flatMap((x) =>
        [x.fromRank, x.toRank].map((r) => (r.status === 'not-published' ? 1 : r.value)),
      ),
    )
    slide.addChart(
      pptx.ChartType.line,
      lines.map((x) => ({
        name: f.district(x.district),
        labels: [f.quarter(m.baseline), f.quarter(input.quarter)],
        values: [x.fromRank, x.toRank].map((r) => (r.status === 'not-published' ? 0 : r.value)),
      })),
      {
        x: M,
        y: 1.5,
        w: 6.6,
        h: 4.8,
        // Rank 1 at the top. pptxgenjs writes the value as given; its type only lists 'minMax'.
        valAxisOrientation: 'maxMin' as 'minMax',
        valAxisMinVal: 1,
        valAxisMaxVal: Math.max(maxRank, 2),
        valAxisMajorUnit: 1,
        valAxisTitle: t('board.col.rank'),
        showValAxisTitle: true,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 8,
        lineSize: 3,
        showLegend: true,
        legendPos: 'r',
        legendFontFace: c.font,
        legendFontSize: 12,
        catAxisLabelFontFace: c.font,
        catAxisLabelFontSize: 14,
        valAxisLabelFontSize: 12,
        showLabel: false,
      },
    )
  }
  const rankN = (v: number) => t('movers.rankN', { n: f.number(v) })
  const how = (x: (typeof m.movers)[number]) =>
    x.status === 'published'
      ? t('common:change.stated')
      : x.fromDerivedInput
        ? t('common:change.fromDerived')
        : t('common:change.computed')
  const brief = m.brief.map(
    (x) =>
      `${changeText(c, c.kit.moverChange(x, m.baseline))}  ${f.district(x.district)}\n    ${fig(c, x.fromRank, rankN, sh)} → ${fig(c, x.toRank, rankN, sh)} · ${how(x)}`,
  )
  const extra = [
    m.moreChanged > 0 ? t('movers.more', { n: f.number(m.moreChanged) }) : null,
    m.unchanged.length
      ? `${t('movers.unchanged')}${f.list(m.unchanged.map((x) => f.district(x.district)))}${m.unchanged.some((x) => x.fromDerivedInput) ? '*' : ''}`
      : null,
    m.unknown.length
      ? t('movers.unknown', {
          n: f.number(m.unknown.length),
          names: f.list(m.unknown.map((d) => f.district(d))),
        })
      : null,
  ].filter((x): x is string => x !== null)
  text([...brief, ...extra].join('\n'), { x: 7.4, y: 1.5, w: W - M - 7.4, h: 4.8, fontSize: 16 })
  if (m.movers.some((x) => x.fromRank.status === 'derived' || x.toRank.status === 'derived'))
    footnotes.push(t('board.derivedNote'))
}

function districtSlide(
  c: Ctx,
  slide: PptxGenJS.Slide,
  text: TextFn,
  district: string,
  sh: Secondhand,
  footnotes: string[],
) {
  const { t, f, input } = c
  const card = c.kit.districtCardModel(input.ds, input.quarter, district)
  if (!card) return
  text(t('card.speaker', { position: f.number(card.position), of: f.number(card.of) }), {
    x: M,
    y: 0.7,
    w: 8,
    h: 0.45,
    fontSize: 18,
    color: MUTED,
  })
  const name = f.district(card.district)
  text(name, { x: M, y: 1.15, w: W - 2 * M, h: 1.0, fontSize: name.length > 16 ? 32 : 52, bold: true })
  const composite = [
    t('card.composite'),
    card.rank.status === 'not-published'
      ? t('card.rankUnknown')
      : fig(c, card.rank, (v) => t('card.rank', { n: f.number(v) }), sh),
    card.score.status !== 'not-published'
      ? fig(c, card.score, (v) => t('card.points', { v: f.score(v) }), sh)
      : null,
    card.totalStars.status !== 'not-published'
      ? fig(c, card.totalStars, (v) => t('card.totalStars', { n: f.number(v) }), sh)
      : null,
    changeText(c, card.rankChange),
  ].filter((x): x is string => x !== null)
  text(composite.join('    '), { x: M, y: 2.2, w: W - 2 * M, h: 0.6, fontSize: 24, bold: true })
  const flags = card.flags.length
    ? card.flags
        .map(
          (fl) =>
            `⚑ ${f.flag(fl.flag)}${fl.status === 'derived' ? '*' : ''}${sh.mark(fl.provenance.sources)}`,
        )
        .join('    ')
    : t('card.noFlags')
  text(flags, {
    x: M,
    y: 2.85,
    w: W - 2 * M,
    h: 0.5,
    fontSize: 18,
    bold: card.flags.length > 0,
    color: card.flags.length ? ACCENT : MUTED,
  })
  if (!card.sections.length)
    text(t('card.sectionsNone'), { x: M, y: 3.6, w: W - 2 * M, h: 0.5, fontSize: 18, color: MISSING })
  else {
    const rows: PptxGenJS.TableRow[] = [
      [
        headCell(c, t('common:section')),
        headCell(c, t('board.col.score'), { align: 'right' }),
        headCell(c, t('board.col.rank')),
        headCell(c, t('board.col.stars')),
      ],
    ]
    for (const s of card.sections)
      rows.push(
        s.published
          ? [
              cell(c, f.section(s.id), { bold: true }),
              cell(
                c,
                `${fig(c, s.score, f.score, sh)}${s.weight !== null ? t('board.outOf', { w: f.number(s.weight) }) : ''}`,
                { align: 'right' },
              ),
              cell(
                c,
                fig(c, s.rank, (v) => t('card.rank', { n: f.number(v) }), sh),
              ),
              cell(c, stars(c, s.stars?.published), {
                color: s.stars?.published == null ? MISSING : 'B45309',
              }),
            ]
          : [cell(c, f.section(s.id), { bold: true }), cell(c, c.np, { colspan: 3 })],
      )
    slide.addTable(rows, {
      x: M,
      y: 3.55,
      w: W - 2 * M,
      colW: [4.0, 2.6, 2.0, W - 2 * M - 8.6],
      fontSize: 18,
      rowH: 0.5,
      border: ROW_BORDER,
      valign: 'middle',
    })
  }
  if (card.unrankedOrder)
    footnotes.push(t('card.orderNote', { names: f.list(card.unrankedOrder.map((d) => f.district(d))) }))
  if (card.anyDerived) footnotes.push(t('board.derivedNote'))
}

function closingSlide(c: Ctx, slide: PptxGenJS.Slide, text: TextFn, sh: Secondhand, footnotes: string[]) {
  const { t, f, input } = c
  const m = c.kit.closingModel(input.ds, input.quarter)
  if (!m) return
  heading(text, t('closing.heading'), f.quarter(input.quarter))
  const left: string[] = []
  for (const g of m.flags) {
    left.push(`⚑ ${f.flag(g.flag)}`)
    left.push(
      `    ${g.winners.map((w) => `${f.district(w.district)}${w.status === 'derived' ? '*' : ''}${sh.mark(w.sources)}`).join('  ')}`,
    )
  }
  if (m.leaders.length) {
    left.push(t('closing.leaders'))
    for (const l of m.leaders)
      left.push(
        `    ${f.section(l.section)}：${f.list(l.districts.map((d) => `${f.district(d.district)}${d.rank.status === 'derived' ? '*' : ''}${sh.mark(d.rank)}`))}`,
      )
  }
  text(left.join('\n'), { x: M, y: 1.45, w: 6.9, h: 3.0, fontSize: 18, bold: true })
  const right = [
    t('closing.notPublished'),
    ...(m.notPublished.length === 0
      ? [t('closing.allPublished')]
      : m.notPublished.map(({ section, coverage: cv }) => {
          const name = f.section(section)
          return cv.published === 0 && cv.derived === 0
            ? t('closing.missing', { section: name })
            : cv.derived > 0
              ? t('closing.partialDerived', {
                  section: name,
                  n: f.number(cv.published),
                  d: f.number(cv.derived),
                  total: f.number(cv.total),
                })
              : t('closing.partial', { section: name, n: f.number(cv.published), total: f.number(cv.total) })
        })),
  ]
  text(right.join('\n'), { x: 7.6, y: 1.45, w: W - M - 7.6, h: 1.6, fontSize: 16, color: MISSING })
  const sources = m.sources.map((id) => {
    const s = input.sources.get(id)
    return s ? c.kit.sourceLine(s, t, f) : id
  })
  if (sources.length)
    text([t('closing.sources'), ...sources].join('\n'), {
      x: 7.6,
      y: 3.2,
      w: W - M - 7.6,
      h: 2.9,
      fontSize: 11,
      color: MUTED,
    })
  // The QR code of the results link, as a crisp 1-bit PNG (older PowerPoint and WPS draw no SVG),
  // with the link under it as text (and as a hyperlink).
  const code = qrCode(input.resultsLink)
  slide.addImage({
    data: `image/png;base64,${base64(qrPng(code, 10))}`,
    x: M,
    y: 4.55,
    w: 1.75,
    h: 1.75,
    altText: t('closing.qrLabel'),
  })
  text(t('closing.qrHeading'), { x: M + 1.95, y: 4.9, w: 5, h: 0.4, fontSize: 14, color: MUTED })
  slide.addText([{ text: input.resultsLink, options: { hyperlink: { url: input.resultsLink } } }], {
    x: M + 1.95,
    y: 5.35,
    w: 5.1,
    h: 0.8,
    fontSize: 12,
    bold: true,
    fontFace: c.font,
    color: INK,
    margin: 0,
    valign: 'top',
  })
  if (m.anyDerived) footnotes.push(t('board.derivedNote'))
}

function base64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}
