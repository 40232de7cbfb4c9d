import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ChangeMark } from '../../components/change-mark'
import { DistrictLink } from '../../components/district-link'
import { FlagBadge } from '../../components/flag-badge'
import { CloseIcon } from '../../components/icons'
import { StarRating } from '../../components/star-rating'
import { FigureValue } from '../../components/status-mark'
import type { QuarterId } from '../../domain/model/quarter'
import type { District, SectionId } from '../../domain/model/schema'
import type { HistoryEntry } from '../../domain/tables/district-history'
import { useFormat } from '../../lib/format'
import { districtColor } from '../../lib/theme'
import { useTranslation } from '../../lib/use-translation'
import { HistoryCharts } from './district-history-view'
import { useFlagWords, weightText } from './words'

type Side = { district: District; entry: HistoryEntry; history: HistoryEntry[]; colorIndex: number }

/**
 * Two districts side by side for the chosen quarter (scores, ranks, stars per section) and their
 * rank histories overlaid (second district with square markers, so it is not told apart by colour
 * alone; dashed lines and hollow marks mean derived, as everywhere).
 */
export function CompareView({
  a,
  b,
  quarter,
  districtCount,
  closeTo,
  swapTo,
}: {
  a: Side
  b: Side
  quarter: QuarterId
  districtCount: number
  closeTo: string
  swapTo: string
}) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const name = f.district
  const flagWords = useFlagWords()
  const sections: SectionId[] = [
    ...new Set([...a.entry.sections.map((s) => s.section), ...b.entry.sections.map((s) => s.section)]),
  ]
  const rankFmt = (v: number) => t('common:rankOrdinal', { n: f.number(v) })
  // A side whose quarter file is broken says so in every row, instead of 未公布.
  const invalidCell = <span className="text-missing">{t('common:error.title')}</span>
  const row = (label: ReactNode, render: (s: Side) => ReactNode, key: string) => {
    const safe = (s: Side) => (s.entry.file === 'invalid' ? invalidCell : render(s))
    return (
      <tr key={key} className="border-t border-line" data-row={key}>
        <th scope="row" className="px-3 py-1.5 font-semibold whitespace-nowrap">
          {label}
        </th>
        <td className="px-3 py-1.5">{safe(a)}</td>
        <td className="px-3 py-1.5">{safe(b)}</td>
      </tr>
    )
  }
  const cell = (s: Side, section: SectionId) => s.entry.sections.find((x) => x.section === section)
  return (
    <section aria-labelledby="compare-h" className="space-y-3" data-testid="compare-view">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 id="compare-h" className="text-2xl font-black">
          {t('compareTitle', { a: name(a.district), b: name(b.district) })}
          <span className="ml-2 text-lg font-semibold text-muted">{f.quarter(quarter)}</span>
        </h1>
        <div className="no-print flex gap-2">
          <Link to={swapTo} className="rounded border border-line px-2 py-1 hover:bg-surface-2">
            ⇄ {t('compareSwap')}
          </Link>
          <Link to={closeTo} className="rounded border border-line px-2 py-1 hover:bg-surface-2">
            <CloseIcon /> {t('compareClose')}
          </Link>
        </div>
      </div>
      {/* Scrolls sideways on phones: focusable and named, so keyboard users can scroll it too. */}
      <section
        className="relative overflow-x-auto rounded border border-line bg-surface"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        aria-label={t('compareScroll')}
      >
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm" data-testid="compare-table">
          <caption className="sr-only">
            {t('compareTitle', { a: name(a.district), b: name(b.district) })}
          </caption>
          <thead className="bg-surface-2">
            <tr>
              <td />
              {[a, b].map((s, i) => (
                <th key={s.district.id} scope="col" className="px-3 py-1.5">
                  <span aria-hidden="true" style={{ color: districtColor(s.colorIndex) }}>
                    {i === 0 ? '● ' : '■ '}
                  </span>
                  <DistrictLink district={s.district} quarter={quarter} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(
              t('compositeRank'),
              (s) => (
                <FigureValue figure={s.entry.rank} format={rankFmt} className="font-bold tabular" />
              ),
              'rank',
            )}
            {row(
              t('compositeScore'),
              (s) => (
                <FigureValue figure={s.entry.score} format={f.score} className="tabular" />
              ),
              'score',
            )}
            {row(
              t('change'),
              (s) => (
                <ChangeMark change={s.entry.rankChange} of={quarter} />
              ),
              'change',
            )}
            {row(
              t('totalStars'),
              (s) => (
                <FigureValue
                  figure={s.entry.totalStars}
                  format={(v) => t('starsCount', { n: f.number(v) })}
                  className="tabular"
                />
              ),
              'stars',
            )}
            {row(
              t('col.flags'),
              (s) =>
                s.entry.flags.length ? (
                  <span className="flex flex-wrap gap-1">
                    {s.entry.flags.map((fl) => (
                      <FlagBadge
                        key={fl.flag}
                        flag={fl.flag}
                        status={fl.status}
                        title={flagWords.title(fl)}
                      />
                    ))}
                  </span>
                ) : (
                  <span className="text-muted">—</span>
                ),
              'flags',
            )}
            {sections.map((section) =>
              row(
                f.section(section),
                (s) => {
                  const c = cell(s, section)
                  if (!c?.available || c.score.status === 'not-published')
                    return <span className="text-missing">{t('common:notPublished')}</span>
                  return (
                    <span className="flex flex-wrap items-center gap-x-3">
                      <span className="tabular">
                        <FigureValue figure={c.score} format={f.score} className="font-semibold" />
                        {c.weight !== null && (
                          <span className="text-muted"> {t('outOf', { n: weightText(c.weight, f) })}</span>
                        )}
                      </span>
                      <FigureValue figure={c.rank} format={rankFmt} className="tabular" />
                      {c.stars && <StarRating published={c.stars.published} rule={c.stars.rule} size="sm" />}
                    </span>
                  )
                },
                `section-${section}`,
              ),
            )}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="compare-history-h" className="space-y-2">
        <h2 id="compare-history-h" className="text-lg font-bold">
          {t('historyTitle')}{' '}
          <span className="text-sm font-normal text-muted">{t('historyChartsTitle')}</span>
        </h2>
        <p className="text-sm text-muted" data-testid="compare-marks">
          <span aria-hidden="true" style={{ color: districtColor(a.colorIndex) }}>
            ●
          </span>{' '}
          {name(a.district)}{' '}
          <span aria-hidden="true" style={{ color: districtColor(b.colorIndex) }}>
            ■
          </span>{' '}
          {name(b.district)} · {t('compareMarks')}
        </p>
        <HistoryCharts
          histories={[
            { district: a.district, entries: a.history, colorIndex: a.colorIndex },
            { district: b.district, entries: b.history, colorIndex: b.colorIndex },
          ]}
          districtCount={districtCount}
          sections={[
            'overall',
            ...new Set([...a.history, ...b.history].flatMap((e) => e.sections.map((s) => s.section))),
          ]}
        />
        <section
          className="relative overflow-x-auto rounded border border-line bg-surface"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
          tabIndex={0}
          aria-label={t('compareHistoryScroll')}
        >
          <table
            className="w-full min-w-[28rem] border-collapse text-left text-sm"
            data-testid="compare-history"
          >
            <caption className="sr-only">{t('compareHistory')}</caption>
            <thead className="bg-surface-2">
              <tr>
                <th scope="col" className="px-2 py-1">
                  {t('col.quarter')}
                </th>
                {[a, b].map((s) => (
                  <th key={s.district.id} scope="col" className="px-2 py-1" colSpan={2}>
                    {name(s.district)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.history.map((ea, i) => {
                const eb = b.history[i]
                return (
                  <tr
                    key={ea.quarter}
                    className="border-t border-line"
                    aria-current={ea.quarter === quarter ? 'true' : undefined}
                  >
                    <th scope="row" className="px-2 py-1 font-normal">
                      {ea.quarter}
                    </th>
                    {[ea, eb].map((e, j) =>
                      e ? (
                        <FragmentCells key={j === 0 ? 'a' : 'b'} entry={e} rankFmt={rankFmt} />
                      ) : (
                        <td key={j === 0 ? 'a' : 'b'} colSpan={2} />
                      ),
                    )}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      </section>
    </section>
  )
}

function FragmentCells({ entry, rankFmt }: { entry: HistoryEntry; rankFmt: (v: number) => string }) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  if (entry.file === 'invalid' || (entry.file === 'missing' && entry.rank.status === 'not-published'))
    return (
      <td colSpan={2} className="px-2 py-1 text-missing">
        {entry.file === 'invalid' ? t('common:error.title') : t('noFile')}
      </td>
    )
  return (
    <>
      <td className="px-2 py-1 tabular">
        <FigureValue figure={entry.rank} format={rankFmt} className="font-semibold" />
      </td>
      <td className="px-2 py-1 tabular">
        <FigureValue figure={entry.score} format={f.score} />
      </td>
    </>
  )
}
