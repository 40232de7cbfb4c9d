/**
 * A district page's tables as export grids: the section breakdown of one quarter, the history (one row
 * per calendar quarter, every section's rank and score), and the comparison of two districts. Rows and
 * columns as on screen; 未公布 where a figure is not published, "未设此板块" where a section was not
 * assessed, the data-file error where a quarter's file is broken; rule-derived figures stay derived.
 * Example: historyGrid({ district: huangdao, entries, sections: ['economy', 'urban'], … }).rows[4][1] → 1 (2022Q2 rank)
 */
import {
  changeCell,
  exportFileName,
  figureCell,
  type Grid,
  type GridCell,
  type GridMeta,
  type GridText,
  missingCell,
  numberCell,
  statusWord,
  textCell,
} from '../../../domain/export/grid'
import type { QuarterId } from '../../../domain/model/quarter'
import type { District, SectionId } from '../../../domain/model/schema'
import type { HistoryEntry, SectionCell } from '../../../domain/tables/district-history'
import type { Breakdown } from './section-breakdown'

export { quarterMeta } from '../../../domain/export/meta'

type Common = { demo: boolean; dataset: string }

const demoPart = (dataset: string) => (dataset === 'real' ? null : dataset)

/** What the table says for a section of an entry (district-history.ts `entrySection`). */
function sectionOf(
  entry: HistoryEntry,
  section: SectionId,
): { kind: 'cell'; cell: SectionCell } | { kind: 'not-assessed' } | { kind: 'unknown' } {
  const cell = entry.sections.find((s) => s.section === section)
  if (cell) return { kind: 'cell', cell }
  return entry.sectionsListed ? { kind: 'not-assessed' } : { kind: 'unknown' }
}

function reasonWord(reason: string | null, text: GridText): string {
  switch (reason) {
    case null:
      return ''
    case 'quarter-missing':
      return text.t('districts:quarterMissing')
    case 'sections-unknown':
      return text.t('districts:sectionsUnknown')
    case 'section-missing':
      return text.t('districts:sectionMissing')
    default:
      return reason
  }
}

export function breakdownGrid(
  {
    rows,
    district,
    districts,
    quarter,
    demo,
    dataset,
  }: Common & {
    rows: readonly Breakdown[]
    district: District
    districts: ReadonlyMap<string, District>
    quarter: QuarterId
  },
  meta: GridMeta[],
  text: GridText,
): Grid {
  const { t } = text
  const missing = t('common:status.notPublished')
  const words = {
    published: t('common:status.published'),
    derived: t('common:status.derived'),
    notPublished: missing,
  }
  const name = (id: string) => {
    const d = districts.get(id)
    return d ? text.district(d) : id
  }
  const header = [
    t('districts:col.section'),
    t('rankings:col.score'),
    t('export:weight'),
    t('districts:col.rankOf'),
    t('export:of'),
    t('districts:col.stars'),
    t('export:ruleStars'),
    t('districts:col.best'),
    t('export:bestDistricts'),
    t('districts:col.median'),
    t('rankings:col.status'),
    t('export:note'),
  ]
  const body = rows.map((b): GridCell[] => {
    const head = textCell(text.section(b.section))
    if (!b.available)
      return [
        head,
        ...Array.from({ length: 10 }, () => missingCell(missing)),
        textCell(reasonWord(b.reason, text)),
      ]
    const stars: GridCell[] =
      b.section === 'overall'
        ? [textCell(''), textCell('')]
        : [
            b.stars?.published != null
              ? numberCell(b.stars.published, 0, String(b.stars.published))
              : missingCell(missing),
            b.stars?.rule != null
              ? numberCell(b.stars.rule, 0, String(b.stars.rule), true)
              : missingCell(missing),
          ]
    return [
      head,
      figureCell(b.score, 2, missing, text.score),
      b.weight !== null ? numberCell(b.weight, 0, String(b.weight)) : missingCell(missing),
      figureCell(b.rank, 0, missing, String),
      numberCell(b.of, 0, String(b.of)),
      ...stars,
      b.best ? numberCell(b.best.score, 2, text.score(b.best.score)) : missingCell(missing),
      textCell(b.best ? text.list(b.best.districts.map(name)) : ''),
      // The median is computed by the app from every district's score: a derived figure.
      b.median
        ? numberCell(b.median.value, 2, text.score(b.median.value), true)
        : textCell(t('districts:medianNA')),
      textCell(statusWord(b.score.status !== 'not-published' ? b.score : b.rank, words)),
      textCell(''),
    ]
  })
  return {
    title: `${text.district(district)} · ${t('districts:breakdownTitle', { quarter: text.quarter(quarter) })}`,
    meta,
    demo,
    header,
    rows: body,
    notes: [t('export:derivedNote')],
    fileName: exportFileName('district', district.id, quarter, 'sections', demoPart(dataset)),
  }
}

/** Rank and score cells of an entry, or the reason it has none. */
function entryCells(e: HistoryEntry, text: GridText, missing: string): GridCell[] {
  if (e.file === 'invalid')
    return [textCell(text.t('common:error.title')), textCell(text.t('common:error.title'))]
  if (e.file === 'missing' && e.rank.status === 'not-published')
    return [textCell(text.t('districts:noFile')), textCell(text.t('districts:noFile'))]
  return [figureCell(e.rank, 0, missing, String), figureCell(e.score, 2, missing, text.score)]
}

export function historyGrid(
  {
    district,
    entries,
    sections,
    demo,
    dataset,
  }: Common & { district: District; entries: readonly HistoryEntry[]; sections: readonly SectionId[] },
  meta: GridMeta[],
  text: GridText,
): Grid {
  const { t } = text
  const missing = t('common:status.notPublished')
  const header = [
    t('districts:col.quarter'),
    t('districts:col.rank'),
    t('districts:col.score'),
    t('districts:col.flags'),
    ...sections.flatMap((s) => [
      t('export:sectionRank', { section: text.section(s) }),
      t('export:sectionScore', { section: text.section(s) }),
    ]),
  ]
  const body = entries.map((e): GridCell[] => {
    const [rank, score] = entryCells(e, text, missing) as [GridCell, GridCell]
    const broken = e.file === 'invalid' || (e.file === 'missing' && e.rank.status === 'not-published')
    const flags = e.flags.map(
      (fl) => text.flag(fl.flag) + (fl.status === 'derived' ? t('export:derivedMark') : ''),
    )
    const sectionCells = sections.flatMap((s): GridCell[] => {
      if (broken) return [rank, score]
      const slot = sectionOf(e, s)
      if (slot.kind === 'not-assessed') {
        const word = textCell(t('districts:notAssessed'))
        return [word, word]
      }
      if (slot.kind === 'unknown' || !slot.cell.available) return [missingCell(missing), missingCell(missing)]
      return [
        figureCell(slot.cell.rank, 0, missing, String),
        figureCell(slot.cell.score, 2, missing, text.score),
      ]
    })
    return [textCell(e.quarter), rank, score, textCell(broken ? '' : text.list(flags)), ...sectionCells]
  })
  const first = entries[0]?.quarter
  const last = entries.at(-1)?.quarter
  return {
    title: `${text.district(district)} · ${t('districts:historyTitle')}`,
    meta,
    demo,
    header,
    rows: body,
    notes: [t('export:derivedNote')],
    fileName: exportFileName(
      'district',
      district.id,
      first && last ? `${first}-${last}` : null,
      'history',
      demoPart(dataset),
    ),
  }
}

type Side = { district: District; entry: HistoryEntry }

export function compareGrid(
  { a, b, quarter, demo, dataset }: Common & { a: Side; b: Side; quarter: QuarterId },
  meta: GridMeta[],
  text: GridText,
): Grid {
  const { t } = text
  const missing = t('common:status.notPublished')
  const sections: SectionId[] = [
    ...new Set([...a.entry.sections.map((s) => s.section), ...b.entry.sections.map((s) => s.section)]),
  ]
  const safe = (s: Side, cell: (e: HistoryEntry) => GridCell) =>
    s.entry.file === 'invalid' ? textCell(t('common:error.title')) : cell(s.entry)
  const row = (label: string, cell: (e: HistoryEntry) => GridCell): GridCell[] => [
    textCell(label),
    safe(a, cell),
    safe(b, cell),
  ]
  const sectionCell = (e: HistoryEntry, s: SectionId, which: 'rank' | 'score') => {
    const c = e.sections.find((x) => x.section === s)
    if (!c?.available) return missingCell(missing)
    return which === 'rank'
      ? figureCell(c.rank, 0, missing, String)
      : figureCell(c.score, 2, missing, text.score)
  }
  const rows: GridCell[][] = [
    row(t('districts:compositeRank'), (e) => figureCell(e.rank, 0, missing, String)),
    row(t('districts:compositeScore'), (e) => figureCell(e.score, 2, missing, text.score)),
    row(`${t('districts:change')}`, (e) => changeCell(e.rankChange, 0, missing, text.signed)),
    row(t('districts:totalStars'), (e) => figureCell(e.totalStars, 0, missing, String)),
    row(t('districts:col.flags'), (e) =>
      textCell(
        text.list(
          e.flags.map((fl) => text.flag(fl.flag) + (fl.status === 'derived' ? t('export:derivedMark') : '')),
        ),
      ),
    ),
    ...sections.flatMap((s) => [
      row(t('export:sectionScore', { section: text.section(s) }), (e) => sectionCell(e, s, 'score')),
      row(t('export:sectionRank', { section: text.section(s) }), (e) => sectionCell(e, s, 'rank')),
    ]),
  ]
  return {
    title: t('districts:compareTitle', { a: text.district(a.district), b: text.district(b.district) }),
    meta,
    demo,
    header: [t('export:item'), text.district(a.district), text.district(b.district)],
    rows,
    notes: [t('export:derivedNote')],
    fileName: exportFileName('compare', a.district.id, b.district.id, quarter, demoPart(dataset)),
  }
}
