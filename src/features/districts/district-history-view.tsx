import { Link } from 'react-router'
import { FlagBadge } from '../../components/flag-badge'
import { FlagIcon } from '../../components/icons'
import { RankSparkline, type SparkSeries } from '../../components/sparkline'
import { FigureValue } from '../../components/status-mark'
import { figureValue } from '../../domain/model/figure'
import type { QuarterId } from '../../domain/model/quarter'
import type { District, SectionId, SectionOrOverall } from '../../domain/model/schema'
import { entrySection, type HistoryEntry, historySections } from '../../domain/tables/district-history'
import { cn } from '../../lib/cn'
import { useFormat } from '../../lib/format'
import { districtColor } from '../../lib/theme'
import { useHrefBuilder } from '../../lib/use-global-params'
import { useTranslation } from '../../lib/use-translation'
import type { Streak } from './model/streaks'
import { useFlagWords } from './words'

/** Rank points of one section (or the composite) across a history, for a sparkline. */
function rankSeries(entries: readonly HistoryEntry[], section: SectionOrOverall) {
  return entries.map((e) => {
    const f = section === 'overall' ? e.rank : e.sections.find((s) => s.section === section)?.rank
    return { value: figureValue(f), derived: f?.status === 'derived' }
  })
}

/** Small multiples: the composite and every section's rank over time. */
export function HistoryCharts({
  histories,
  districtCount,
  sections,
}: {
  /** One history per district shown (two when comparing), with its colour index. */
  histories: { district: District; entries: HistoryEntry[]; colorIndex: number }[]
  districtCount: number
  sections: SectionOrOverall[]
}) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const first = histories[0]?.entries
  const quarters = first?.map((e) => e.quarter) ?? []
  return (
    <div className="history-charts grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5 print:grid-cols-5">
      {sections.map((section) => {
        const series: SparkSeries[] = histories.map((h, i) => ({
          id: h.district.id,
          color: histories.length > 1 ? districtColor(h.colorIndex) : undefined,
          // The second district: its colour and square markers. Dashes stay reserved for derived.
          marker: i > 0 ? 'square' : 'circle',
          points: rankSeries(h.entries, section),
        }))
        const label = histories
          .map((h, i) =>
            t('sparkLabel', {
              district: f.district(h.district),
              section: f.section(section),
              values: f.list(
                (series[i]?.points ?? []).map((p, j) =>
                  p.value === null
                    ? t('sparkMissing', { q: quarters[j] })
                    : t('sparkValue', { q: quarters[j], rank: f.number(p.value) }),
                ),
              ),
            }),
          )
          .join(t('inputSep'))
        return (
          <figure
            key={section}
            className="rounded border border-line bg-surface px-2 py-1"
            data-chart={section}
          >
            <figcaption className="text-xs font-semibold">{f.section(section)}</figcaption>
            <RankSparkline
              series={series}
              maxRank={districtCount}
              label={label}
              startLabel={quarters[0]}
              endLabel={quarters.length > 1 ? quarters.at(-1) : undefined}
              emptyLabel={t('common:notPublished')}
            />
          </figure>
        )
      })}
    </div>
  )
}

/** The flag streaks of length two or more, each with its quarters and its honesty marks. */
export function StreakList({ streaks }: { streaks: Streak[] }) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const long = streaks.filter((s) => s.length > 1)
  return (
    // On paper the heading and the streaks run on as one paragraph, to keep the card on one page.
    <section aria-labelledby="streaks-h" className="text-sm">
      <h3 id="streaks-h" className="font-semibold print:mr-2 print:inline">
        {t('streaksTitle')}
      </h3>
      {long.length === 0 ? (
        <p className="text-muted print:inline">{t('noStreaks')}</p>
      ) : (
        <ul data-testid="streaks" className="space-y-0.5 print:inline">
          {long.map((s) => (
            <li key={`${s.flag}-${s.from}`} className="print:mr-3 print:inline">
              <span aria-hidden="true" className="text-flag">
                <FlagIcon />{' '}
              </span>
              {t('streak', {
                flag: f.flag(s.flag),
                n: f.number(s.length),
                from: f.quarter(s.from),
                to: f.quarter(s.to),
              })}
              {s.derived && <span className="text-derived">{t('streakDerived')}</span>}
              {s.atLeast && <span className="text-muted">{t('streakAtLeast')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function SectionCellView({ entry, section }: { entry: HistoryEntry; section: SectionId }) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const slot = entrySection(entry, section)
  if (slot.kind === 'not-assessed')
    return (
      <span className="text-muted" title={t('notAssessedHint')} data-cell="not-assessed">
        —<span className="sr-only">{t('notAssessed')}</span>
      </span>
    )
  // The quarter's section list itself was not published (or not verified): 未公布, not "not assessed".
  if (slot.kind === 'unknown')
    return (
      <span className="text-missing" title={t('sectionsUnknownHint')} data-cell="unknown">
        {t('common:notPublished')}
      </span>
    )
  const { cell } = slot
  if (!cell.available || cell.score.status === 'not-published')
    return (
      <span className="text-missing" data-cell="not-published">
        {t('common:notPublished')}
      </span>
    )
  const stars = cell.stars?.published ?? cell.stars?.rule ?? null
  return (
    <span className="whitespace-nowrap tabular">
      <FigureValue
        figure={cell.rank}
        format={(v) => t('rankShort', { n: f.number(v) })}
        className="font-semibold"
      />{' '}
      <FigureValue figure={cell.score} format={f.score} />
      {stars !== null && (
        <span className="text-star">
          {' '}
          {t('starsCount', { n: f.number(stars) })}
          {cell.stars?.differs && <span className="text-derived">≠</span>}
        </span>
      )}
    </span>
  )
}

const PRINTED_ROWS = 12

/** The compact table: one row per calendar quarter, gaps named. */
export function HistoryTable({
  district,
  entries,
  current,
}: {
  district: District
  entries: HistoryEntry[]
  current: QuarterId
}) {
  const { t } = useTranslation(['districts', 'common'])
  const f = useFormat()
  const href = useHrefBuilder()
  const flagWords = useFlagWords()
  const sections = historySections(entries)
  // On paper, at most PRINTED_ROWS quarters: the latest ones, shifted back to include the page's quarter.
  const at = entries.findIndex((e) => e.quarter === current)
  const printFrom = Math.max(0, Math.min(entries.length - PRINTED_ROWS, at < 0 ? entries.length : at))
  return (
    <section
      className="relative overflow-x-auto rounded border border-line bg-surface"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
      tabIndex={0}
      aria-label={t('historyScroll')}
    >
      <table
        className="history-table w-full min-w-[40rem] border-collapse text-left text-sm [&_td]:whitespace-nowrap [&_th]:whitespace-nowrap"
        data-testid="history-table"
      >
        <caption className="sr-only">{t('historyCaption', { district: f.district(district) })}</caption>
        <thead className="bg-surface-2">
          <tr>
            <th scope="col" className="px-2 py-1">
              {t('col.quarter')}
            </th>
            <th scope="col" className="px-2 py-1">
              {t('col.rank')}
            </th>
            <th scope="col" className="px-2 py-1">
              {t('col.score')}
            </th>
            <th scope="col" className="px-2 py-1">
              {t('col.flags')}
            </th>
            {sections.map((s) => (
              <th key={s} scope="col" className="px-2 py-1 whitespace-nowrap">
                {f.section(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => {
            const isCurrent = e.quarter === current
            const printed = i >= printFrom && i < printFrom + PRINTED_ROWS
            return (
              <tr
                key={e.quarter}
                data-quarter={e.quarter}
                aria-current={isCurrent ? 'true' : undefined}
                // The current quarter is marked by an edge and weight, not a tint: muted and star colours
                // keep AA contrast only on the plain surface.
                className={cn(
                  'border-t border-line',
                  isCurrent && 'font-semibold',
                  !printed && 'print:hidden',
                )}
              >
                <th
                  scope="row"
                  className={cn('px-2 py-1 whitespace-nowrap', isCurrent && 'border-l-4 border-l-accent')}
                >
                  {e.file === 'missing' ? (
                    <span className="text-muted">{e.quarter}</span>
                  ) : (
                    <Link
                      className="text-link underline-offset-2 hover:underline"
                      to={href(`/districts/${district.id}`, { quarter: e.quarter })}
                    >
                      {e.quarter}
                    </Link>
                  )}
                </th>
                {e.file === 'invalid' || (e.file === 'missing' && e.rank.status === 'not-published') ? (
                  <td colSpan={3 + sections.length} className="px-2 py-1 text-missing">
                    {e.file === 'invalid' ? t('common:error.title') : t('noFile')}
                  </td>
                ) : (
                  <>
                    <td className="px-2 py-1 tabular">
                      <FigureValue
                        figure={e.rank}
                        format={(v) => t('rankShort', { n: f.number(v) })}
                        className="font-semibold"
                      />
                    </td>
                    <td className="px-2 py-1 tabular">
                      <FigureValue figure={e.score} format={f.score} />
                    </td>
                    <td className="px-2 py-1">
                      <span className="flex flex-wrap gap-1">
                        {e.flags.map((fl) => (
                          <FlagBadge
                            key={fl.flag}
                            flag={fl.flag}
                            status={fl.status}
                            title={flagWords.title(fl)}
                          />
                        ))}
                      </span>
                    </td>
                    {sections.map((s) => (
                      <td key={s} className="px-2 py-1">
                        <SectionCellView entry={e} section={s} />
                      </td>
                    ))}
                  </>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
