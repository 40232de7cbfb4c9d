/**
 * What every slide shares: the props, the heading, the footnote size, the "*" and "†" marks and
 * the source wording. Slides are drawn in the fixed 1920×1080 logical canvas (see stage.tsx):
 * sizes are px of that canvas, never rem (the projection theme enlarges the root font, which must
 * not move slides), and no text is smaller than 28 px. The marks themselves are the shared
 * components (FigureValue, StarRating, FlagBadge, ChangeMark) at their stage size.
 */
import { useMemo } from 'react'
import { FigureValue } from '../../../components/status-mark'
import type { Dataset } from '../../../domain/model/dataset'
import type { Figure } from '../../../domain/model/figure'
import type { QuarterId } from '../../../domain/model/quarter'
import type { Source } from '../../../domain/model/schema'
import { cn } from '../../../lib/cn'
import { type Format, useFormat } from '../../../lib/format'
import { useTranslation } from '../../../lib/use-translation'
import { restsOnSecondHand, type SourceName, secondhandSources, sourceName, sourcesOf } from '../model/deck'
import type { TimerSnapshot } from '../model/deck-controller'

export type SlideProps = {
  ds: Dataset
  quarter: QuarterId
  sources: Map<string, Source>
  timer: TimerSnapshot | null
}

export type Translate = ReturnType<typeof useTranslation<['present', 'common']>>['t']

/** Long names (English "Huangdao (West Coast New Area)") get a smaller, still ≥ 28 px size so rows never overflow. */
export function nameSize(name: string, base: 'row' | 'big'): string {
  if (base === 'big') return name.length > 16 ? 'text-[64px]' : 'text-[104px]'
  return name.length > 22 ? 'text-[28px]' : name.length > 12 ? 'text-[32px]' : 'text-[40px]'
}

export function SlideHeading({ children, aside }: { children: React.ReactNode; aside?: React.ReactNode }) {
  return (
    <div className="mb-[24px] flex items-baseline justify-between gap-[32px]">
      <h2 className="text-[56px] font-black leading-[1.15]">{children}</h2>
      {aside && <div className="text-[32px] text-muted">{aside}</div>}
    </div>
  )
}

/**
 * Footnotes break at punctuation and spaces, not inside a name ("青岛市" never becomes "青" / "岛市");
 * a run too long for the line still wraps rather than overflowing.
 */
export const NOTE_TEXT = 'text-[28px] leading-[1.3] [word-break:keep-all] [overflow-wrap:anywhere]'

/**
 * A source named for a slide: the publisher as written, or for a news report or secondary copy,
 * the name with its other parts and its kind in brackets.
 * Example (zh): 新华财经；转载于 task.cuishai.com (secondary) → '新华财经（转载于 task.cuishai.com；二手来源）';
 * the committee notice → '青岛市综合考核委员会，刊于青岛日报（finance.qingdaonews.com）'.
 */
function sourceWords(n: SourceName, t: Translate): string {
  if (!n.secondHand) return [n.name, ...n.details].join(t('source.partSep'))
  const details = [...n.details, t(`source.kind.${n.secondHand}`)].join(t('source.detailSep'))
  return `${n.name}${t('common:paren', { text: details })}`
}

/** A source line of the closing slide: its name and date. Example: '新华财经（…；二手来源） 2023年11月7日' */
export function sourceLine(s: Source, t: Translate, f: Format): string {
  const source = sourceWords(sourceName(s), t)
  return s.date ? t('closing.sourceLine', { source, date: f.date(s.date) }) : source
}

export type Secondhand = {
  /** "†" for a figure or award whose every source is a news report or a secondary copy. */
  mark: (fact: Figure<unknown> | readonly string[]) => string
  /** The slide's † footnote naming those sources, or null when the slide has none. */
  note: string | null
}

/**
 * The † marks and footnote of one slide, from its facts (`slideFacts`, the same facts the closing
 * slide's source list uses). Callers memoise `facts` on what the slide shows.
 */
export function useSecondhand(facts: string[][], sources: ReadonlyMap<string, Source>): Secondhand {
  const { t } = useTranslation(['present', 'common'])
  const f = useFormat()
  return useMemo(() => secondhandFor(facts, sources, t, f), [facts, sources, t, f])
}

/** The same marks and footnote outside React (the PowerPoint export words its slides with them too). */
export function secondhandFor(
  facts: string[][],
  sources: ReadonlyMap<string, Source>,
  t: Translate,
  f: Format,
): Secondhand {
  const used = secondhandSources(facts, sources)
  return {
    mark: (fact) =>
      restsOnSecondHand(Array.isArray(fact) ? fact : sourcesOf(fact as Figure<unknown>), sources) ? '†' : '',
    note: used.length
      ? t('secondhandNote', { list: f.list(used.map((s) => sourceWords(sourceName(s), t))) })
      : null,
  }
}

export function SecondhandNote({ note }: { note: string | null }) {
  if (!note) return null
  return (
    <p data-testid="secondhand-note" className={cn(NOTE_TEXT, 'text-muted')}>
      {note}
    </p>
  )
}

/** The footnote for "*": a figure, flag or change derived by rule. */
export function DerivedNote({ className }: { className?: string }) {
  const { t } = useTranslation(['present', 'common'])
  return <p className={cn(NOTE_TEXT, 'text-derived', className)}>{t('board.derivedNote')}</p>
}

/**
 * A figure at slide size: the shared FigureValue (published; derived, with its rule; 未公布, never
 * 0) followed by the slide's footnote marks, "*" for derived and "†" (`mark`) for second-hand.
 * `compact`, for narrow table cells, says 未公布 at the minimum size ("n.p." in English, explained
 * under the table).
 * Example: <StageFigure figure={score} format={f.score} mark="†" /> → "98.30†"; derived rank 2 → "2*".
 */
export function StageFigure<T>({
  figure,
  format,
  className,
  compact = false,
  mark = '',
}: {
  figure: Figure<T>
  format: (v: T) => string
  className?: string
  compact?: boolean
  mark?: string
}) {
  const { t } = useTranslation(['present', 'common'])
  if (compact && figure.status === 'not-published')
    // cn() does not merge Tailwind classes, so the compact size replaces the caller's instead of competing with it.
    return <span className="text-[28px] text-missing">{t('np')}</span>
  const derived = figure.status === 'derived'
  return (
    <FigureValue
      figure={figure}
      format={(v) => `${format(v)}${derived ? '*' : ''}${mark}`}
      className={className}
    />
  )
}
