/**
 * Every namespace has the same keys and the same {{placeholders}} in Chinese and English (the
 * types check the keys at compile time; this also checks placeholders and empty strings), and
 * English strings carry no Chinese except where a key below says why, and quote with ASCII marks.
 */
import { describe, expect, it } from 'vitest'
import * as exporter from '../../src/components/export/i18n'
import * as districts from '../../src/features/districts/i18n'
import * as importer from '../../src/features/import/i18n'
import * as movement from '../../src/features/movement/i18n'
import * as news from '../../src/features/news/i18n'
import * as present from '../../src/features/present/i18n'
import * as presentStart from '../../src/features/present/start-i18n'
import { zh as rankingsZh } from '../../src/features/rankings/i18n'
import { en as rankingsEn } from '../../src/features/rankings/i18n-en'
import * as rules from '../../src/features/rules/i18n'
import { zh as commonZh } from '../../src/lib/i18n-common'
import { en as commonEn } from '../../src/lib/i18n-common-en'

// The first view's English is a module of its own (fetched only for lang=en).
const NAMESPACES = {
  common: { zh: commonZh, en: commonEn },
  rankings: { zh: rankingsZh, en: rankingsEn },
  movement,
  districts,
  news,
  present,
  presentStart,
  import: importer,
  rules,
  export: exporter,
}

/** English strings that show Chinese on purpose (a name or mark the reader needs to recognise). */
const CHINESE_IN_ENGLISH: Record<string, RegExp> = {
  'common:dataset.demo': /^DEMO data 示例数据$/, // the demo mark is bilingual by design
  'common:lang.switchTo': /^中文$/, // the language switch names its target in that language
  'news:searchPlaceholder': /^e\.g\. [^a-z]+$/, // examples of what to search for are Chinese names and terms in the data
  // The clerk writes the caption in Chinese, as the notice does: the example must be what to type.
  'import:problem.unnamed-section': /“经济运行（权重60分）”/,
}

function leaves(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else if (v && typeof v === 'object') for (const [kk, vv] of leaves(v, key)) out.set(kk, vv)
  }
  return out
}

/** Keys whose languages use different values on purpose (the call passes both). */
const PLACEHOLDER_EXCEPTIONS: Record<string, string> = {
  // English ordinals (5th, 6th) are passed as their own values; Chinese writes 第5.
  'districts:medianRuleOdd': 'English ordinal',
  'districts:medianRuleEven': 'English ordinals',
  'districts:medianInput': 'English ordinal',
  'districts:nameWithAlias':
    'the Chinese alias (西海岸新区) means nothing to an English reader, so English leaves it out',
  'movement:brief.baselineSameYear':
    'Chinese drops the year within the same year (较一季度); English names it in full',
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort()
const HAN = /[\u3400-\u9fff]/
const CURLY = /[\u2018\u2019\u201c\u201d]/
const QUOTED_CHINESE = /\u201c[^\u201d]*[\u3400-\u9fff][^\u201d]*\u201d/g

describe.each(Object.entries(NAMESPACES))('namespace %s', (ns, { zh, en }) => {
  const z = leaves(zh)
  const e = leaves(en)

  it('has the same keys in zh and en', () => {
    expect([...e.keys()].sort()).toEqual([...z.keys()].sort())
  })

  it('has the same placeholders in zh and en, and no empty string', () => {
    for (const [key, zhText] of z) {
      const enText = e.get(key) ?? ''
      expect(zhText.trim(), `${ns}:${key} (zh)`).not.toBe('')
      expect(enText.trim(), `${ns}:${key} (en)`).not.toBe('')
      if (!PLACEHOLDER_EXCEPTIONS[`${ns}:${key}`])
        expect(placeholders(enText), `${ns}:${key}`).toEqual(placeholders(zhText))
    }
  })

  it('English strings are in English', () => {
    const offenders = [...e].filter(([key, text]) => {
      const allowed = CHINESE_IN_ENGLISH[`${ns}:${key}`]
      return allowed ? !allowed.test(text) : HAN.test(text)
    })
    expect(offenders).toEqual([])
  })

  // The app's fonts are CJK-first, and they draw “ ” ‘ ’ full-width: "the district’ s" with a gap.
  // A Chinese term quoted inside English keeps its Chinese marks (it is Chinese text).
  it('English strings use ASCII quotes and apostrophes', () => {
    const offenders = [...e].filter(([, text]) => CURLY.test(text.replace(QUOTED_CHINESE, '')))
    expect(offenders).toEqual([])
  })
})
