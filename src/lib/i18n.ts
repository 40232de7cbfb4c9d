/**
 * i18next, Chinese first: the one text pipeline. Every user-visible string is a key in a namespace
 * (`common` here, one per feature registered with `addFeatureStrings` when the feature's module
 * loads, so a lazy view brings its own strings). Keys are typed from the Chinese resources
 * (src/app/i18next.d.ts) and each English object must have the same shape (`Strings<typeof zh>`),
 * so a missing English string fails to compile.
 *
 * The URL is the only writer of the language (`lang=en`): `syncLanguage` runs before the first
 * render and on every navigation; components read it back with `useLang()`.
 */
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LANGS, type Lang } from '../domain/model/ids'
import { parseGlobal } from '../domain/url/params'
import { en as commonEn, zh as commonZh } from './i18n-common'

/** The shape a translation must have: the same keys as the Chinese original, any strings. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

void i18n.use(initReactI18next).init({
  resources: { zh: { common: commonZh }, en: { common: commonEn } },
  lng: LANGS[0],
  fallbackLng: LANGS[0],
  supportedLngs: [...LANGS],
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

/** Registers a feature's strings under its own namespace. Example: addFeatureStrings('rankings', zh, en) */
export function addFeatureStrings<T extends object>(ns: string, zh: T, en: Strings<T>): void {
  i18n.addResourceBundle('zh', ns, zh, true, true)
  i18n.addResourceBundle('en', ns, en, true, true)
}

/**
 * Sets the i18next language from a URL search string (`?lang=en&…`), synchronously (resources are
 * bundled), so the first render is already in the right language. Example: syncLanguage('?lang=en')
 */
export function syncLanguage(search: string): Lang {
  const { lang } = parseGlobal(new URLSearchParams(search))
  if (i18n.language !== lang) void i18n.changeLanguage(lang)
  return lang
}

/** The search part of a hash route (`#/rankings?lang=en` → `?lang=en`). */
export function hashSearch(hash: string): string {
  const i = hash.indexOf('?')
  return i < 0 ? '' : hash.slice(i)
}

export { i18n }
