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

function fixedT(lng: string, ns: string | readonly string[] | undefined): unknown {
  const namespaces = ns === undefined ? ['common'] : typeof ns === 'string' ? [ns] : [...ns]
  const key = `${lng}|${namespaces.join(',')}`
  let t = fixed.get(key)
  if (t === undefined) {
    // `scopeNs` (the fallback namespaces) is i18next's, as react-i18next passes it; not in its types.
    const getFixedT = i18n.getFixedT as (...args: unknown[]) => unknown
    t = getFixedT.call(i18n, lng, namespaces[0], undefined, { scopeNs: namespaces })
    fixed.set(key, t)
  }
  return t
}

export const useTranslation = ((ns?: string | readonly string[]) => {
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
