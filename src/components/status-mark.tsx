import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Figure, KnownFigure, RuleId } from '../domain/model/figure'
import type { Source } from '../domain/model/schema'
import { allSecondHand } from '../domain/model/sources'
import { cn } from '../lib/cn'
import { useServedSources, useSources } from '../lib/use-sources'
import { SourceList } from './sources-panel'

type Translate = ReturnType<typeof useTranslation<'common'>>['t']

/** A derived figure's rule in the UI language: the app's own rules are worded by id, data files' rules as written. */
export function ruleText(figure: { rule: string; ruleId?: RuleId | undefined }, t: Translate): string {
  return figure.ruleId ? t(`rule.${figure.ruleId}`) : figure.rule
}

/** `ruleText` bound to the current language. Example: const rule = useRuleText(); rule(figure) */
export function useRuleText(): (figure: { rule: string; ruleId?: RuleId | undefined }) => string {
  const { t } = useTranslation()
  return useCallback((figure) => ruleText(figure, t), [t])
}

/**
 * 已公布 / 推算 / 未公布 as a disclosure: the mark itself opens (by click, Enter or Space) the figure's
 * provenance — the rule and inputs of a derived figure, the quoted sentence, and each source with
 * title, publisher, date and link. A figure whose sources are all secondary says so on the mark.
 */
export function StatusMark({ figure, className }: { figure: Figure<unknown>; className?: string }) {
  const { t } = useTranslation()
  // The served sources are enough to tell a second-hand figure (imported sources are notices); the
  // provenance itself is built only once the mark is opened, so a table of marks renders cheaply.
  const sources = useServedSources()
  const [open, setOpen] = useState(false)
  if (figure.status === 'not-published')
    return <span className={cn('text-xs text-missing', className)}>○ {t('status.notPublished')}</span>
  const used = figure.sources.map((id) => sources.get(id)).filter((x): x is Source => Boolean(x))
  const secondary = allSecondHand(used)
  const derived = figure.status === 'derived'
  const label = derived ? `◐ ${t('status.derived')}` : `● ${t('status.published')}`
  return (
    <details
      className={cn('group inline-block text-xs', className)}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary
        className={cn(
          'cursor-pointer list-none rounded px-1 whitespace-nowrap underline decoration-dotted underline-offset-2',
          derived ? 'text-derived' : 'text-muted',
        )}
      >
        {label}
        {secondary && <span>{t('secondarySource')}</span>}
      </summary>
      {open && <Provenance figure={figure} />}
    </details>
  )
}

function Provenance({ figure }: { figure: KnownFigure<unknown> }) {
  const { t } = useTranslation()
  const sources = useSources()
  return (
    <div className="mt-1 w-72 max-w-[80vw] space-y-2 rounded border border-line bg-surface p-2 text-left text-xs whitespace-normal text-ink shadow">
      {figure.status === 'derived' && (
        <div>
          <p className="font-semibold" lang={figure.ruleId ? undefined : 'zh'}>
            {ruleText(figure, t)}
          </p>
          <ul className="list-disc pl-4" lang="zh">
            {figure.inputs.map((input) => (
              <li key={input}>{input}</li>
            ))}
          </ul>
        </div>
      )}
      {figure.status === 'published' && figure.quote && <p lang="zh">“{figure.quote}”</p>}
      <SourceList ids={figure.sources} sources={sources} />
    </div>
  )
}

/**
 * A number that is published, derived (marked, with its rule on hover) or 未公布 — never 0 for missing.
 * Example: <FigureValue figure={score} format={f.score} />
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
        title={`${t('labelled', { label: t('status.derived'), text: ruleText(figure, t) })}\n${figure.inputs.join('\n')}`}
      >
        {format(figure.value)}
        <span className="sr-only">
          {t('parenOpen')}
          {t('status.derived')}
          {t('colon')}
          <span lang={figure.ruleId ? undefined : 'zh'}>{ruleText(figure, t)}</span>
          {t('parenClose')}
        </span>
      </span>
    )
  return <span className={className}>{format(figure.value)}</span>
}
