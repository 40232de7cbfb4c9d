/**
 * The news list as an export grid: the cards on screen (the filters applied), newest first as listed,
 * one row per statement with its district, speaker, the quarter it refers to and that district's
 * composite rank and score there (未公布 where not published), and its sources.
 * Example: newsGrid({ cards: newsCards(real, news, { district: 'jimo' }, true), … }).rows[0][2] → 即墨区
 */
import {
  exportFileName,
  figureCell,
  type Grid,
  type GridCell,
  type GridMeta,
  type GridText,
  textCell,
} from '../../../domain/export/grid'
import type { Source } from '../../../domain/model/schema'
import type { NewsCardModel } from './news-view'

export { listMeta } from '../../../domain/export/meta'

export function newsGrid(
  {
    cards,
    sources,
    demo,
    dataset,
    nameParts = [],
  }: {
    cards: readonly NewsCardModel[]
    sources: Map<string, Source>
    demo: boolean
    dataset: string
    /** The filters in the file name (district id, quarter). */
    nameParts?: (string | undefined)[]
  },
  meta: GridMeta[],
  text: GridText,
): Grid {
  const { t } = text
  const missing = t('common:status.notPublished')
  const invalid = t('common:error.title')
  const header = [
    t('export:date'),
    t('news:event'),
    t('news:district'),
    t('export:speaker'),
    t('export:headline'),
    t('export:summary'),
    t('news:quarter'),
    t('export:rank'),
    t('export:score'),
    t('export:sources'),
  ]
  const rows = cards.map(({ item, district, results }): GridCell[] => {
    const speaker = item.speaker
      ? `${item.speaker.name}${item.speaker.title ? t('common:paren', { text: item.speaker.title }) : ''}`
      : ''
    const resultCells: GridCell[] =
      !results || !item.quarter
        ? [textCell(''), textCell('')]
        : results.file === 'invalid'
          ? [textCell(invalid), textCell(invalid)]
          : [figureCell(results.rank, 0, missing, String), figureCell(results.score, 2, missing, text.score)]
    const src = item.sources
      .map((id) => sources.get(id))
      .map((s) => (s ? [s.title, s.url ?? s.localCopy].filter(Boolean).join(' ') : ''))
      .filter(Boolean)
    return [
      textCell(text.date(item.eventDate)),
      textCell(item.event),
      textCell(district ? text.district(district) : t('common:newsCard.allDistricts')),
      textCell(speaker),
      textCell(item.title),
      textCell(item.summary),
      // No quarter named: not a missing figure, nothing to show.
      textCell(item.quarter ? text.quarter(item.quarter) : ''),
      ...resultCells,
      textCell(src.join(t('common:semicolon'))),
    ]
  })
  return {
    title: t('news:title'),
    meta,
    demo,
    header,
    rows,
    notes: [t('export:derivedNote')],
    fileName: exportFileName('news', ...nameParts, dataset === 'real' ? null : dataset),
  }
}
