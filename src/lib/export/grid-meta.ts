/**
 * The title block every export carries (季度 / 板块 / 发布单位 / 来源 / 数据截至 / 数据集), worded in the
 * UI language. 数据截至 is the latest dated source of the quarter (the notice's date when no source is
 * dated); what is not known says 未公布, never a guess.
 * Example: quarterMeta({ lang: 'zh', quarter: '2022Q2', section: 'economy', files, sources, demo: false })
 *   → [{ label: '季度', value: '2022年二季度' }, { label: '板块', value: '经济运行' }, { label: '发布单位', … }, …]
 */
import type { GridMeta, GridText } from '../../domain/export/grid'
import type { Lang, SectionOrOverall } from '../../domain/model/ids'
import type { QuarterId } from '../../domain/model/quarter'
import type { QuarterFile, Source } from '../../domain/model/schema'
import {
  districtName,
  flagName,
  formatDate,
  formatList,
  formatQuarter,
  formatScore,
  formatSigned,
  sectionName,
} from '../format'
import { i18n } from '../i18n'

/** i18next's `t` with a key built at run time (the keys are those of the `export` block in i18n-common.ts). */
const tx = (key: string, lang: Lang, opts: Record<string, unknown> = {}): string =>
  (i18n.t as unknown as (k: string, o: object) => string)(key, { lng: lang, ...opts })

/** The export block's string in a language. Example: exportText('print', 'en') → 'Print' */
export function exportText(key: string, lang: Lang, opts: Record<string, unknown> = {}): string {
  return tx(`common:export.${key}`, lang, opts)
}

/** A source as one line: title (publisher, date) url. */
function sourceLine(s: Source, lang: Lang): string {
  const bits = [s.publisher, s.date ? formatDate(s.date, lang) : null].filter(Boolean).join(', ')
  return [s.title + (bits ? tx('common:paren', lang, { text: bits }) : ''), s.url ?? s.localCopy ?? '']
    .filter(Boolean)
    .join(' ')
}

/** Source ids of quarter files, notice first, without repeats. */
export function fileSourceIds(files: readonly QuarterFile[]): string[] {
  return [...new Set(files.flatMap((f) => [...f.notice.sources, ...f.sources]))]
}

/** The latest date among the sources (ISO), or the latest notice date, or null. */
export function asOfDate(files: readonly QuarterFile[], sources: Map<string, Source>): string | null {
  const dates = fileSourceIds(files)
    .map((id) => sources.get(id)?.date)
    .filter((d): d is string => Boolean(d))
  if (!dates.length)
    dates.push(...files.map((f) => f.notice.published).filter((d): d is string => Boolean(d)))
  return dates.length ? (dates.sort().at(-1) ?? null) : null
}

export function quarterMeta({
  lang,
  quarters,
  section,
  files,
  sources,
  demo,
  extra = [],
}: {
  lang: Lang
  /** One quarter, or the two ends of a range. */
  quarters: QuarterId[]
  section?: SectionOrOverall
  files: readonly QuarterFile[]
  sources: Map<string, Source>
  demo: boolean
  extra?: GridMeta[]
}): GridMeta[] {
  const unknown = exportText('unknown', lang)
  const issuers = [...new Set(files.map((f) => f.notice.issuer).filter((x): x is string => Boolean(x)))]
  const notices = [...new Set(files.map((f) => f.notice.published).filter((x): x is string => Boolean(x)))]
  const used = fileSourceIds(files)
    .map((id) => sources.get(id))
    .filter((s): s is Source => Boolean(s))
  const asOf = asOfDate(files, sources)
  const meta: GridMeta[] = []
  if (quarters.length)
    meta.push({
      label: exportText(quarters.length > 1 ? 'range' : 'quarter', lang),
      value: quarters.map((q) => formatQuarter(q, lang)).join(' – '),
    })
  if (section) meta.push({ label: exportText('section', lang), value: sectionName(section, lang) })
  meta.push(...extra)
  meta.push({
    label: exportText('issuer', lang),
    value: issuers.length ? formatList(issuers, lang) : unknown,
  })
  if (notices.length)
    meta.push({
      label: exportText('published', lang),
      value: formatList(
        notices.map((d) => formatDate(d, lang)),
        lang,
      ),
    })
  meta.push({
    label: exportText('sources', lang),
    value: used.length ? used.map((s) => sourceLine(s, lang)).join(tx('common:semicolon', lang)) : unknown,
  })
  meta.push({ label: exportText('asOf', lang), value: asOf ? formatDate(asOf, lang) : unknown })
  meta.push({
    label: exportText('dataset', lang),
    value: demo ? tx('common:dataset.demo', lang) : tx('common:dataset.real', lang),
  })
  return meta
}

/** The words and formats of a language, for the grid builders. Example: gridText('en').t('common:export.print') → 'Print' */
export function gridText(lang: Lang): GridText {
  return {
    t: (key, opts = {}) => tx(key, lang, opts),
    score: (v) => formatScore(v, lang),
    signed: (v) => formatSigned(v, lang),
    quarter: (q) => formatQuarter(q, lang),
    section: (s) => sectionName(s, lang),
    district: (d) => districtName(d, lang),
    flag: (id) => flagName(id, lang),
    list: (items) => formatList(items, lang),
    date: (iso) => formatDate(iso, lang),
  }
}
