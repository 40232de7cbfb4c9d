import { useFormat } from '../../../lib/format'
import { useTranslation } from '../../../lib/use-translation'
import { titleModel } from '../model/deck'
import type { SlideProps } from './slide-parts'

/** The quarter, who issued the notice and when, and each section with its weight (or 未公布). */
export function TitleSlide({ ds, quarter }: SlideProps) {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  const m = titleModel(ds, quarter)
  return (
    <div className="flex h-full flex-col items-center justify-center gap-[36px] text-center">
      <p className="text-[48px] font-bold text-accent">{t('brand')}</p>
      <h1 className="text-[128px] font-black leading-[1.1]">{f.quarter(quarter)}</h1>
      <p className="text-[64px] font-bold leading-[1.2]">{t('results')}</p>
      {!m ? (
        <p className="text-[44px] text-missing">{t('title.noFile', { quarter })}</p>
      ) : (
        <>
          <div className="flex flex-col gap-[12px] text-[40px] text-muted">
            <p className={m.issuer ? '' : 'text-missing'}>
              {m.issuer ? t('title.issuer', { issuer: m.issuer }) : t('title.issuerUnknown')}
            </p>
            <p className={m.published ? '' : 'text-missing'}>
              {m.published ? t('title.date', { date: f.date(m.published) }) : t('title.dateUnknown')}
            </p>
          </div>
          {m.sections.length > 0 && (
            <ul className="flex max-w-[1600px] flex-wrap justify-center gap-[20px] text-[36px]">
              {m.sections.map((s) => (
                <li key={s.id} className="rounded-[12px] border-2 border-line bg-surface px-[24px] py-[6px]">
                  <span className="font-bold">{f.section(s.id)}</span>{' '}
                  <span className={s.published ? 'text-muted' : 'text-missing'}>
                    {!s.published
                      ? t('title.tableMissing')
                      : s.weight !== null
                        ? t('title.weight', { w: f.number(s.weight) })
                        : t('title.weightUnknown')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {m.bonusItems.length > 0 && (
            <p className="text-[32px] text-muted">{t('title.bonus', { items: f.list(m.bonusItems) })}</p>
          )}
        </>
      )}
    </div>
  )
}
