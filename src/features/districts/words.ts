/**
 * How the district pages word the facts their models return: flags' provenance, reason codes of
 * unavailable tables, the median's rule, a change's arithmetic. One helper per idea, so the
 * header, the history table, the compare view and the index say the same thing the same way.
 */
import { useMemo } from 'react'
import { ruleText } from '../../components/status-mark'
import type { Figure } from '../../domain/model/figure'
import { type Change, isDerivedChange } from '../../domain/rules/change'
import type { FlagView } from '../../domain/tables/ranking-table'
import type { Format } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import type { Median } from './model/section-breakdown'

/** `t` of a district component: this feature's keys, and `common:` ones. */
export type DistrictsT = ReturnType<typeof useTranslation<['districts', 'common']>>['t']

/**
 * The words behind a flag badge, bound to the page's language: `note` is a published flag's
 * quoted sentence (or the data file's reason), or for a derived flag the rule (zh '按规则：综合成绩居前2位');
 * `title` adds, for a derived flag, the facts the rule was applied to.
 */
export function useFlagWords() {
  const { t } = useTranslation(['districts', 'common'])
  const { t: tc } = useTranslation()
  return useMemo(() => {
    const note = (flag: FlagView): string =>
      flag.provenance.status === 'derived'
        ? ruleText(flag.provenance, tc)
        : (flag.provenance.quote ?? flag.reason)
    const title = (flag: FlagView): string =>
      flag.provenance.status === 'derived'
        ? t('common:labelled', { label: note(flag), text: flag.provenance.inputs.join(t('inputSep')) })
        : note(flag)
    return { note, title }
  }, [t, tc])
}

/** Reason codes of tableAvailability become words; anything else is the data file's own text. */
export function reasonText(reason: string | null, t: DistrictsT): string {
  switch (reason) {
    case null:
      return ''
    case 'quarter-missing':
      return t('quarterMissing')
    case 'sections-unknown':
      return t('sectionsUnknown')
    case 'section-missing':
      return t('sectionMissing')
    default:
      return reason
  }
}

/** A section's maximum score as the notices print it (60, or 7.5 where a weight has a fraction). */
export function weightText(weight: number, f: Format): string {
  return f.number(weight, Number.isInteger(weight) ? 0 : 2)
}

/**
 * The median fact as a derived figure for FigureValue, its rule and inputs worded here.
 * Example (zh, 10 districts): rule '10个区市得分的中位数（第5、6高得分的平均）', inputs ['第5高得分 19.01', …];
 * (en) "median of the 10 districts' scores (mean of the 5th and 6th highest)".
 */
export function medianFigure(m: Median, t: DistrictsT, f: Format): Figure<number> {
  const nth = (n: number) => t('nth', { count: n, ordinal: true })
  const [a, b] = m.picked
  const rule =
    a && b
      ? t('medianRuleEven', {
          total: m.total,
          a: a.place,
          b: b.place,
          aNth: nth(a.place),
          bNth: nth(b.place),
        })
      : t('medianRuleOdd', { total: m.total, place: a?.place, placeNth: a ? nth(a.place) : '' })
  return {
    status: 'derived',
    value: m.value,
    rule,
    inputs: m.picked.map((p) =>
      t('medianInput', { place: p.place, placeNth: nth(p.place), score: f.score(p.score) }),
    ),
    sources: m.sources,
  }
}

/**
 * The status of a rank change as a figure, so StatusMark shows it like any other number: stated
 * in a source, or computed (with the arithmetic worded in the page's language).
 */
export function changeFigure(c: Change, t: DistrictsT, f: Format): Figure<number> {
  if (c.kind === 'unknown') return { status: 'not-published' }
  // The same rule as the ▲▼ mark (change.ts isDerivedChange), so the card and the tables agree.
  if (!isDerivedChange(c)) return { status: 'published', value: c.delta, sources: [] }
  const rank = (v: number | null) => (v === null ? '?' : f.number(v))
  if (c.atLeast)
    return {
      status: 'derived',
      value: c.delta,
      rule: t('changeRuleAtLeast', { n: c.delta }),
      inputs: [t('changeInputFlag'), t('changeInputPrevious', { q: c.baseline, rank: rank(c.from) })],
      sources: [],
    }
  return {
    status: 'derived',
    value: c.delta,
    rule: t('changeRule'),
    inputs: [
      t('changeInputPrevious', { q: c.baseline, rank: rank(c.from) }),
      t('changeInputThis', { rank: rank(c.to) }),
    ],
    sources: [],
  }
}
