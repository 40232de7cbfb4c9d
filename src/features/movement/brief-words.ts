/**
 * Words for the movers brief: each summary fact (model/movers.ts) becomes one sentence in the UI
 * language. Plain functions over a fixed-language `t`, so the wording is tested without React.
 * Example (zh, real 2022Q2): { kind: 'riseFlag', district: 市南区, places: 2, status: 'published' }
 *   → '市南区综合成绩较一季度上升2位，获“加压奋进、进位赶超”红旗。'
 */
import type { Lang } from '../../domain/model/ids'
import { parseQuarter, type QuarterId } from '../../domain/model/quarter'
import type { District, SectionOrOverall } from '../../domain/model/schema'
import { districtName, formatList, formatQuarter, sectionName } from '../../lib/format'
import { i18n } from '../../lib/i18n'
import { translate } from '../../lib/use-translation'
import type { MoversBrief, SummaryFact } from './model/movers'
import './i18n'

export type SummaryLine = { text: string; derived: boolean }

/**
 * The baseline as a Chinese notice says it: within the same year just the quarter (较一季度),
 * across a year boundary with its year (较2022年四季度). English always names it in full.
 * Example: baselineWord('2022Q1', '2022Q2', 'zh') → '一季度'
 */
export function baselineWord(baseline: QuarterId, quarter: QuarterId, lang: Lang): string {
  const b = parseQuarter(baseline)
  const t = i18n.getFixedT(lang, 'movement')
  return b.year === parseQuarter(quarter).year
    ? t('brief.baselineSameYear', {
        name: translate(`quarterName.${b.q}`, { lng: lang }),
        full: formatQuarter(baseline, lang),
      })
    : formatQuarter(baseline, lang)
}

/** Every line of a brief's summary, worded. */
export function summaryLines(brief: MoversBrief, lang: Lang): SummaryLine[] {
  const t = i18n.getFixedT(lang, 'movement')
  const names = (ds: readonly District[]) =>
    formatList(
      ds.map((d) => districtName(d, lang)),
      lang,
    )
  const b = baselineWord(brief.baseline, brief.quarter, lang)
  const partly = (derived: boolean) => (derived ? t('brief.s.partlyDerived') : '')
  const subject = (section: SectionOrOverall) =>
    section === 'overall'
      ? t('brief.s.compositeRank')
      : t('brief.s.sectionRank', { section: sectionName(section, lang) })
  const flag = (id: 'top' | 'rise') => translate(`flagName.${id}`, { lng: lang })
  const rule = (id: 'top' | 'rise') => translate(`flagRule.${id}`, { lng: lang })

  const word = (f: SummaryFact): string => {
    switch (f.kind) {
      case 'topFlag':
        return f.status === 'published'
          ? t('brief.s.topFlag', { names: names(f.districts), flag: flag('top') })
          : t('brief.s.topFlagByRule', { names: names(f.districts), flag: flag('top'), rule: rule('top') })
      case 'riseFlag':
        if (f.atLeast)
          return t('brief.s.riseFlagAtLeast', {
            name: districtName(f.district, lang),
            n: f.places,
            baseline: b,
            flag: flag('rise'),
          })
        return f.status === 'published'
          ? t('brief.s.riseFlag', {
              name: districtName(f.district, lang),
              n: f.places,
              baseline: b,
              flag: flag('rise'),
              partly: partly(f.fromDerivedInput),
            })
          : t('brief.s.riseFlagByRule', {
              name: districtName(f.district, lang),
              n: f.places,
              baseline: b,
              flag: flag('rise'),
            })
      case 'riseFlagWithoutChange':
        return t('brief.s.riseFlagWithoutChange', { names: names(f.districts), flag: flag('rise') })
      case 'tableUnchanged':
        return t('brief.s.unchanged', { subject: subject(f.section), baseline: b })
      case 'tableBiggest': {
        const parts = [
          f.rise && t('brief.s.biggestRise', { names: names(f.rise.districts), n: f.rise.places }),
          f.fall && t('brief.s.biggestFall', { names: names(f.fall.districts), n: f.fall.places }),
        ].filter((x): x is string => Boolean(x))
        return t('brief.s.biggest', {
          subject: subject(f.section),
          baseline: b,
          parts: parts.join(t('brief.s.partSeparator')),
          partly: partly(f.derived),
        })
      }
      case 'tablePartial': {
        const moved = f.moved.map((m) =>
          m.delta > 0
            ? t(m.atLeast ? 'brief.s.moverUpAtLeast' : 'brief.s.moverUp', {
                name: districtName(m.district, lang),
                n: m.delta,
              })
            : t('brief.s.moverDown', { name: districtName(m.district, lang), n: -m.delta }),
        )
        if (f.unchanged.length) moved.push(t('brief.s.moversUnchanged', { names: names(f.unchanged) }))
        return t('brief.s.partial', {
          subject: subject(f.section),
          baseline: b,
          changes: moved.join(t('brief.s.changeSeparator')),
          partly: partly(f.derived),
          unknown: f.unknown,
        })
      }
      case 'topThreeSame':
        return t('brief.s.topThreeSame', {
          baseline: b,
          names: names(f.districts),
          partly: partly(f.derived),
        })
      case 'topThreeChanged': {
        const parts = [
          f.entered.length > 0 && t('brief.s.topThreeEntered', { names: names(f.entered) }),
          f.exited.length > 0 && t('brief.s.topThreeExited', { names: names(f.exited) }),
        ].filter((x): x is string => Boolean(x))
        return t('brief.s.topThreeChanged', {
          parts: parts.join(t('brief.s.partSeparator')),
          partly: partly(f.derived),
        })
      }
    }
  }
  return brief.summary.map((f) => ({ text: word(f), derived: f.derived }))
}
