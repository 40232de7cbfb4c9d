import type { DatasetId } from '../domain/model/dataset'
import { cn } from '../lib/cn'
import { useDatasetKind } from '../lib/use-dataset'
import { useTranslation } from '../lib/use-translation'
import { WarningIcon } from './icons'

/**
 * Unmistakable whenever generated data is on screen (the demo dataset, or a folder dataset whose sources
 * say it is generated); a quiet note for published data.
 */
export function DatasetMarker({ dataset, className }: { dataset: DatasetId; className?: string }) {
  const { t } = useTranslation()
  const kind = useDatasetKind(dataset)
  if (kind === undefined) return null
  if (kind === 'demo')
    return (
      <span
        data-testid="demo-marker"
        title={t('dataset.demoHint')}
        className={cn(
          'inline-flex items-center gap-1 rounded border-2 border-demo bg-demo-bg px-2 py-0.5 font-bold text-demo',
          className,
        )}
      >
        <WarningIcon />
        {t('dataset.demo')}
      </span>
    )
  return (
    <span title={t('dataset.realHint')} className={cn('text-xs text-muted', className)}>
      {t('dataset.real')}
    </span>
  )
}

/** A full-width strip for the top of every view in demo mode. */
export function DemoBanner() {
  const { t } = useTranslation()
  return (
    <div
      role="note"
      data-testid="demo-banner"
      className="border-b-2 border-demo bg-demo-bg px-4 py-1 text-center text-sm font-bold text-demo"
    >
      <WarningIcon /> {t('dataset.demo')} — {t('dataset.demoHint')}
    </div>
  )
}
