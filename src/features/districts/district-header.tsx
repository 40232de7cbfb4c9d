import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ChangeMark } from '../../components/change-mark'
import { DatasetMarker } from '../../components/dataset-marker'
import { FlagBadge } from '../../components/flag-badge'
import { StarRating } from '../../components/star-rating'
import { FigureValue, StatusMark } from '../../components/status-mark'
import { type DatasetId, SECTION_NAMES } from '../../domain/model/dataset'
import type { Figure } from '../../domain/model/figure'
import { quarterLabel } from '../../domain/model/quarter'
import type { District } from '../../domain/model/schema'
import type { Change } from '../../domain/rules/change'
import { type HistoryEntry, primaryAlias } from '../../domain/tables/district-history'
import { type Streak, streakAt } from './model/streaks'

/** The status of a change, as a figure so StatusMark can show it like any other number. */
function changeFigure(c: Change, en: boolean): Figure<number> {
  if (c.kind === 'unknown') return { status: 'not-published' }
  if (c.status === 'published') return { status: 'published', value: c.delta, sources: [] }
  return {
    status: 'derived',
    value: c.delta,
    rule: en
      ? 'change vs previous quarter = previous rank − this rank'
      : '较上季度位次变化 = 上季度位次 − 本季度位次',
    inputs: en
      ? [`${c.baseline} #${c.from}`, `this quarter #${c.to}`]
      : [`${c.baseline} 第${c.from}`, `本季度 第${c.to}`],
    sources: [],
  }
}

/**
 * The page's own demo mark, printed with the card: a separate test id, because `demo-marker` is the
 * layout header's and must occur once per view.
 */
function PageDatasetMark({ dataset }: { dataset: DatasetId }) {
  const { t } = useTranslation()
  if (dataset !== 'demo') return <DatasetMarker dataset={dataset} />
  return (
    <span
      data-testid="demo-marker-page"
      title={t('dataset.demoHint')}
      className="inline-flex items-center gap-1 rounded border-2 border-demo bg-demo-bg px-2 py-0.5 font-bold text-demo"
    >
      <span aria-hidden="true">⚠</span>
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
  const { t, i18n } = useTranslation(['districts', 'common'])
  const en = i18n.language === 'en'
  const lang = en ? 'en' : 'zh'
  const alias = primaryAlias(district)
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-3xl font-black" data-testid="district-name">
            {en ? district.nameEn : district.name}
            {!en && alias && <span className="font-bold text-muted"> · {alias}</span>}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
            <span className="text-lg font-semibold text-ink">{quarterLabel(entry.quarter, lang)}</span>
            <span>{t('reportCard')}</span>
            <PageDatasetMark dataset={dataset} />
          </p>
        </div>
        {actions}
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
                  format={(v) => (en ? `#${v}` : `第${v}名`)}
                  className="tabular"
                />
              </span>
              <span className="ml-1 text-sm font-normal text-muted">/ {districtCount}</span>
            </Fact>
            <Fact label={t('compositeScore')} status={<StatusMark figure={entry.score} />}>
              <span data-testid="composite-score">
                <FigureValue figure={entry.score} format={(v) => v.toFixed(2)} className="tabular" />
              </span>
            </Fact>
            <Fact label={t('change')} status={<StatusMark figure={changeFigure(entry.rankChange, en)} />}>
              <span data-testid="composite-change">
                <ChangeMark change={entry.rankChange} className="text-2xl" />
              </span>
            </Fact>
            <Fact label={t('totalStars')} status={<StatusMark figure={entry.totalStars} />}>
              <FigureValue figure={entry.totalStars} format={(v) => `${v}★`} className="tabular" />
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
                  {t('noSections', { quarter: quarterLabel(entry.quarter, lang) })}
                </p>
              ) : (
                <ul className="mt-1 space-y-1" data-testid="stars-by-section">
                  {entry.sections.map((s) => (
                    <li key={s.section} className="flex flex-wrap items-center justify-between gap-x-3">
                      <span>{SECTION_NAMES[s.section][lang]}</span>
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
                  {entry.flags.map((f) => {
                    const run = streakAt(streaks, f.flag, entry.quarter)
                    return (
                      <li key={f.flag} className="flex flex-wrap items-center gap-2">
                        <FlagBadge
                          flag={f.flag}
                          status={f.status}
                          size="md"
                          title={
                            f.provenance.status === 'derived'
                              ? `${f.provenance.rule}${en ? ': ' : '：'}${f.provenance.inputs.join(en ? '; ' : '；')}`
                              : (f.provenance.quote ?? f.reason)
                          }
                        />
                        {run.length > 1 && (
                          <span className="text-sm font-semibold" data-testid="streak-now">
                            {t('streakNow', { n: run.length })}
                            {run.derived && (
                              <span className="font-normal text-derived">{t('streakDerived')}</span>
                            )}
                          </span>
                        )}
                        <span className="text-xs text-muted">
                          {f.provenance.status === 'published'
                            ? (f.provenance.quote ?? f.reason)
                            : f.provenance.rule}
                        </span>
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
