import { cn } from '../../lib/cn'
import { useHomeDistrict } from '../../lib/theme'
import { useTranslation } from '../../lib/use-translation'

/**
 * The district page's 我的区市 switch: pressed when this district is the home district; pressing it
 * again forgets it.
 */
export function HomeToggle({ id }: { id: string }) {
  const { t } = useTranslation(['districts', 'common'])
  const [home, setHome] = useHomeDistrict()
  const on = home === id
  return (
    <button
      type="button"
      aria-pressed={on}
      title={t('homeHint')}
      data-testid="home-toggle"
      onClick={() => setHome(on ? null : id)}
      className={cn(
        'no-print rounded border px-2 py-1 text-sm',
        on ? 'border-accent bg-accent font-semibold text-accent-ink' : 'border-line hover:bg-surface-2',
      )}
    >
      {t('common:home.badge')}
    </button>
  )
}
