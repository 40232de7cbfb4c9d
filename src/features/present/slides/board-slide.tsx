import { useMemo } from 'react'
import { ChangeMark } from '../../../components/change-mark'
import { FlagIcon } from '../../../components/icons'
import { StarRating } from '../../../components/star-rating'
import type { FlagId, SectionOrOverall } from '../../../domain/model/ids'
import { cn } from '../../../lib/cn'
import { useFormat } from '../../../lib/format'
import { useTranslation } from '../../../lib/use-translation'
import { boardModel, slideFacts } from '../model/deck'
import {
  NOTE_TEXT,
  nameSize,
  SecondhandNote,
  SlideHeading,
  type SlideProps,
  StageFigure,
  useSecondhand,
} from './slide-parts'

type Column = 'rank' | 'district' | 'score' | 'stars' | 'flags' | 'change'

/**
 * Fixed column widths (table-layout: fixed) so ten rows line up and a long name cannot push the
 * columns; the district column (null) takes what is left.
 */
const WIDTHS: Record<Column, number | null> = {
  rank: 110,
  district: null,
  score: 200,
  stars: 560,
  flags: 420,
  change: 250,
}
/** The composite's stars column holds a total ("38★"), not a row of glyphs. */
const TOTAL_STARS_WIDTH = 180
/** The composite's change column also carries the 推算 mark ("▲≥2 推算", "持平 推算"). */
const TOTAL_CHANGE_WIDTH = 330

/** A ranking board: every district in rank order, 未公布 where nothing is published. */
export function BoardSlide({ ds, quarter, section, sources }: SlideProps & { section: SectionOrOverall }) {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  const board = useMemo(() => boardModel(ds, quarter, section), [ds, quarter, section])
  const facts = useMemo(() => slideFacts(ds, quarter, { kind: 'board', section }), [ds, quarter, section])
  const sh = useSecondhand(facts, sources)
  if (!board) return null
  const overall = section === 'overall'
  // A change column that would say "?" on every row says nothing: it is dropped, and the heading
  // says once that the change is not published.
  const showChange = board.changeKnown
  const baseline = board.rows[0]?.rankChange.baseline
  const columns: Column[] = [
    'rank',
    'district',
    'score',
    'stars',
    ...(overall ? (['flags'] as const) : []),
    ...(showChange ? (['change'] as const) : []),
  ]
  const width = (c: Column) =>
    overall && c === 'stars' ? TOTAL_STARS_WIDTH : overall && c === 'change' ? TOTAL_CHANGE_WIDTH : WIDTHS[c]
  const { published, derived, total } = board.coverage
  const cell = 'pr-[24px] align-middle'
  return (
    <div className="flex h-full flex-col">
      <SlideHeading
        aside={
          board.weight !== null || (!showChange && baseline) ? (
            <>
              {board.weight !== null && t('board.weight', { w: f.number(board.weight) })}
              {board.weight !== null && !showChange && baseline && ' · '}
              {/* Said once, next to the heading, where it costs no row height. */}
              {!showChange && baseline && (
                <span data-testid="change-unknown">{t('board.changeUnknown', { q: baseline })}</span>
              )}
            </>
          ) : undefined
        }
      >
        {f.section(section)}
      </SlideHeading>
      {/* The table fills what the notes leave: rows grow up to a comfortable height on a quiet
          board and shrink (never below 52 px) when a slide has many notes, instead of overflowing. */}
      <div className="min-h-0 flex-1">
        <table className="h-full w-full table-fixed border-collapse">
          <caption className="sr-only">
            {f.quarter(quarter)} {f.section(section)}
          </caption>
          <colgroup>
            {columns.map((c) => {
              const w = width(c)
              return <col key={c} style={w ? { width: w } : undefined} />
            })}
          </colgroup>
          <thead>
            <tr className="h-[48px] border-b-2 border-line text-left text-[28px] text-muted">
              <th scope="col" className={cn(cell, 'pb-[8px] font-normal')}>
                {t('board.col.rank')}
              </th>
              <th scope="col" className={cn(cell, 'pb-[8px] font-normal')}>
                {t('board.col.district')}
              </th>
              <th scope="col" className={cn(cell, 'pb-[8px] text-right font-normal')}>
                {t('board.col.score')}
              </th>
              <th scope="col" className={cn(cell, 'pb-[8px] font-normal', overall && 'text-right')}>
                {overall ? t('board.col.totalStars') : t('board.col.stars')}
              </th>
              {overall && (
                <th scope="col" className={cn(cell, 'pb-[8px] font-normal')}>
                  {t('board.col.flags')}
                </th>
              )}
              {showChange && (
                <th scope="col" className="pb-[8px] text-left font-normal">
                  {t('board.col.change')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {board.rows.map((r) => {
              const name = f.district(r.district)
              return (
                <tr
                  key={r.district.id}
                  data-district={r.district.id}
                  className="h-[52px] leading-[1.2] border-b border-line text-[36px]"
                >
                  <td className={cell}>
                    <StageFigure
                      figure={r.rank}
                      format={(v) => f.number(v)}
                      compact
                      className="text-[40px] font-black tabular"
                      mark={sh.mark(r.rank)}
                    />
                  </td>
                  <th
                    scope="row"
                    className={cn(cell, 'whitespace-nowrap text-left font-bold', nameSize(name, 'row'))}
                  >
                    {name}
                  </th>
                  <td className={cn(cell, 'text-right tabular')}>
                    <StageFigure figure={r.score} format={f.score} compact mark={sh.mark(r.score)} />
                  </td>
                  {overall ? (
                    <td className={cn(cell, 'text-right tabular')}>
                      <StageFigure
                        figure={r.totalStars}
                        format={(v) => t('board.totalStars', { n: f.number(v) })}
                        compact
                        mark={sh.mark(r.totalStars)}
                      />
                    </td>
                  ) : (
                    <td className={cell}>
                      <StarRating published={r.stars?.published ?? null} size="stage" />
                    </td>
                  )}
                  {overall && (
                    <td className={cn(cell, 'text-[28px]')}>
                      <span className="flex flex-col items-start gap-[6px]">
                        {r.flags.map((fl) => (
                          <FlagTag
                            key={fl.flag}
                            flag={fl.flag}
                            status={fl.status}
                            mark={sh.mark(fl.provenance.sources)}
                          />
                        ))}
                      </span>
                    </td>
                  )}
                  {showChange && (
                    <td className="align-middle text-[32px]">
                      <ChangeMark change={r.rankChange} of={quarter} size="stage" baselineInHeader />
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className={cn(NOTE_TEXT, 'mt-auto flex flex-col gap-[4px] pt-[12px] text-muted')}>
        {published < total && (
          <p data-testid="board-partial">
            {derived > 0
              ? t('board.partialDerived', {
                  n: f.number(published),
                  d: f.number(derived),
                  total: f.number(total),
                })
              : t('board.partial', { n: f.number(published), total: f.number(total) })}
          </p>
        )}
        {board.anyDerived && <p className="text-derived">{t('board.derivedNote')}</p>}
        <SecondhandNote note={sh.note} />
      </div>
    </div>
  )
}

/**
 * A flag in a table cell, by its full official name (真抓实干、勇当排头), as everything projected names
 * it; a district with both flags shows them one above the other, and a long English name wraps. True red
 * with white text, a dashed inner border and "*" when derived by rule, as FlagBadge draws them; the
 * rule is its title.
 */
function FlagTag({ flag, status, mark }: { flag: FlagId; status: 'published' | 'derived'; mark: string }) {
  const { t } = useTranslation(['present', 'common'])
  const derived = status === 'derived'
  return (
    <span
      title={t('common:labelled', {
        label: t(`common:flagName.${flag}`),
        text: t(`common:flagRule.${flag}`),
      })}
      className={cn(
        'inline-flex max-w-full items-center gap-[8px] rounded-[8px] px-[14px] py-[2px] font-bold leading-tight',
        'bg-flag-badge text-flag-badge-ink',
        derived && 'outline-2 -outline-offset-4 outline-dashed outline-flag-badge-ink',
      )}
    >
      <FlagIcon />
      {t(`common:flagName.${flag}`)}
      {derived && '*'}
      {mark}
    </span>
  )
}
