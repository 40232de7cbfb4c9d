import { useTranslation } from 'react-i18next'
import { ScoreBar } from '../../components/sparkline'
import { StarRating } from '../../components/star-rating'
import { FigureValue, StatusMark } from '../../components/status-mark'
import { SECTION_NAMES } from '../../domain/model/dataset'
import { figureValue } from '../../domain/model/figure'
import { quarterLabel } from '../../domain/model/quarter'
import type { District } from '../../domain/model/schema'
import type { Breakdown } from './model/section-breakdown'

/**
 * Each section's score against its weight, the district's rank of all, and the best and median
 * district that quarter: "52.43 / 60，第2名（共10）" at a glance, with a bar for the eye.
 */
export function SectionBreakdownTable({
  rows,
  district,
  districts,
  quarter,
}: {
  rows: Breakdown[]
  district: District
  districts: District[]
  quarter: Parameters<typeof quarterLabel>[0]
}) {
  const { t, i18n } = useTranslation(['districts', 'common'])
  const en = i18n.language === 'en'
  const lang = en ? 'en' : 'zh'
  const name = (id: string) => {
    const d = districts.find((x) => x.id === id)
    return d ? (en ? d.nameEn : d.name) : id
  }
  // Reason codes from buildRankingTable become words; anything else is the data file's own text.
  const codes: Record<string, string> = {
    'quarter-missing': t('quarterMissing'),
    'sections-unknown': t('sectionsUnknown'),
    'section-missing': t('sectionMissing'),
  }
  const reason = (r: string | null) => (r === null ? '' : (codes[r] ?? r))
  return (
    <section aria-labelledby="breakdown-h" className="space-y-2">
      <h2 id="breakdown-h" className="text-xl font-bold">
        {t('breakdownTitle', { quarter: quarterLabel(quarter, lang) })}
      </h2>
      {/* `relative` keeps the sr-only (absolutely positioned) texts inside the scroller on phones. */}
      <section
        className="relative overflow-x-auto rounded border border-line bg-surface"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        aria-label={t('breakdownScroll', { quarter: quarterLabel(quarter, lang) })}
      >
        <table
          className="w-full min-w-[40rem] border-collapse text-left text-sm"
          data-testid="section-breakdown"
        >
          <caption className="sr-only">
            {t('breakdownCaption', {
              quarter: quarterLabel(quarter, lang),
              district: en ? district.nameEn : district.name,
            })}
          </caption>
          <thead className="bg-surface-2">
            <tr>
              <th scope="col" className="px-3 py-1.5">
                {t('col.section')}
              </th>
              <th scope="col" className="px-3 py-1.5">
                {t('col.scoreOfWeight')}
              </th>
              <th scope="col" className="px-3 py-1.5">
                {t('col.rankOf')}
              </th>
              <th scope="col" className="px-3 py-1.5">
                {t('col.stars')}
              </th>
              <th scope="col" className="px-3 py-1.5">
                {t('col.best')}
              </th>
              <th scope="col" className="px-3 py-1.5">
                {t('col.median')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => {
              const score = figureValue(b.score)
              return (
                <tr key={b.section} data-section={b.section} className="border-t border-line align-top">
                  <th scope="row" className="px-3 py-1.5 font-semibold whitespace-nowrap">
                    {SECTION_NAMES[b.section][lang]}
                  </th>
                  {!b.available ? (
                    <td colSpan={5} className="px-3 py-1.5">
                      <span className="text-missing">{t('common:notPublished')}</span>
                      <span className="ml-2 text-xs text-muted">{reason(b.reason)}</span>
                    </td>
                  ) : (
                    <>
                      <td className="px-3 py-1.5">
                        <span className="flex flex-wrap items-center gap-2 print:inline-flex">
                          <span className="whitespace-nowrap">
                            <FigureValue
                              figure={b.score}
                              format={(v) => v.toFixed(2)}
                              className="text-base font-bold tabular"
                            />
                            {b.weight !== null ? (
                              <span className="tabular text-muted"> / {b.weight}</span>
                            ) : (
                              <span className="ml-1 text-xs text-muted">
                                {en ? `(${t('weightUnknown')})` : `（${t('weightUnknown')}）`}
                              </span>
                            )}
                          </span>
                          {b.weight !== null && (
                            <ScoreBar
                              score={score}
                              weight={b.weight}
                              best={b.best?.score ?? null}
                              median={figureValue(b.median)}
                            />
                          )}
                        </span>
                        <StatusMark figure={b.score} className="block print:ml-2 print:inline" />
                      </td>
                      <td className="px-3 py-1.5 whitespace-nowrap">
                        <FigureValue
                          figure={b.rank}
                          format={(v) => t('rankOf', { rank: v, of: b.of })}
                          className="font-semibold tabular"
                        />
                        {b.rank.status === 'not-published' && (
                          <span className="text-muted">{en ? ` of ${b.of}` : `（共${b.of}）`}</span>
                        )}
                      </td>
                      <td className="px-3 py-1.5">
                        {b.section === 'overall' ? (
                          <span className="text-muted">—</span>
                        ) : b.stars ? (
                          <StarRating published={b.stars.published} rule={b.stars.rule} size="sm" />
                        ) : (
                          <StarRating published={null} />
                        )}
                      </td>
                      <td className="px-3 py-1.5">
                        {b.best ? (
                          <span>
                            <span className="font-semibold tabular">{b.best.score.toFixed(2)}</span>{' '}
                            <span className="text-muted">
                              {b.best.districts.map(name).join(en ? ', ' : '、')}
                            </span>
                          </span>
                        ) : (
                          <span className="text-missing" title={t('bestUnknown')}>
                            {t('common:notPublished')}
                          </span>
                        )}
                      </td>
                      <td className="px-3 py-1.5">
                        {b.median.status === 'not-published' ? (
                          <span className="text-missing" title={t('medianUnknown')}>
                            {t('medianNA')}
                            <span className="sr-only">
                              {en ? ` (${t('medianUnknown')})` : `（${t('medianUnknown')}）`}
                            </span>
                          </span>
                        ) : (
                          <FigureValue figure={b.median} format={(v) => v.toFixed(2)} className="tabular" />
                        )}
                      </td>
                    </>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
      <p className="text-xs text-muted">{t('barLegend')}</p>
    </section>
  )
}
