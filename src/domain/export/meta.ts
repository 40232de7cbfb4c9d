/**
 * The title block every export carries (季度 / 板块 / 发布单位 / 来源 / 数据截至 / 数据集), worded by the
 * caller's `GridText`. 数据截至 is the latest dated source of the quarter (the notice's date when no
 * source is dated); what is not known says 未公布, never a guess.
 * Example: quarterMeta(text, { quarters: ['2022Q2'], section: 'economy', files, sources, demo: false })
 *   → [{ label: '季度', value: '2022年二季度' }, { label: '板块', value: '经济运行' }, { label: '发布单位', … }, …]
 *
 * Plain data in, plain data out, and no runtime import outside src/domain/export: the export modules are
 * loaded on a click, and a lazy chunk that imported a shared module would split the first view's chunks.
 */
import type { QuarterId } from '../model/quarter'
import type { QuarterFile, SectionOrOverall, Source } from '../model/schema'
import type { GridMeta, GridText } from './grid'

/** A source as one line: title (publisher, date) url. */
function sourceLine(s: Source, text: GridText): string {
  const bits = [s.publisher, s.date ? text.date(s.date) : null].filter(Boolean).join(', ')
  return [s.title + (bits ? text.t('common:paren', { text: bits }) : ''), s.url ?? s.localCopy ?? '']
    .filter(Boolean)
    .join(' ')
}

/** Source ids of quarter files, notice first, without repeats. */
function fileSourceIds(files: readonly QuarterFile[]): string[] {
  return [...new Set(files.flatMap((f) => [...f.notice.sources, ...f.sources]))]
}

/** The latest date among the sources (ISO), or the latest notice date, or null. */
function asOfDate(files: readonly QuarterFile[], sources: Map<string, Source>): string | null {
  const dates = fileSourceIds(files)
    .map((id) => sources.get(id)?.date)
    .filter((d): d is string => Boolean(d))
  if (!dates.length)
    dates.push(...files.map((f) => f.notice.published).filter((d): d is string => Boolean(d)))
  return dates.length ? (dates.sort().at(-1) ?? null) : null
}

export function quarterMeta(
  text: GridText,
  {
    quarters,
    section,
    files,
    sources,
    demo,
    extra = [],
  }: {
    /** One quarter, or the two ends of a range. */
    quarters: QuarterId[]
    section?: SectionOrOverall
    files: readonly QuarterFile[]
    sources: Map<string, Source>
    demo: boolean
    extra?: GridMeta[]
  },
): GridMeta[] {
  const w = (key: string) => text.t(`export:${key}`)
  const unknown = w('unknown')
  const issuers = [...new Set(files.map((f) => f.notice.issuer).filter((x): x is string => Boolean(x)))]
  const notices = [...new Set(files.map((f) => f.notice.published).filter((x): x is string => Boolean(x)))]
  const used = fileSourceIds(files)
    .map((id) => sources.get(id))
    .filter((s): s is Source => Boolean(s))
  const asOf = asOfDate(files, sources)
  const meta: GridMeta[] = []
  if (quarters.length)
    meta.push({
      label: w(quarters.length > 1 ? 'range' : 'quarter'),
      value: quarters.map((q) => text.quarter(q)).join(' – '),
    })
  if (section) meta.push({ label: w('section'), value: text.section(section) })
  meta.push(...extra)
  meta.push({ label: w('issuer'), value: issuers.length ? text.list(issuers) : unknown })
  if (notices.length) meta.push({ label: w('published'), value: text.list(notices.map(text.date)) })
  meta.push({
    label: w('sources'),
    value: used.length ? used.map((s) => sourceLine(s, text)).join(text.t('common:semicolon')) : unknown,
  })
  meta.push({ label: w('asOf'), value: asOf ? text.date(asOf) : unknown })
  meta.push({ label: w('dataset'), value: text.t(demo ? 'common:dataset.demo' : 'common:dataset.real') })
  return meta
}

/**
 * The title block of a view that is not one quarter's table (the news list): its filters, the latest
 * date it covers, the dataset. Example: listMeta(text, { demo: false, asOf: '2022-07-26', extra: [] })
 */
export function listMeta(
  text: GridText,
  { demo, asOf, extra }: { demo: boolean; asOf: string | null; extra: GridMeta[] },
): GridMeta[] {
  const w = (key: string) => text.t(`export:${key}`)
  return [
    ...extra,
    { label: w('sources'), value: w('sourcesInRows') },
    { label: w('asOf'), value: asOf ? text.date(asOf) : w('unknown') },
    { label: w('dataset'), value: text.t(demo ? 'common:dataset.demo' : 'common:dataset.real') },
  ]
}
