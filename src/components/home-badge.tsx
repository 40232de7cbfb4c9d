import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'
import { useHomeDistrict } from '../lib/home-district'

/** The small "我的区市" tag beside the home district's name (lib/home-district.ts). */
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

/**
 * The district page's 我的区市 switch: pressed when this district is the home district; pressing it
 * again forgets it.
 */
export function HomeToggle({ id }: { id: string }) {
  const { t } = useTranslation()
  const [home, setHome] = useHomeDistrict()
  const on = home === id
  return (
    <button
      type="button"
      aria-pressed={on}
      title={t('home.hint')}
      data-testid="home-toggle"
      onClick={() => setHome(on ? null : id)}
      className={cn(
        'no-print rounded border px-2 py-1 text-sm',
        on ? 'border-accent bg-accent font-semibold text-accent-ink' : 'border-line hover:bg-surface-2',
      )}
    >
      {t('home.badge')}
    </button>
  )
}
