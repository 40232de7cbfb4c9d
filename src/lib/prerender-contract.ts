/**
 * What the build's prerendered views (vite.config.ts `prerenderViews`, scripts/prerender.tsx) and the
 * page agree on. The page carries, after `<div id="root">`:
 *
 *   <script type="application/json" id="leitai-prerender">{"data":{manifest, files}|null,"views":{"<key>":"<html>",…}}</script>
 *   <script>(choosePrerendered)(…)</script>
 *
 * The inline script runs while the page is parsed, before any module: when the URL is a prerendered
 * view (a rankings link with no parameter but `quarter` and `section`), it puts that view's markup into
 * #root, so the table is in the first paint; main.tsx then hydrates it with the same data (`data`, or the
 * offline page's data block when null). Any other URL renders on the client as before.
 */

export const PRERENDER_ID = 'leitai-prerender'
export const VIEW_CLASS = 'leitai-view'
/** localStorage key set while this browser holds local quarters (local-layer.ts): never prerendered. */
export const LOCAL_HINT = 'leitai.local-layer'

/**
 * The view key of a location hash, or null when the URL is not one that can be prerendered.
 * Examples: '#/rankings?section=economy&quarter=2022Q2' → 'quarter=2022Q2&section=economy';
 * '' and '#/' → '' (the bare link is the default rankings view); '#/rankings?lang=en' → null.
 * Self-contained (no imports, no closures): the build inlines its source into the page.
 */
export function prerenderKey(hash: string): string | null {
  const q = hash.indexOf('?')
  const path = q < 0 ? hash.slice(1) : hash.slice(1, q)
  if (path !== '' && path !== '/' && path !== '/rankings') return null
  const parts: string[] = []
  let ok = true
  new URLSearchParams(q < 0 ? '' : hash.slice(q + 1)).forEach((value, name) => {
    if ((name !== 'quarter' && name !== 'section') || value === '') ok = false
    parts.push(`${name}=${value}`)
  })
  return ok ? parts.sort().join('&') : null
}

/**
 * Runs in the page (inlined by the build, with prerenderKey): inserts the prerendered markup for this
 * URL, and makes a bare link the rankings route it shows (as the router's redirect would).
 */
export function choosePrerendered(
  keyOf: (hash: string) => string | null,
  viewClass: string,
  localHint: string,
): void {
  const root = document.getElementById('root')
  if (!root) return
  try {
    if (localStorage.getItem(localHint) !== null) return
  } catch {
    return
  }
  const key = keyOf(location.hash)
  if (key === null) return
  let view: Element | undefined
  for (const el of document.getElementsByClassName(viewClass))
    if (el.getAttribute('data-key') === key) view = el
  if (!view) return
  const html = JSON.parse(view.textContent ?? '""') as string
  const hash = location.hash
  const q = hash.indexOf('?')
  if (!hash.startsWith('#/rankings'))
    history.replaceState(history.state, '', `#/rankings${q < 0 ? '' : hash.slice(q)}`)
  root.innerHTML = html
  root.setAttribute('data-prerendered', key)
}
