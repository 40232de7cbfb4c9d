import { useTranslation } from 'react-i18next'
import type { Figure } from '../domain/figure'
import { cn } from '../lib/cn'

/** 已公布 / 推算 / 未公布 as a labelled mark; the title carries the rule and inputs for derived figures. */
export function StatusMark({ figure, className }: { figure: Figure<unknown>; className?: string }) {
  const { t } = useTranslation()
  if (figure.status === 'not-published')
    return <span className={cn('text-xs text-missing', className)}>○ {t('status.notPublished')}</span>
  if (figure.status === 'derived')
    return (
      <span
        className={cn('text-xs text-derived underline decoration-dotted', className)}
        title={`${figure.rule}\n${figure.inputs.join('\n')}`}
      >
        ◐ {t('status.derived')}
      </span>
    )
  return (
    <span className={cn('text-xs text-muted', className)} title={figure.quote}>
      ● {t('status.published')}
    </span>
  )
}

/**
 * A number that is published, derived (marked, with its rule on hover) or 未公布 — never 0 for missing.
 * Example: <FigureValue figure={score} format={(v) => v.toFixed(2)} />
 */
export function FigureValue<T>({
  figure,
  format,
  className,
}: {
  figure: Figure<T>
  format: (v: T) => string
  className?: string
}) {
  const { t } = useTranslation()
  if (figure.status === 'not-published')
    return <span className={cn('text-missing', className)}>{t('notPublished')}</span>
  if (figure.status === 'derived')
    return (
      <span
        className={cn('text-derived underline decoration-dotted underline-offset-4', className)}
        title={`${t('status.derived')}：${figure.rule}\n${figure.inputs.join('\n')}`}
      >
        {format(figure.value)}
        <span className="sr-only">
          （{t('status.derived')}：{figure.rule}）
        </span>
      </span>
    )
  return <span className={className}>{format(figure.value)}</span>
}
