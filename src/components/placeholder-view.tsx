import { useTranslation } from 'react-i18next'

/** Stands in for a view a later release fills, saying so plainly. */
export function PlaceholderView({ view }: { view: 'movement' | 'districts' | 'news' | 'present' }) {
  const { t } = useTranslation()
  return (
    <section className="mx-auto max-w-3xl p-6">
      <h1 className="mb-2 text-2xl font-bold">{t(`nav.${view}`)}</h1>
      <p className="text-muted">{t('placeholder')}</p>
    </section>
  )
}
