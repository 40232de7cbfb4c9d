/**
 * Numbers, lists, dates and the assessment's names, worded through Intl and i18next in one place,
 * so a score reads 64.69 everywhere, a list reads 市南区、市北区和李沧区 in Chinese and a date
 * 2022年7月26日. Plain functions take the language; `useFormat()` binds the current one.
 */
import { useMemo } from 'react'
import type { FlagId, Lang, SectionOrOverall } from '../domain/model/ids'
import { parseQuarter, type QuarterId } from '../domain/model/quarter'
import { translate, useTranslation } from './use-translation'

const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined
  if (!f) {
    f = make()
    cache.set(key, f)
  }
  return f
}

/** The BCP 47 locale of a UI language (from its resources: zh → zh-CN). */
function localeOf(lang: Lang): string {
  return translate('locale', { lng: lang })
}

/** Example: formatNumber(3, 'zh') → '3'; formatNumber(64.6912, 'en', 2) → '64.69' */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  // Both UI languages write plain ASCII digits without grouping: a value that is exact at `digits`
  // decimals (every published score and rank) is written without Intl. Building the first
  // Intl.NumberFormat loads locale data, ~50 ms of the first view's hydration at CPU 4×.
  if (Number.isFinite(value) && !Object.is(value, -0) && Math.abs(value) < 1e15) {
    const scaled = value * 10 ** digits
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled)))
      return value.toFixed(digits)
  }
  const locale = localeOf(lang)
  return cached(
    `n:${locale}:${digits}`,
    () =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: false,
      }),
  ).format(value)
}

/** Scores are printed with two decimals in the notices. Example: formatScore(58.1, 'zh') → '58.10' */
export function formatScore(value: number, lang: Lang): string {
  return formatNumber(value, lang, 2)
}

/** A change with its sign; zero unsigned. Example: formatSigned(2, 'zh') → '+2'; formatSigned(-1.5, 'en', 2) → '−1.50' */
export function formatSigned(delta: number, lang: Lang, digits = 0): string {
  const locale = localeOf(lang)
  return cached(
    `s:${locale}:${digits}`,
    () =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: 'exceptZero',
        useGrouping: false,
      }),
  )
    .format(delta)
    .replace('-', '−')
}

/** How a conjunction list is joined: two items, and the separators of a longer one. */
const LIST_WORDS: Partial<Record<Lang, { pair: string; comma: string; last: string }>> = {
  zh: { pair: '和', comma: '、', last: '和' },
  en: { pair: ' and ', comma: ', ', last: ' and ' },
}

/** Example: formatList(['市南区', '市北区', '李沧区'], 'zh') → '市南区、市北区和李沧区' */
export function formatList(items: readonly string[], lang: Lang): string {
  // Written out for the two UI languages (tests/unit/lib/format.test.ts holds it to Intl's output):
  // building the first Intl.ListFormat loads locale data, ~25 ms of the first view at CPU 4×.
  const words = LIST_WORDS[lang]
  if (words) {
    if (items.length <= 1) return items[0] ?? ''
    if (items.length === 2) return `${items[0]}${words.pair}${items[1]}`
    return `${items.slice(0, -1).join(words.comma)}${words.last}${items.at(-1)}`
  }
  const locale = localeOf(lang)
  return cached(`l:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items)
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * An ISO calendar date (no time zone shift). Example: formatDate('2022-07-26', 'zh') → '2022年7月26日'
 * Written out directly for zh-CN and en-GB ("26 July 2022"), as Intl.DateTimeFormat's long date does
 * (tests/unit/lib/format.test.ts compares them): building the first formatter loads locale data, ~30 ms
 * of the first view's start at CPU 4×. An impossible day rolls over as the Date does (2022-02-30 → 3月2日).
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]
  if (year >= 1000 && year <= 9999 && (lang === 'zh' || lang === 'en'))
    return lang === 'zh' ? `${year}年${month + 1}月${day}日` : `${day} ${MONTHS_EN[month]} ${year}`
  const locale = localeOf(lang)
  return cached(
    `d:${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))))
}

/** Example: formatQuarter('2022Q2', 'zh') → '2022年二季度'; 'en' → 'Q2 2022' */
export function formatQuarter(id: QuarterId, lang: Lang): string {
  const { year, q } = parseQuarter(id)
  return translate('quarterLabel', { lng: lang, year, name: translate(`quarterName.${q}`, { lng: lang }) })
}

/** Example: sectionName('economy', 'zh') → '经济运行' */
export function sectionName(id: SectionOrOverall, lang: Lang): string {
  return translate(`sectionName.${id}`, { lng: lang })
}

/** Example: flagName('top', 'zh') → '真抓实干、勇当排头' */
export function flagName(id: FlagId, lang: Lang): string {
  return translate(`flagName.${id}`, { lng: lang })
}

/** A district's (or any named thing's) name in the UI language. Example: districtName(huangdao, 'en') → 'Huangdao' */
export function districtName(d: { name: string; nameEn: string }, lang: Lang): string {
  switch (lang) {
    case 'en':
      return d.nameEn
    case 'zh':
      return d.name
  }
}

/**
 * A text the data gives in Chinese and optionally in English, in the UI language (Chinese where
 * the data has no English). Example: dataText('成绩表以图片发布', undefined, 'en') → '成绩表以图片发布'
 */
export function dataText(chinese: string, english: string | undefined, lang: Lang): string {
  switch (lang) {
    case 'en':
      return english ?? chinese
    case 'zh':
      return chinese
  }
}

/** A moment (ISO date-time) in the reader's time zone. Example: formatDateTime('2026-12-02T01:30:00Z', 'zh') → '2026年12月2日 09:30' */
function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(d)
}

/**
 * A composite's maximum as the notices state it: the sections' weights, and a bonus item on top
 * (群众满意度加分项), not one number that reads as if the table were out of 101.
 * Example: splitMaxScore(101, [60, 20, 20], ['群众满意度加分项']) → { base: 100, bonus: 1 };
 * splitMaxScore(100, [60, 20, 20], []) → { base: 100, bonus: null }; a section weight unknown → the
 * stated maximum alone.
 */
export function splitMaxScore(
  weight: number,
  sectionWeights: readonly (number | null)[],
  bonusItems: readonly string[],
): { base: number; bonus: number | null } {
  if (!bonusItems.length || !sectionWeights.length || sectionWeights.some((w) => w === null))
    return { base: weight, bonus: null }
  const base = sectionWeights.reduce<number>((a, w) => a + (w ?? 0), 0)
  const bonus = Math.round((weight - base) * 100) / 100
  return bonus > 0 ? { base, bonus } : { base: weight, bonus: null }
}

/** The UI language, as the URL set it (see syncLanguage in lib/i18n.ts); re-renders when it changes. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation()
  return instance.language as Lang
}

/** The formatters above, bound to the current language. Example: const f = useFormat(); f.score(64.69) */
export function useFormat() {
  const lang = useLang()
  return useMemo(
    () => ({
      lang,
      number: (v: number, digits = 0) => formatNumber(v, lang, digits),
      score: (v: number) => formatScore(v, lang),
      signed: (v: number, digits = 0) => formatSigned(v, lang, digits),
      list: (items: readonly string[]) => formatList(items, lang),
      date: (iso: string) => formatDate(iso, lang),
      dateTime: (iso: string) => formatDateTime(iso, lang),
      quarter: (id: QuarterId) => formatQuarter(id, lang),
      section: (id: SectionOrOverall) => sectionName(id, lang),
      flag: (id: FlagId) => flagName(id, lang),
      district: (d: { name: string; nameEn: string }) => districtName(d, lang),
    }),
    [lang],
  )
}
export type Format = ReturnType<typeof useFormat>
