/**
 * One news highlight (a secretary's statement or a report) with its provenance, and next to it the
 * district's actual results for the quarter it refers to. Provenance, no verdict: the card never
 * says whether a claim is borne out. News text is data: every field is rendered as React text, so
 * markup in a summary shows as literal characters and is never parsed as HTML.
 */

import { figureValue } from '../domain/model/figure'
import type { District, NewsItem, Source } from '../domain/model/schema'
import { safeLocalCopy, safeUrl, sourceHref } from '../domain/model/sources'
import type { HistoryEntry } from '../domain/tables/district-history'
import { cn } from '../lib/cn'
import { useFormat } from '../lib/format'
import { useTranslation } from '../lib/use-translation'
import { Quoted } from './data-text'
import { DistrictLink } from './district-link'
import { FlagBadge } from './flag-badge'
import { FigureValue, StatusMark } from './status-mark'

/** The sources of an item as links: the original where online, else the bundled copy of its text. */
function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: Map<string, Source> }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <ul className="space-y-0.5 text-sm">
      {ids.map((id) => {
        const s = sources.get(id)
        if (!s)
          return (
            <li key={id} className="text-missing">
              {id}
            </li>
          )
        const href = sourceHref(s)
        const meta = [s.date && f.date(s.date), t(`sourceKind.${s.kind}`)].filter(Boolean).join(' · ')
        return (
          <li key={id}>
            {href ? (
              <a
                className="text-link underline break-words"
                href={href}
                target="_blank"
                rel="noreferrer noopener"
              >
                <Quoted>{s.title}</Quoted>
              </a>
            ) : (
              <Quoted>{s.title}</Quoted>
            )}
            {!safeUrl(s.url) && safeLocalCopy(s.localCopy) && (
              <span className="text-muted">{t('bundledCopyShort')}</span>
            )}
            <span className="text-muted">
              {s.publisher && (
                <>
                  {' · '}
                  <Quoted>{s.publisher}</Quoted>
                </>
              )}
              {' · '}
              {meta}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

/** The district's results for one quarter in one compact block, every figure with its status. */
function QuarterResults({
  entry,
  district,
  compact = false,
}: {
  entry: HistoryEntry
  district: District
  compact?: boolean
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const rankText = (v: number) => t('rankOrdinal', { n: v })
  return (
    <div
      data-testid="quarter-results"
      className="rounded border border-line border-l-4 border-l-accent bg-surface p-2 text-sm"
    >
      <p className="mb-1 font-semibold">
        {t('results.title', { quarter: f.quarter(entry.quarter) })}
        {' · '}
        <DistrictLink district={district} quarter={entry.quarter} className="font-normal" />
      </p>
      {entry.file === 'invalid' ? (
        // The file exists but failed validation: an error to fix, not an absence of results.
        <p className="text-missing" data-testid="results-invalid">
          {t('results.invalid')}
        </p>
      ) : entry.file === 'missing' ? (
        <p className="text-missing">{t('results.missing')}</p>
      ) : (
        <ul className={cn('flex flex-wrap gap-x-4 gap-y-1', compact && 'gap-x-3')}>
          <li>
            <span className="text-muted">{f.section('overall')} </span>
            <FigureValue figure={entry.rank} format={rankText} className="font-semibold tabular" />
            {figureValue(entry.score) !== null && (
              <>
                {' · '}
                <FigureValue figure={entry.score} format={f.score} className="tabular" />
              </>
            )}{' '}
            <StatusMark figure={entry.rank.status !== 'not-published' ? entry.rank : entry.score} />
          </li>
          {entry.sections.map((s) => (
            <li key={s.section}>
              <span className="text-muted">{f.section(s.section)} </span>
              {s.available ? (
                <>
                  <FigureValue figure={s.score} format={f.score} className="tabular" />
                  {figureValue(s.rank) !== null && (
                    <>
                      {' · '}
                      <FigureValue figure={s.rank} format={rankText} className="tabular" />
                    </>
                  )}
                </>
              ) : (
                <span className="text-missing">{t('notPublished')}</span>
              )}
            </li>
          ))}
          {!entry.sectionsListed && (
            // The section list itself was not published: say so once rather than list nothing.
            <li className="text-muted">
              {t('results.sections')}
              <span className="text-missing">{t('notPublished')}</span>
            </li>
          )}
          {entry.flags.map((f) => (
            <li key={f.flag}>
              <FlagBadge flag={f.flag} status={f.status} title={f.reason} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function NewsCard({
  item,
  district,
  sources,
  results,
  headingLevel = 3,
  showDistrict = true,
}: {
  item: NewsItem
  /** The item's district, resolved; null for items about all districts. */
  district: District | null
  sources: Map<string, Source>
  /** The district's results for the item's quarter, when the item names both. */
  results: HistoryEntry | null
  headingLevel?: 2 | 3 | 4
  showDistrict?: boolean
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  return (
    <article
      data-testid="news-item"
      data-news-id={item.id}
      className="news-card rounded border border-line bg-surface p-3"
    >
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
        <time dateTime={item.eventDate} className="font-semibold text-ink tabular">
          {f.date(item.eventDate)}
        </time>
        <span>{item.event}</span>
        <span className="rounded border border-line px-1 text-xs">{item.type}</span>
      </p>
      <H className="mt-1 font-bold">{item.title}</H>
      <p className="text-sm">
        {showDistrict &&
          (district ? (
            <DistrictLink district={district} quarter={item.quarter ?? undefined} className="mr-2" />
          ) : (
            <span className="mr-2 text-muted">{t('newsCard.allDistricts')}</span>
          ))}
        {item.speaker ? (
          <span data-testid="news-speaker">
            <span className="font-semibold">{item.speaker.name}</span>
            {item.speaker.title && (
              <span className="text-muted">{t('paren', { text: item.speaker.title })}</span>
            )}
          </span>
        ) : (
          <span className="text-muted">{t('newsCard.noSpeaker')}</span>
        )}
      </p>
      <p className="news-summary mt-1 whitespace-pre-line">{item.summary}</p>
      {item.note && (
        <p className="mt-1 text-sm text-muted">
          <span aria-hidden="true">! </span>
          {item.note}
        </p>
      )}
      <div className="news-meta mt-2 grid gap-2 md:grid-cols-2">
        <div>
          <p className="text-xs font-semibold text-muted">
            {t('source')}
            {item.quarter && (
              <span className="font-normal">
                {' · '}
                {t('newsCard.refersTo', { quarter: f.quarter(item.quarter) })}
              </span>
            )}
          </p>
          <SourceLinks ids={item.sources} sources={sources} />
        </div>
        {district && results ? (
          <QuarterResults entry={results} district={district} compact />
        ) : district && !item.quarter ? (
          <p className="text-sm text-muted">{t('newsCard.noQuarter')}</p>
        ) : null}
      </div>
    </article>
  )
}
