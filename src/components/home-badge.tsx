import { useTranslation } from '../lib/use-translation'

/** The small "我的区市" tag beside the home district's name (lib/theme.ts). */
export function HomeBadge() {
  const { t } = useTranslation()
  return (
    <span
      data-testid="home-badge"
      className="ml-1.5 inline-block rounded border border-accent px-1 text-xs font-normal whitespace-nowrap text-accent"
    >
      {t('home.badge')}
    </span>
  )
}
