/**
 * The words and number formats of a language as a `GridText`, for the grid builders (plain functions in
 * src/domain/export and the features' model/export-grid.ts), from the view's `useFormat()` and i18next.
 * Type imports only: it is part of the lazily loaded toolbar.
 * Example: gridTextOf(f, i18n).t('export:print') → '打印'; gridTextOf(f, i18n).score(58.1) → '58.10'
 */
import type { i18n as I18n } from 'i18next'
import type { GridText } from '../../domain/export/grid'
import type { Format } from '../../lib/format'

export function gridTextOf(f: Format, i18n: I18n): GridText {
  return {
    // Keys are built at run time (namespaced, e.g. 'rankings:col.rank'), so i18next's typed `t` is widened.
    t: (key, opts = {}) =>
      (i18n.t as unknown as (k: string, o: object) => string)(key, { lng: f.lang, ...opts }),
    score: f.score,
    signed: f.signed,
    quarter: f.quarter,
    section: f.section,
    district: f.district,
    flag: f.flag,
    list: f.list,
    date: f.date,
  }
}
