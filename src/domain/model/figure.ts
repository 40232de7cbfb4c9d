/**
 * A figure on screen is published (with sources), derived (with its rule and inputs) or not
 * published. The UI renders all three distinctly; "not published" is never a number.
 */
import type { Provenance } from './schema'

export type Figure<T> =
  | { status: 'published'; value: T; sources: string[]; quote?: string }
  | {
      status: 'derived'
      value: T
      /** The rule as stated (in the data's language, Chinese); `ruleId` names the app's own rules. */
      rule: string
      inputs: string[]
      sources: string[]
      ruleId?: RuleId
    }
  | { status: 'not-published' }

/**
 * Rules the app itself applies to derive a figure; the UI words each one in its language
 * (`rule.<id>` in the common strings). Rules written in a data file carry only their text.
 */
export const RULE_IDS = [
  'rankFromRise',
  'rankFromPrevious',
  'rankFromScores',
  'topFlag',
  'riseFlag',
  'starsSum',
] as const
export type RuleId = (typeof RULE_IDS)[number]

export type KnownFigure<T> = Exclude<Figure<T>, { status: 'not-published' }>

export const NOT_PUBLISHED = { status: 'not-published' } as const

/**
 * A figure from a value and the provenance it was published or derived with. Field by field, not
 * `{ ...provenance, value }`: object spread is several times slower, and a county-scale dataset
 * builds hundreds of thousands of these. Example: withValue({ status: 'published', sources: ['s'] }, 5)
 */
export function withValue<T>(p: Provenance, value: T): Figure<T> {
  if (p.status === 'published')
    return p.quote === undefined
      ? { status: 'published', value, sources: p.sources }
      : { status: 'published', value, sources: p.sources, quote: p.quote }
  const f: Figure<T> = { status: 'derived', value, rule: p.rule, inputs: p.inputs, sources: p.sources }
  if (p.ruleId !== undefined) f.ruleId = p.ruleId
  return f
}

/** Example: figureValue({ status: 'published', value: 5, sources: [] }) → 5; not published → null */
export function figureValue<T>(f: Figure<T> | undefined): T | null {
  return f && f.status !== 'not-published' ? f.value : null
}
