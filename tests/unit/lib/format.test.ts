import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SECTION_OR_OVERALL_IDS } from '../../../src/domain/model/ids'
import {
  flagName,
  formatDate,
  formatList,
  formatNumber,
  formatQuarter,
  formatScore,
  formatSigned,
  sectionName,
} from '../../../src/lib/format'

describe('formatQuarter', () => {
  it.each([
    ['2022Q1', 'zh', '2022年一季度'],
    ['2022Q2', 'zh', '2022年二季度'],
    ['2022Q3', 'zh', '2022年三季度'],
    ['2022Q4', 'zh', '2022年四季度'],
    ['2023Q1', 'en', 'Q1 2023'],
    ['2023Q3', 'en', 'Q3 2023'],
  ] as const)('%s in %s → %s', (id, lang, label) => {
    expect(formatQuarter(id, lang)).toBe(label)
  })
})

describe('formatScore and formatSigned', () => {
  it.each([
    [3, 0, '3'],
    [64.6912, 2, '64.69'],
    [1234, 0, '1234'],
  ])('formatNumber(%s, digits %s) → %s (no grouping: ranks and scores are short)', (v, digits, out) => {
    expect(formatNumber(v, 'zh', digits)).toBe(out)
    expect(formatNumber(v, 'en', digits)).toBe(out)
  })

  it.each([
    [58.1, '58.10'],
    [64.6912, '64.69'],
    [0, '0.00'],
    [100, '100.00'],
  ])('formatScore(%s) → %s in both languages', (v, out) => {
    expect(formatScore(v, 'zh')).toBe(out)
    expect(formatScore(v, 'en')).toBe(out)
  })

  it.each([
    [2, 0, '+2'],
    [-3, 0, '−3'],
    [0, 0, '0'],
    [1.5, 2, '+1.50'],
    [-0.25, 2, '−0.25'],
  ])('formatSigned(%s, digits %s) → %s', (v, digits, out) => {
    expect(formatSigned(v, 'zh', digits)).toBe(out)
  })
})

describe('formatList', () => {
  it('joins Chinese names with 、 and 和', () => {
    expect(formatList(['市南区', '市北区', '李沧区'], 'zh')).toBe('市南区、市北区和李沧区')
    expect(formatList(['市南区', '市北区'], 'zh')).toBe('市南区和市北区')
    expect(formatList(['市南区'], 'zh')).toBe('市南区')
  })
  it('joins English names with commas and "and"', () => {
    expect(formatList(['Shinan', 'Shibei', 'Licang'], 'en')).toBe('Shinan, Shibei and Licang')
  })
})

describe('formatDate', () => {
  it('writes 2022年7月26日 in Chinese and a day-month-year date in English, with no time-zone shift', () => {
    expect(formatDate('2022-07-26', 'zh')).toBe('2022年7月26日')
    expect(formatDate('2022-07-26', 'en')).toBe('26 July 2022')
    expect(formatDate('2023-01-01', 'zh')).toBe('2023年1月1日')
  })
  it('leaves a non-ISO string as it is', () => {
    expect(formatDate('soon', 'zh')).toBe('soon')
  })
})

describe('names of the vocabulary', () => {
  it('every section and the composite has a name in each language', () => {
    for (const id of SECTION_OR_OVERALL_IDS) {
      expect(sectionName(id, 'zh')).not.toBe(`sectionName.${id}`)
      expect(sectionName(id, 'en')).not.toMatch(/[\u4e00-\u9fff]/)
    }
    expect(sectionName('overall', 'zh')).toBe('综合成绩')
    expect(sectionName('economy', 'en')).toBe('Economy')
  })
  it('flags carry their official names', () => {
    expect(flagName('top', 'zh')).toBe('真抓实干、勇当排头')
    expect(flagName('rise', 'zh')).toBe('加压奋进、进位赶超')
    expect(flagName('rise', 'en')).toBe('Pressing ahead, climbing the ranks')
  })
})

describe('formatNumber without Intl (the fast path for exact values)', () => {
  const intl = (v: number, lang: 'zh' | 'en', digits: number) =>
    new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    }).format(v)

  it('writes what Intl writes, for values exact at the digits asked and for values that are not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<'zh' | 'en'>('zh', 'en'),
        (n, scale, digits, lang) => {
          const v = n / 10 ** scale
          expect(formatNumber(v, lang, digits)).toBe(intl(v, lang, digits))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it.each([
    [64.69, 2, '64.69'],
    [58.1, 2, '58.10'],
    [-0, 0, '-0'],
    [0.125, 2, '0.13'],
    [1e21, 0, '1000000000000000000000'],
  ])('%s with %s digits → %s', (v, digits, out) => {
    expect(formatNumber(v, 'zh', digits)).toBe(out)
  })
})

describe('formatDate without Intl', () => {
  it('writes what Intl.DateTimeFormat writes for the long date, days that roll over included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom<'zh' | 'en'>('zh', 'en'),
        (y, mo, d, lang) => {
          const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          const intl = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            timeZone: 'UTC',
          }).format(new Date(Date.UTC(y, mo - 1, d)))
          expect(formatDate(iso, lang)).toBe(intl)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('formatList without Intl', () => {
  it.each(['zh', 'en'] as const)('joins 0–6 items as Intl.ListFormat does (%s)', (lang) => {
    const intl = new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { type: 'conjunction' })
    const names = ['市南区', 'Shibei', '李沧区', 'Laoshan', '黄岛区', 'Chengyang']
    for (let n = 0; n <= names.length; n++) {
      const items = names.slice(0, n)
      expect(formatList(items, lang)).toBe(intl.format(items))
    }
  })
})
