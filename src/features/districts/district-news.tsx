import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { DataErrorPanel } from '../../components/data-error'
import { NewsCard } from '../../components/news-card'
import type { Dataset } from '../../domain/model/dataset'
import type { QuarterId } from '../../domain/model/quarter'
import type { District, Source } from '../../domain/model/schema'
import { useFormat } from '../../lib/format'
import { newsQueryOptions } from '../../lib/queries'
import { useHrefBuilder } from '../../lib/use-global-params'
import { useTranslation } from '../../lib/use-translation'
import { districtNews } from './model/district-news'

const PRINTED_NEWS = 2

/**
 * The secretary's statements and other highlights for one district, newest first, each with the
 * district's actual results for the quarter it refers to. Provenance, no verdict.
 */
export function DistrictNews({
  dataset,
  district,
  sources,
  quarter,
  invalid,
}: {
  dataset: Dataset
  district: District
  sources: Map<string, Source>
  /** The page's quarter: on paper only its statements are printed. */
  quarter: QuarterId
  /** Quarters whose file failed validation: their cards say so instead of "no data". */
  invalid: ReadonlySet<QuarterId>
}) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const href = useHrefBuilder()
  // News is a separate file: a broken news.json must not take the district's numbers down.
  const news = useQuery(newsQueryOptions(dataset.id))
  const model = useMemo(
    () => (news.data ? districtNews(dataset, news.data, district.id, quarter, PRINTED_NEWS, invalid) : null),
    [news.data, dataset, district.id, quarter, invalid],
  )
  return (
    <section aria-labelledby="news-h" className="district-news space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="news-h" className="text-xl font-bold">
          {t('newsTitle')}
        </h2>
        <Link className="no-print text-sm text-link underline" to={href('/news', { district: district.id })}>
          {t('allNews')} →
        </Link>
      </div>
      <p className="text-sm text-muted print:hidden">{t('newsIntro')}</p>
      {news.error ? (
        <DataErrorPanel error={news.error} />
      ) : !model ? (
        <p aria-live="polite">{t('common:loading')}</p>
      ) : model.entries.length === 0 ? (
        <p className="text-muted">{t('noNews')}</p>
      ) : (
        <ul className="space-y-2" data-testid="district-news">
          {model.current === 0 && (
            <li className="hidden text-sm text-muted print:block">
              {t('noNewsForQuarter', { quarter: f.quarter(quarter), count: model.entries.length })}
            </li>
          )}
          {model.entries.map(({ item, results, printed }) => (
            // On paper: at most PRINTED_NEWS statements about the page's quarter, so the card stays one page.
            <li key={item.id} data-news-quarter={printed ? 'current' : 'other'}>
              <NewsCard
                item={item}
                district={district}
                sources={sources}
                results={results}
                headingLevel={3}
                showDistrict={false}
              />
            </li>
          ))}
          {model.notPrinted > 0 && (
            <li className="hidden text-sm text-muted print:block">
              {t('moreNewsOnline', { count: model.notPrinted })}
            </li>
          )}
        </ul>
      )}
    </section>
  )
}
