/** `useFormat()`'s object for a language, outside React (the unit tests have no component tree). */
import type { Lang } from '../../../src/domain/model/ids'
import {
  districtName,
  type Format,
  flagName,
  formatDate,
  formatList,
  formatNumber,
  formatQuarter,
  formatScore,
  formatSigned,
  sectionName,
} from '../../../src/lib/format'

export function formatterFor(lang: Lang): Format {
  return {
    lang,
    number: (v, digits = 0) => formatNumber(v, lang, digits),
    score: (v) => formatScore(v, lang),
    signed: (v, digits = 0) => formatSigned(v, lang, digits),
    list: (items) => formatList(items, lang),
    date: (iso) => formatDate(iso, lang),
    dateTime: (iso) => iso,
    quarter: (id) => formatQuarter(id, lang),
    section: (id) => sectionName(id, lang),
    flag: (id) => flagName(id, lang),
    district: (d) => districtName(d, lang),
  }
}
