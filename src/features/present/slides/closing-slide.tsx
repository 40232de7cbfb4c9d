import { useMemo } from 'react'
import { FlagBadge } from '../../../components/flag-badge'
import { cn } from '../../../lib/cn'
import { useFormat } from '../../../lib/format'
import { useGlobalParams } from '../../../lib/use-global-params'
import { useTranslation } from '../../../lib/use-translation'
import { closingModel, slideFacts } from '../model/deck'
import { resultsLink } from '../model/results-link'
import { ResultsQr } from './results-qr'
import {
  DerivedNote,
  NOTE_TEXT,
  SecondhandNote,
  SlideHeading,
  type SlideProps,
  sourceLine,
  useSecondhand,
} from './slide-parts'

/** The summary: flags, first places, what was not published, and every source the deck used. */
export function ClosingSlide({ ds, quarter, sources }: SlideProps) {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  const m = useMemo(() => closingModel(ds, quarter), [ds, quarter])
  const facts = useMemo(() => slideFacts(ds, quarter, { kind: 'closing' }), [ds, quarter])
  const sh = useSecondhand(facts, sources)
  const { dataset, lang } = useGlobalParams()
  const link = resultsLink(window.location.href, quarter, { dataset, lang })
  if (!m) return null
  // Every source a slide of this deck showed a figure from, each on its own line with its publisher
  // (and 二手来源 / 新闻报道 where it is not the committee's notice).
  const sourceLines = m.sources.map((id) => {
    const s = sources.get(id)
    return { id, text: s ? sourceLine(s, t, f) : id }
  })
  return (
    <div className="flex h-full flex-col">
      <SlideHeading aside={f.quarter(quarter)}>{t('closing.heading')}</SlideHeading>
      <div className="flex min-h-0 flex-1 gap-[64px]">
        <div className="flex min-w-0 flex-1 flex-col gap-[20px]">
          {m.flags.map((g) => (
            <div key={g.flag} className="flex flex-col gap-[8px]">
              <FlagBadge
                flag={g.flag}
                status="published"
                size="stage"
                title={t(`common:flagRule.${g.flag}`)}
                className="self-start text-[36px]"
              />
              <p className="flex flex-wrap gap-x-[28px] gap-y-[4px] text-[48px] font-bold leading-[1.2]">
                {g.winners.map((w) => (
                  <span key={w.district.id} className={w.status === 'derived' ? 'text-derived' : ''}>
                    {f.district(w.district)}
                    {w.status === 'derived' && '*'}
                    {sh.mark(w.sources)}
                  </span>
                ))}
              </p>
            </div>
          ))}
          {m.leaders.length > 0 && (
            <div className="flex flex-col gap-[8px]">
              <h3 className="text-[32px] text-muted">{t('closing.leaders')}</h3>
              <ul className="flex flex-col gap-y-[6px]">
                {m.leaders.map((l) => (
                  // One line per section where it fits ("Composite  Huangdao (West Coast New Area)"):
                  // a two-column grid wrapped the long English names and pushed the QR code off the slide.
                  <li key={l.section} className="flex flex-wrap items-baseline gap-x-[24px] leading-[1.2]">
                    <span className="text-[32px] text-muted">{f.section(l.section)}</span>
                    <span className="text-[40px] font-bold">
                      {f.list(
                        l.districts.map(
                          (d) =>
                            `${f.district(d.district)}${d.rank.status === 'derived' ? '*' : ''}${sh.mark(d.rank)}`,
                        ),
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="mt-auto">
            <ResultsQr link={link} />
          </div>
        </div>
        <div className="flex w-[720px] shrink-0 flex-col gap-[16px]">
          <h3 className="text-[32px] text-muted">{t('closing.notPublished')}</h3>
          {m.notPublished.length === 0 ? (
            <p className="text-[36px]">{t('closing.allPublished')}</p>
          ) : (
            <ul className="flex flex-col gap-[10px] text-[36px] text-missing">
              {m.notPublished.map(({ section, coverage: c }) => {
                const name = f.section(section)
                return (
                  <li key={section} data-section={section}>
                    {c.published === 0 && c.derived === 0
                      ? t('closing.missing', { section: name })
                      : c.derived > 0
                        ? t('closing.partialDerived', {
                            section: name,
                            n: f.number(c.published),
                            d: f.number(c.derived),
                            total: f.number(c.total),
                          })
                        : t('closing.partial', {
                            section: name,
                            n: f.number(c.published),
                            total: f.number(c.total),
                          })}
                  </li>
                )
              })}
            </ul>
          )}
          {m.anyDerived && <DerivedNote />}
          <SecondhandNote note={sh.note} />
          {sourceLines.length > 0 && (
            <div data-testid="closing-sources" className={cn(NOTE_TEXT, 'mt-auto flex flex-col text-muted')}>
              <h3 className="font-bold">{t('closing.sources')}</h3>
              <ul className="flex flex-col gap-[4px]">
                {sourceLines.map((s) => (
                  <li key={s.id} className="[text-wrap:balance]">
                    {s.text}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
