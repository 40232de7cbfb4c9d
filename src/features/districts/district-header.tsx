import type { ReactNode } from 'react'
import { Trans } from 'react-i18next'
import { ChangeMark } from '../../components/change-mark'
import { DatasetMarker } from '../../components/dataset-marker'
import { FlagBadge } from '../../components/flag-badge'
import { WarningIcon } from '../../components/icons'
import { StarRating } from '../../components/star-rating'
import { FigureValue, StatusMark } from '../../components/status-mark'
import type { DatasetId } from '../../domain/model/dataset'
import type { District } from '../../domain/model/schema'
import { type HistoryEntry, primaryAlias } from '../../domain/tables/district-history'
import { useFormat } from '../../lib/format'
import { useDatasetKind } from '../../lib/use-dataset'
import { useTranslation } from '../../lib/use-translation'
import { type Streak, streakAt } from './model/streaks'
import { changeFigure, useFlagWords } from './words'

/**
 * The page's own demo mark, printed with the card: a separate test id, because `demo-marker` is the
 * layout header's and must occur once per view.
 */
function PageDatasetMark({ dataset }: { dataset: DatasetId }) {
  const { t } = useTranslation()
  if (useDatasetKind(dataset) !== 'demo') return <DatasetMarker dataset={dataset} />
  return (
    <span
      data-testid="demo-marker-page"
      title={t('dataset.demoHint')}
      className="inline-flex items-center gap-1 rounded border-2 border-demo bg-demo-bg px-2 py-0.5 font-bold text-demo"
    >
      <WarningIcon />
      {t('dataset.demo')}
    </span>
  )
}

function Fact({ label, children, status }: { label: string; children: ReactNode; status: ReactNode }) {
  return (
    <div className="fact rounded border border-line bg-surface px-3 py-2">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-0.5 text-2xl font-bold leading-tight">{children}</dd>
      <dd className="mt-0.5">{status}</dd>
    </div>
  )
}

/**
 * Name and alias, then the quarter's composite rank, score, total stars and movement, stars per
 * section and the flags won, each figure with its data status.
 */
export function DistrictHeader({
  district,
  entry,
  districtCount,
  streaks,
  dataset,
  actions,
  error,
}: {
  district: District
  entry: HistoryEntry
  districtCount: number
  streaks: Streak[]
  dataset: DatasetId
  actions?: ReactNode
  /** The quarter's file is broken: shown in place of its figures, which would otherwise read as 未公布. */
  error?: ReactNode
}) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const flagWords = useFlagWords()
  const alias = primaryAlias(district)
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-3xl font-black" data-testid="district-name">
            {alias ? (
              // The wording decides whether the alias is added: the English name already carries it.
              <Trans
                t={t}
                i18nKey="nameWithAlias"
                values={{ name: f.district(district), alias }}
                components={{ alias: <span className="font-bold text-muted" /> }}
              />
            ) : (
              f.district(district)
            )}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
            <span className="text-lg font-semibold text-ink">{f.quarter(entry.quarter)}</span>
            <span>{t('reportCard')}</span>
            <PageDatasetMark dataset={dataset} />
          </p>
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>

      {error ?? (
        <>
          <dl
            className="grid grid-cols-2 gap-2 md:grid-cols-4 print:grid-cols-4"
            data-testid="district-facts"
          >
            <Fact label={t('compositeRank')} status={<StatusMark figure={entry.rank} />}>
              <span data-testid="composite-rank">
                <FigureValue
                  figure={entry.rank}
                  format={(v) => t('common:rankOrdinal', { n: f.number(v) })}
                  className="tabular"
                />
              </span>
              <span className="ml-1 text-sm font-normal text-muted">
                {t('outOf', { n: f.number(districtCount) })}
              </span>
            </Fact>
            <Fact label={t('compositeScore')} status={<StatusMark figure={entry.score} />}>
              <span data-testid="composite-score">
                <FigureValue figure={entry.score} format={f.score} className="tabular" />
              </span>
            </Fact>
            <Fact label={t('change')} status={<StatusMark figure={changeFigure(entry.rankChange, t, f)} />}>
              <span data-testid="composite-change">
                <ChangeMark change={entry.rankChange} of={entry.quarter} className="text-2xl" />
              </span>
            </Fact>
            <Fact label={t('totalStars')} status={<StatusMark figure={entry.totalStars} />}>
              <FigureValue
                figure={entry.totalStars}
                format={(v) => t('starsCount', { n: f.number(v) })}
                className="tabular"
              />
            </Fact>
          </dl>

          <div className="grid gap-3 md:grid-cols-2 print:grid-cols-1">
            {/* On paper the breakdown table's star column says the same; the space goes to the history. */}
            <section
              aria-labelledby="stars-h"
              className="rounded border border-line bg-surface px-3 py-2 print:hidden"
            >
              <h2 id="stars-h" className="text-sm font-semibold text-muted">
                {t('starsBySection')}
              </h2>
              {entry.sections.length === 0 ? (
                <p className="text-sm text-missing">
                  {t('noSections', { quarter: f.quarter(entry.quarter) })}
                </p>
              ) : (
                <ul className="mt-1 space-y-1" data-testid="stars-by-section">
                  {entry.sections.map((s) => (
                    <li key={s.section} className="flex flex-wrap items-center justify-between gap-x-3">
                      <span>{f.section(s.section)}</span>
                      {s.stars ? (
                        <StarRating published={s.stars.published} rule={s.stars.rule} size="sm" />
                      ) : (
                        <StarRating published={null} />
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="flags-h" className="rounded border border-line bg-surface px-3 py-2">
              <h2 id="flags-h" className="text-sm font-semibold text-muted">
                {t('flagsWon')}
              </h2>
              {entry.flags.length === 0 ? (
                <p className="text-sm text-muted">{t('noFlags')}</p>
              ) : (
                <ul className="mt-1 space-y-1" data-testid="flags-won">
                  {entry.flags.map((fl) => {
                    const run = streakAt(streaks, fl.flag, entry.quarter)
                    return (
                      <li key={fl.flag} className="flex flex-wrap items-center gap-2">
                        <FlagBadge flag={fl.flag} status={fl.status} size="md" title={flagWords.title(fl)} />
                        {run.length > 1 && (
                          <span className="text-sm font-semibold" data-testid="streak-now">
                            {t('streakNow', { n: run.length })}
                            {run.derived && (
                              <span className="font-normal text-derived">{t('streakDerived')}</span>
                            )}
                          </span>
                        )}
                        <span className="text-xs text-muted">{flagWords.note(fl)}</span>
                      </li>
                    )
                  })}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </header>
  )
}
