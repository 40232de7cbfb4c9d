/**
 * The app's `useTranslation`: react-i18next's hook, cut to what this app uses, with the same types.
 *
 * react-i18next's hook does per-component work on every mount: it copies every property of the i18next
 * instance into a wrapper object, builds a fixed `t`, and subscribes through a shim. A section or
 * quarter change mounts a few hundred cells that each ask for `t` (stars, changes, marks, links), and
 * that mount work was a fifth of the change's script time at CPU 4× (bench, "change the section").
 *
 * Here the language is one module-level store (i18next's `languageChanged`), the fixed `t` for a
 * language and namespace list is built once and shared, and a mount costs one subscription.
 * Behaviour kept from react-i18next: a component re-renders when the language changes (not when a
 * bundle is added, react-i18next's default too); `t` resolves in the first namespace listed and
 * falls back through the others (its default `nsMode`); `t` changes identity with the language, so
 * memos keyed on it follow. Not kept: Suspense while namespaces load — every namespace is bundled
 * with its feature's module and English is fetched before the switch (lib/i18n.ts), so a component
 * never renders before its strings are there.
 * Example: const { t } = useTranslation(['rankings', 'common'])
 */
import { useMemo, useSyncExternalStore } from 'react'
import type { useTranslation as reactUseTranslation } from 'react-i18next'
import { i18n } from './i18n'

const listeners = new Set<() => void>()
i18n.on('languageChanged', () => {
  for (const listener of listeners) listener()
})

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

const language = (): string => i18n.language

/** language + namespaces → the shared fixed t. */
const fixed = new Map<string, unknown>()

type RawT = (key: unknown, options?: unknown, ...rest: unknown[]) => unknown

/**
 * Translated strings, by t, key and flat options: a district page asks for the same few hundred
 * strings on every open (i18next resolves each through key parsing and regular expressions). Cleared
 * when a bundle is added or removed (a lazy feature's strings, English arriving), since that can change
 * what a key resolves to; bounded, since numbers in options make the keys open-ended.
 */
const results = new Map<RawT, Map<string, unknown>>()
const RESULTS_MAX = 20_000
let resultCount = 0
const clearResults = () => {
  results.clear()
  resultCount = 0
}
i18n.store.on('added', clearResults)
i18n.store.on('removed', clearResults)

/** The options as part of a cache key, or null when they are not flat primitives (not cached). */
function optionsKey(options: unknown): string | null {
  if (options === undefined) return ''
  if (typeof options === 'string') return `\u0001${options}`
  if (typeof options !== 'object' || options === null) return null
  let key = ''
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name]
    const type = typeof value
    if (value !== undefined && type !== 'string' && type !== 'number' && type !== 'boolean') return null
    key += `\u0001${name}\u0002${type}\u0002${String(value)}`
  }
  return key
}

function memoT(raw: RawT): RawT {
  const memo: RawT = (key, options, ...rest) => {
    const tail = rest.length === 0 && typeof key === 'string' ? optionsKey(options) : null
    if (tail === null) return raw(key, options, ...rest)
    const cacheKey = key + tail
    const cache = results.get(raw)
    if (cache?.has(cacheKey)) return cache.get(cacheKey)
    const value = raw(key, options)
    if (resultCount >= RESULTS_MAX) clearResults()
    const into = results.get(raw) ?? new Map<string, unknown>()
    results.set(raw, into)
    into.set(cacheKey, value)
    resultCount++
    return value
  }
  return Object.assign(memo, raw)
}

function fixedT(lng: string, ns: string | readonly string[] | undefined): unknown {
  const namespaces = ns === undefined ? ['common'] : typeof ns === 'string' ? [ns] : [...ns]
  const key = `${lng}|${namespaces.join(',')}`
  let t = fixed.get(key)
  if (t === undefined) {
    // `scopeNs` (the fallback namespaces) is i18next's, as react-i18next passes it; not in its types.
    const getFixedT = i18n.getFixedT as (...args: unknown[]) => unknown
    t = memoT(getFixedT.call(i18n, lng, namespaces[0], undefined, { scopeNs: namespaces }) as RawT)
    fixed.set(key, t)
  }
  return t
}

export const useTranslation = ((ns?: string | readonly string[], options?: object) => {
  // react-i18next's options (keyPrefix, lng, a separate instance) are not implemented: say so at once.
  if (options !== undefined) throw new Error('useTranslation (src/lib/use-translation.ts) takes no options')
  const lng = useSyncExternalStore(subscribe, language, language)
  const t = fixedT(lng, ns)
  return useMemo(() => {
    const result = [t, i18n, true] as unknown[] & { t?: unknown; i18n?: unknown; ready?: boolean }
    result.t = t
    result.i18n = i18n
    result.ready = true
    return result
  }, [t])
}) as unknown as typeof reactUseTranslation

/**
 * i18next's own `t`, with the same result cache: for plain functions that word things outside a
 * component (lib/format.ts asks for the locale on every number it formats).
 * Example: translate('sectionName.economy', { lng: 'zh' }) → '经济运行'
 */
export const translate = memoT(i18n.t.bind(i18n) as unknown as RawT) as unknown as typeof i18n.t
