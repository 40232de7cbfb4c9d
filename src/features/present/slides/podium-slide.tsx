import { useMemo } from 'react'
import { FlagBadge } from '../../../components/flag-badge'
import { cn } from '../../../lib/cn'
import { useFormat } from '../../../lib/format'
import { useTranslation } from '../../../lib/use-translation'
import { podiumModel, slideFacts } from '../model/deck'
import {
  DerivedNote,
  NOTE_TEXT,
  SecondhandNote,
  SlideHeading,
  type SlideProps,
  StageFigure,
  useSecondhand,
} from './slide-parts'

const PILLAR_HEIGHT = { 1: 340, 2: 260, 3: 200 } as const

/** Composite places 1–3 on pillars (second, first, third) and the red flags beside them. */
export function PodiumSlide({ ds, quarter, sources }: SlideProps) {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  const m = useMemo(() => podiumModel(ds, quarter), [ds, quarter])
  const facts = useMemo(() => slideFacts(ds, quarter, { kind: 'podium' }), [ds, quarter])
  const sh = useSecondhand(facts, sources)
  if (!m) return null
  const byPlace = (n: 1 | 2 | 3) => m.places.find((p) => p.place === n)
  // A place whose rank rests on a second-hand source is marked on its pillar, as a derived one is ("第3名*†").
  const placeMark = (n: 1 | 2 | 3) =>
    byPlace(n)
      ?.entries.map((e) => sh.mark(e.rank))
      .find(Boolean) ?? ''
  const { published, derived, total } = m.coverage
  return (
    <div className="flex h-full gap-[64px]">
      <section className="flex min-w-0 flex-[3] flex-col">
        <SlideHeading>{t('podium.heading')}</SlideHeading>
        {m.ranked === 0 ? (
          <p className="flex flex-1 items-center justify-center text-[48px] text-missing">
            {t('podium.noRanks')}
          </p>
        ) : (
          <ol className="flex flex-1 items-end justify-center gap-[32px]">
            {([2, 1, 3] as const).map((n) => {
              const place = byPlace(n)
              // A place a tie covers (no 3rd after two 2nds) has no pedestal.
              if (!place) return null
              return (
                <li
                  key={n}
                  data-place={n}
                  className="flex w-[320px] flex-col items-center gap-[12px] text-center"
                >
                  {place?.entries.length ? (
                    place.entries.map((e) => (
                      <div key={e.district.id} className="flex flex-col items-center">
                        <span
                          className={cn(
                            'font-black leading-[1.15]',
                            f.district(e.district).length > 10 ? 'text-[36px]' : 'text-[56px]',
                          )}
                        >
                          {f.district(e.district)}
                        </span>
                        <StageFigure
                          figure={e.score}
                          format={(v) => t('podium.points', { v: f.score(v) })}
                          className="tabular text-[40px]"
                          mark={sh.mark(e.score)}
                        />
                      </div>
                    ))
                  ) : (
                    <span className="text-[44px] text-missing">{t('common:notPublished')}</span>
                  )}
                  <div
                    className={cn(
                      'flex w-full items-start justify-center rounded-t-[16px] pt-[20px] text-[56px] font-black',
                      n === 1 ? 'bg-flag text-accent-ink' : 'bg-surface-2 text-ink',
                    )}
                    style={{ height: PILLAR_HEIGHT[n] }}
                  >
                    <span data-testid={`pillar-${n}`}>
                      {t('podium.place', { n: f.number(n) })}
                      {place?.derived && '*'}
                      {placeMark(n)}
                    </span>
                  </div>
                </li>
              )
            })}
          </ol>
        )}
        <div className="mt-[20px] flex flex-col gap-[4px]">
          {m.ranked > 0 && published < total && (
            <p data-testid="podium-known" className={cn(NOTE_TEXT, 'text-muted')}>
              {derived > 0
                ? t('podium.knownDerived', {
                    n: f.number(published),
                    d: f.number(derived),
                    total: f.number(total),
                  })
                : t('podium.known', { n: f.number(published), total: f.number(total) })}
            </p>
          )}
          {m.places.some((p) => p.derived) && <DerivedNote />}
          <SecondhandNote note={sh.note} />
        </div>
      </section>
      <section className="flex min-w-0 flex-[2] flex-col">
        <SlideHeading>{t('podium.flags')}</SlideHeading>
        {m.flags.length === 0 ? (
          <p className="text-[40px] text-missing">{t('podium.noFlags')}</p>
        ) : (
          <ul className="flex flex-col gap-[40px]">
            {m.flags.map((g) => (
              <li key={g.flag} className="flex flex-col gap-[16px]">
                <FlagBadge
                  flag={g.flag}
                  status="published"
                  size="stage"
                  title={t(`common:flagRule.${g.flag}`)}
                  className="self-start text-[40px]"
                />
                <p className="text-[28px] text-muted">{t(`common:flagRule.${g.flag}`)}</p>
                <p className="flex flex-wrap gap-x-[28px] gap-y-[8px] text-[52px] font-bold leading-[1.2]">
                  {g.winners.map((w) => (
                    <span key={w.district.id} className={w.status === 'derived' ? 'text-derived' : ''}>
                      {f.district(w.district)}
                      {sh.mark(w.sources)}
                      {w.status === 'derived' && (
                        <span className="text-[32px] font-normal">
                          {t('common:paren', { text: t('common:status.derived') })}
                        </span>
                      )}
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
