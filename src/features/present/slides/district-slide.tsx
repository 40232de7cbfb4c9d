import { useMemo } from 'react'
import { ChangeMark } from '../../../components/change-mark'
import { FlagBadge } from '../../../components/flag-badge'
import { StarRating } from '../../../components/star-rating'
import { districtsById } from '../../../domain/model/dataset'
import type { QuarterId } from '../../../domain/model/quarter'
import { cn } from '../../../lib/cn'
import { useFormat } from '../../../lib/format'
import { useTranslation } from '../../../lib/use-translation'
import { type DistrictCardModel, districtCardModel, slideFacts } from '../model/deck'
import {
  DerivedNote,
  NOTE_TEXT,
  nameSize,
  type Secondhand,
  SecondhandNote,
  type SlideProps,
  StageFigure,
  useSecondhand,
} from './slide-parts'
import { SpeakerTimer } from './speaker-timer'

/** One district's speaking card: its composite result, flags, each section, and the speaker timer. */
export function DistrictSlide({
  ds,
  quarter,
  district,
  timer,
  sources,
  position,
  order,
}: SlideProps & {
  district: string
  /** The card's place in the deck's speaking order (1-based); default the composite order's. */
  position?: number
  /** The start screen's speaking order of the unranked districts (ids), when it set one. */
  order?: readonly string[]
}) {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  const card = useMemo(() => districtCardModel(ds, quarter, district), [ds, quarter, district])
  // Only the district is read by slideFacts for a card; position/of do not change its facts.
  const facts = useMemo(
    () => slideFacts(ds, quarter, { kind: 'district', district, position: 0, of: 0, rankKnown: false }),
    [ds, quarter, district],
  )
  const sh = useSecondhand(facts, sources)
  if (!card) return null
  const name = f.district(card.district)
  return (
    <div className="flex h-full flex-col gap-[28px]" data-district={card.district.id}>
      <div className="flex items-start justify-between gap-[48px]">
        <div className="flex min-w-0 flex-col gap-[12px]">
          <p className="text-[36px] text-muted">
            {t('card.speaker', { position: f.number(position ?? card.position), of: f.number(card.of) })}
            {order && (
              <span data-testid="order-mark" className="ml-[16px] font-bold text-ink">
                {t('card.orderMark')}
              </span>
            )}
          </p>
          <h2 data-testid="card-name" className={cn('font-black leading-[1.1]', nameSize(name, 'big'))}>
            {name}
          </h2>
          <CompositeLine card={card} mark={sh.mark} quarter={quarter} />
        </div>
        <SpeakerTimer timer={timer} />
      </div>
      <div className="flex flex-wrap items-center gap-[20px] text-[36px]">
        {card.flags.length ? (
          card.flags.map((fl) => (
            <span key={fl.flag} className="inline-flex max-w-full items-center">
              <FlagBadge
                flag={fl.flag}
                status={fl.status}
                size="stage"
                title={t(`common:flagRule.${fl.flag}`)}
              />
              {sh.mark(fl.provenance.sources)}
            </span>
          ))
        ) : (
          <span className="text-[32px] text-muted">{t('card.noFlags')}</span>
        )}
      </div>
      <SectionTable card={card} mark={sh.mark} />
      <div className="mt-auto flex flex-col gap-[4px]">
        {card.unrankedOrder && (
          <p data-testid="order-note" className={cn(NOTE_TEXT, 'text-muted')}>
            {order
              ? t('card.orderNoteSet', { names: f.list(orderNames(ds, order).map((d) => f.district(d))) })
              : t('card.orderNote', { names: f.list(card.unrankedOrder.map((d) => f.district(d))) })}
          </p>
        )}
        {card.anyDerived && <DerivedNote />}
        <SecondhandNote note={sh.note} />
      </div>
    </div>
  )
}

function orderNames(ds: SlideProps['ds'], ids: readonly string[]) {
  const byId = districtsById(ds)
  return ids.flatMap((id) => byId.get(id) ?? [])
}

function CompositeLine({
  card,
  mark,
  quarter,
}: {
  card: DistrictCardModel
  mark: Secondhand['mark']
  quarter: QuarterId
}) {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  return (
    <p className="flex flex-wrap items-baseline gap-x-[32px] gap-y-[8px] text-[48px] font-bold">
      <span className="text-muted">{t('card.composite')}</span>
      {card.rank.status === 'not-published' ? (
        <span className="text-missing">{t('card.rankUnknown')}</span>
      ) : (
        <StageFigure
          figure={card.rank}
          format={(v) => t('card.rank', { n: f.number(v) })}
          mark={mark(card.rank)}
        />
      )}
      {card.score.status !== 'not-published' && (
        <StageFigure
          figure={card.score}
          format={(v) => t('card.points', { v: f.score(v) })}
          className="tabular"
          mark={mark(card.score)}
        />
      )}
      {card.totalStars.status !== 'not-published' && (
        <StageFigure
          figure={card.totalStars}
          format={(v) => t('card.totalStars', { n: f.number(v) })}
          className="text-star"
          mark={mark(card.totalStars)}
        />
      )}
      <ChangeMark change={card.rankChange} of={quarter} size="stage" className="text-[40px]" />
    </p>
  )
}

function SectionTable({ card, mark }: { card: DistrictCardModel; mark: Secondhand['mark'] }) {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  if (!card.sections.length) return <p className="text-[36px] text-missing">{t('card.sectionsNone')}</p>
  const cell = 'pr-[24px] align-middle'
  return (
    <table className="w-full table-fixed border-collapse">
      <colgroup>
        <col />
        <col style={{ width: 300 }} />
        <col style={{ width: 200 }} />
        <col style={{ width: 560 }} />
      </colgroup>
      <thead>
        <tr className="border-b-2 border-line text-left text-[28px] text-muted">
          <th scope="col" className={cn(cell, 'pb-[6px] font-normal')}>
            {t('common:section')}
          </th>
          <th scope="col" className={cn(cell, 'pb-[6px] text-right font-normal')}>
            {t('board.col.score')}
          </th>
          <th scope="col" className={cn(cell, 'pb-[6px] font-normal')}>
            {t('board.col.rank')}
          </th>
          <th scope="col" className="pb-[6px] font-normal">
            {t('board.col.stars')}
          </th>
        </tr>
      </thead>
      <tbody>
        {card.sections.map((s) => (
          <tr key={s.id} data-section={s.id} className="h-[68px] border-b border-line text-[36px]">
            <th scope="row" className={cn(cell, 'whitespace-nowrap text-left font-bold')}>
              {f.section(s.id)}
            </th>
            {s.published ? (
              <>
                <td className={cn(cell, 'text-right tabular')}>
                  <StageFigure figure={s.score} format={f.score} mark={mark(s.score)} />
                  {s.weight !== null && (
                    <span className="text-[28px] text-muted">
                      {t('board.outOf', { w: f.number(s.weight) })}
                    </span>
                  )}
                </td>
                <td className={cell}>
                  <StageFigure
                    figure={s.rank}
                    format={(v) => t('card.rank', { n: f.number(v) })}
                    mark={mark(s.rank)}
                  />
                </td>
                <td className="align-middle">
                  <StarRating published={s.stars?.published ?? null} size="stage" />
                </td>
              </>
            ) : (
              <td colSpan={3} className="align-middle text-missing">
                {t('common:notPublished')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
