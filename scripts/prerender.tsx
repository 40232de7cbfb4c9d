/**
 * Build step (vite.config.ts `prerenderViews`): renders views of the app to markup, with the same App,
 * the same Preact build of React's API and the same seeded data the browser hydrates with
 * (src/lib/prerender-seed.ts). Bundled by Vite for Node (every dependency inlined, so the Preact alias
 * applies to them too) and run in a jsdom window the caller puts on globalThis.
 *
 * The markup is taken right after the first render, before any effect runs: that is exactly what the
 * browser's first render produces while hydrating, so the two match node for node.
 */
import { createRoot } from 'react-dom/client'
import { App, createAppHistory } from '../src/app/app'
import { hashSearch, syncLanguage } from '../src/lib/i18n'
import { type SeedData, seedQueries } from '../src/lib/prerender-seed'
import { createQueryClient } from '../src/lib/query-client'

/** Example: renderViews({ '': '#/rankings', 'quarter=2022Q2&section=economy': '#/rankings?…' }, seed) → { key: html } */
export function renderViews(hashes: Record<string, string>, data: SeedData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, hash] of Object.entries(hashes)) {
    window.location.hash = hash
    syncLanguage(hashSearch(hash))
    const container = document.createElement('div')
    document.body.append(container)
    const queryClient = createQueryClient()
    seedQueries(queryClient, data)
    const root = createRoot(container)
    root.render(<App history={createAppHistory(window)} queryClient={queryClient} />)
    const html = container.innerHTML
    root.unmount()
    container.remove()
    queryClient.clear()
    if (!html.includes('<table'))
      throw new Error(`prerender: ${hash} rendered no table:\n${html.slice(0, 500)}`)
    out[key] = html
  }
  return out
}
