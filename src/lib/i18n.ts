/**
 * i18next, Chinese first: the one text pipeline. Every user-visible string is a key in a namespace
 * (`common` here, one per feature registered with `addFeatureStrings` when the feature's module
 * loads, so a lazy view brings its own strings). Keys are typed from the Chinese resources
 * (src/app/i18next.d.ts) and each English object must have the same shape (`Strings<typeof zh>`),
 * so a missing English string fails to compile.
 *
 * The URL is the only writer of the language (`lang=en`): `syncLanguage` runs before the first
 * render and on every navigation; components read it back with `useLang()`.
 *
 * The first view's English (the shared strings and the rankings') is not bundled with it: it is a
 * loader, fetched the first time the page is in English (`loadLanguage`), so the Chinese first view
 * does not carry a dictionary it does not show. Until it has arrived the language stays as it was, so
 * no frame shows keys or a mix of the two; start.tsx awaits it before the first render.
 */
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LANGS, type Lang } from '../domain/model/ids'
import { parseGlobal } from '../domain/url/params'
import { zh as commonZh } from './i18n-common'

/** The shape a translation must have: the same keys as the Chinese original, any strings. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

void i18n.use(initReactI18next).init({
  resources: { zh: { common: commonZh } },
  // English namespaces arrive as bundles (addFeatureStrings, loadLanguage), not from a backend.
  partialBundledLanguages: true,
  lng: LANGS[0],
  fallbackLng: LANGS[0],
  supportedLngs: [...LANGS],
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

type English<T> = Strings<T> | (() => Promise<Strings<T>>)

/** English namespaces not fetched yet: namespace → loader. */
const englishLoaders = new Map<string, () => Promise<object>>()
englishLoaders.set('common', () => import('./i18n-common-en').then((m) => m.en))

/**
 * Registers a feature's strings under its own namespace; the English as an object, or as a loader
 * for a namespace of the first view (fetched by loadLanguage).
 * Example: addFeatureStrings('rankings', zh, en); addFeatureStrings('rankings', zh, () => import('./i18n-en').then((m) => m.en))
 */
export function addFeatureStrings<T extends object>(ns: string, zh: T, en: English<T>): void {
  i18n.addResourceBundle('zh', ns, zh, true, true)
  if (typeof en !== 'function') {
    i18n.addResourceBundle('en', ns, en, true, true)
    return
  }
  englishLoaders.set(ns, en)
  // Registered while the page is already in English (a module evaluated late): fetch it now.
  if (i18n.language !== LANGS[0]) void setLanguage(i18n.language as Lang)
}

/** The fetches of English under way (settled when `loading` is 0). */
let inFlight: Promise<void> = Promise.resolve()
let loading = 0

/**
 * Fetches what `lang` still lacks (only English has loaders). A fetch that fails (a chunk missing
 * after a redeploy, a dropped connection) puts its loaders back, so the next switch tries again.
 * Example: await loadLanguage('en')
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === LANGS[0] || englishLoaders.size === 0) return inFlight
  const pending = [...englishLoaders]
  englishLoaders.clear()
  loading++
  const batch = Promise.all(pending.map(([, load]) => load()))
    .then((bundles) => {
      pending.forEach(([ns], i) => {
        i18n.addResourceBundle(lang, ns, bundles[i], true, true)
      })
    })
    .catch((error: unknown) => {
      for (const [ns, load] of pending) if (!englishLoaders.has(ns)) englishLoaders.set(ns, load)
      throw error
    })
    .finally(() => {
      loading--
    })
  inFlight = Promise.all([inFlight, batch]).then(() => undefined)
  return inFlight
}

/** The language last asked for: a slow fetch of English never overrides a later switch back. */
let wanted: Lang = LANGS[0]

/**
 * Switches to `lang` once its strings are here: synchronously when they are (so a render right after
 * is already in it), else after loadLanguage; if they cannot be fetched the page stays in the language
 * it had. Resolves when the switch is done. Example: await setLanguage('en')
 */
export function setLanguage(lang: Lang): Promise<void> {
  wanted = lang
  const change = async () => {
    if (wanted === lang && i18n.language !== lang) await i18n.changeLanguage(lang)
  }
  if (lang === LANGS[0] || (englishLoaders.size === 0 && loading === 0)) return change()
  return loadLanguage(lang).then(change, (error: unknown) => {
    console.warn(`Leitai: the ${lang} strings could not be loaded; staying in ${i18n.language}`, error)
  })
}

/**
 * Sets the i18next language from a URL search string (`?lang=en&…`): synchronously where its strings
 * are loaded (always for Chinese; for English after the first load), so a navigation paints in the
 * new language at once. Example: syncLanguage('?lang=en')
 */
export function syncLanguage(search: string): Lang {
  const { lang } = parseGlobal(new URLSearchParams(search))
  if (i18n.language !== lang || wanted !== lang) void setLanguage(lang)
  return lang
}

/** The search part of a hash route (`#/rankings?lang=en` → `?lang=en`). */
export function hashSearch(hash: string): string {
  const i = hash.indexOf('?')
  return i < 0 ? '' : hash.slice(i)
}

export { i18n }
