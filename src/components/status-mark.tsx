import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react'
import type { Figure, KnownFigure, RuleId } from '../domain/model/figure'
import type { Source } from '../domain/model/schema'
import { allSecondHand } from '../domain/model/sources'
import { cn } from '../lib/cn'
import { useServedSources, useSources } from '../lib/use-sources'
import { useTranslation } from '../lib/use-translation'
import { RulesLink } from './rules-link'
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
 * Places an open popover under its mark (above where the viewport has no room below), kept inside a
 * 390 px phone's width. The popover is in the top layer, so the table row it belongs to never reflows.
 */
function placePopover(mark: HTMLElement, pop: HTMLElement) {
  const gap = 4
  const margin = 8
  const r = mark.getBoundingClientRect()
  const vw = document.documentElement.clientWidth
  const vh = window.innerHeight
  const width = Math.min(pop.offsetWidth, vw - 2 * margin)
  const left = Math.min(Math.max(margin, r.left), vw - margin - width)
  const below = r.bottom + gap
  const top =
    below + pop.offsetHeight > vh - margin && r.top - gap - pop.offsetHeight > margin
      ? r.top - gap - pop.offsetHeight
      : below
  pop.style.left = `${left}px`
  pop.style.top = `${top}px`
}

/**
 * 已公布 / 推算 / 未公布 as a mark that opens (by click, Enter or Space) a real popover (the native
 * `popover` attribute: Esc and a click outside close it) with the figure's provenance — the rule and
 * inputs of a derived figure, the quoted sentence, each source with title, publisher, date and link —
 * and a link to the rules page. A figure whose sources are all secondary says so on the mark.
 */
export function StatusMark({ figure, className }: { figure: Figure<unknown>; className?: string }) {
  const { t } = useTranslation()
  // The served sources are enough to tell a second-hand figure (imported sources are notices); the
  // provenance itself is built only once the mark is opened, so a table of marks renders cheaply.
  const sources = useServedSources()
  const [open, setOpen] = useState(false)
  const id = useId()
  const markRef = useRef<HTMLButtonElement>(null)
  const popRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const mark = markRef.current
    const pop = popRef.current
    if (!open || !mark || !pop) return
    const place = () => placePopover(mark, pop)
    place()
    window.addEventListener('resize', place)
    window.addEventListener('scroll', place, true)
    return () => {
      window.removeEventListener('resize', place)
      window.removeEventListener('scroll', place, true)
    }
  }, [open])
  if (figure.status === 'not-published')
    return (
      <RulesLink
        topic="status"
        label={t('rulesLink.notPublished')}
        className={cn('text-xs text-missing', className)}
      >
        ○ {t('status.notPublished')}
      </RulesLink>
    )
  const used = figure.sources.map((id) => sources.get(id)).filter((x): x is Source => Boolean(x))
  const secondary = allSecondHand(used)
  const derived = figure.status === 'derived'
  const label = derived ? `◐ ${t('status.derived')}` : `● ${t('status.published')}`
  // useId's own value where it is a plain token (Preact's 'P0-1'), so prerendered ids line up on hydration.
  const popId = /^[\w-]+$/.test(id) ? id : `prov-${id.replace(/[^\w-]/g, '')}`
  return (
    <span className={cn('inline-block text-xs', className)} data-status-mark="">
      <button
        ref={markRef}
        type="button"
        popoverTarget={popId}
        // Where popovertarget does nothing (no popover support, or jsdom in the component tests, which
        // has the methods but no top layer), the mark toggles by itself.
        onClick={() => {
          if (!('showPopover' in HTMLElement.prototype) || navigator.userAgent.includes('jsdom'))
            setOpen((o) => !o)
        }}
        aria-expanded={open}
        aria-controls={popId}
        className={cn(
          'cursor-pointer rounded px-1 whitespace-nowrap underline decoration-dotted underline-offset-2',
          derived ? 'text-derived' : 'text-muted',
        )}
      >
        {label}
        {secondary && <span>{t('secondarySource')}</span>}
      </button>
      <div
        ref={popRef}
        id={popId}
        popover="auto"
        role="dialog"
        aria-label={t('provenance')}
        onToggle={(e) => setOpen((e as unknown as { newState: string }).newState === 'open')}
        className="fixed m-0 w-80 max-w-[calc(100vw-16px)] rounded border border-line bg-surface p-0 text-left text-xs whitespace-normal text-ink shadow-lg"
      >
        {open && <Provenance figure={figure} />}
      </div>
    </span>
  )
}

function Provenance({ figure }: { figure: KnownFigure<unknown> }) {
  const { t } = useTranslation()
  const sources = useSources()
  return (
    <div
      className="max-h-[60vh] space-y-2 overflow-y-auto p-2 [overflow-wrap:anywhere]"
      data-testid="provenance"
    >
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
      <p>
        <RulesLink topic="status" className="text-link underline">
          {t('rulesLink.header')}
        </RulesLink>
      </p>
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
