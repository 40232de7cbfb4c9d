import { ScoreBar } from '../../components/sparkline'
import { StarRating } from '../../components/star-rating'
import { FigureValue, StatusMark } from '../../components/status-mark'
import { figureValue } from '../../domain/model/figure'
import type { QuarterId } from '../../domain/model/quarter'
import type { District } from '../../domain/model/schema'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import type { Breakdown } from './model/section-breakdown'
import { medianFigure, reasonText, weightText } from './words'

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
  /** The dataset's districts by id, to name the best district(s). */
  districts: ReadonlyMap<string, District>
  quarter: QuarterId
}) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const name = (id: string) => {
    const d = districts.get(id)
    return d ? f.district(d) : id
  }
  const quarterName = f.quarter(quarter)
  return (
    <section aria-labelledby="breakdown-h" className="space-y-2">
      <h2 id="breakdown-h" className="text-xl font-bold">
        {t('breakdownTitle', { quarter: quarterName })}
      </h2>
      {/* `relative` keeps the sr-only (absolutely positioned) texts inside the scroller on phones. */}
      <section
        className="relative overflow-x-auto rounded border border-line bg-surface"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        aria-label={t('breakdownScroll', { quarter: quarterName })}
      >
        <table
          className="w-full min-w-[40rem] border-collapse text-left text-sm"
          data-testid="section-breakdown"
        >
          <caption className="sr-only">
            {t('breakdownCaption', { quarter: quarterName, district: f.district(district) })}
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
              const of = f.number(b.of)
              return (
                <tr key={b.section} data-section={b.section} className="border-t border-line align-top">
                  <th scope="row" className="px-3 py-1.5 font-semibold whitespace-nowrap">
                    {f.section(b.section)}
                  </th>
                  {!b.available ? (
                    <td colSpan={5} className="px-3 py-1.5">
                      <span className="text-missing">{t('common:notPublished')}</span>
                      <span className="ml-2 text-xs text-muted">{reasonText(b.reason, t)}</span>
                    </td>
                  ) : (
                    <>
                      <td className="px-3 py-1.5">
                        <span className="flex flex-wrap items-center gap-2 print:inline-flex">
                          <span className="whitespace-nowrap">
                            <FigureValue
                              figure={b.score}
                              format={f.score}
                              className="text-base font-bold tabular"
                            />
                            {b.weight !== null ? (
                              <span className="tabular text-muted">
                                {' '}
                                {t('outOf', { n: weightText(b.weight, f) })}
                              </span>
                            ) : (
                              <span className="ml-1 text-xs text-muted">
                                {t('common:paren', { text: t('weightUnknown') })}
                              </span>
                            )}
                          </span>
                          {b.weight !== null && (
                            <ScoreBar
                              score={score}
                              weight={b.weight}
                              best={b.best?.score ?? null}
                              median={b.median?.value ?? null}
                            />
                          )}
                        </span>
                        <StatusMark figure={b.score} className="block print:ml-2 print:inline" />
                      </td>
                      <td className="px-3 py-1.5 whitespace-nowrap">
                        <FigureValue
                          figure={b.rank}
                          format={(v) => t('rankOf', { rank: f.number(v), of })}
                          className="font-semibold tabular"
                        />
                        {b.rank.status === 'not-published' && (
                          <span className="text-muted">{t('ofTotal', { of })}</span>
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
                            <span className="font-semibold tabular">{f.score(b.best.score)}</span>{' '}
                            <span className="text-muted">{f.list(b.best.districts.map(name))}</span>
                          </span>
                        ) : (
                          <span className="text-missing" title={t('bestUnknown')}>
                            {t('common:notPublished')}
                          </span>
                        )}
                      </td>
                      <td className="px-3 py-1.5">
                        {b.median === null ? (
                          <span className="text-missing" title={t('medianUnknown')}>
                            {t('medianNA')}
                            <span className="sr-only">{t('common:paren', { text: t('medianUnknown') })}</span>
                          </span>
                        ) : (
                          <FigureValue
                            figure={medianFigure(b.median, t, f)}
                            format={f.score}
                            className="tabular"
                          />
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
