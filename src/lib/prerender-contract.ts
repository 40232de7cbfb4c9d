/**
 * What the build's prerendered views (vite.config.ts `prerenderViews`, scripts/prerender.tsx) and the
 * page agree on. The page carries:
 *
 *   <head> … <script src="prerender-gate-….js"></script>        (waitForChooser: hides #root until chosen)
 *   <div id="root" data-prerendered="">…the bare link's view…</div>
 *   <script type="application/json" class="leitai-view" data-key="<key>">"<html>"</script>   (other views)
 *   <script src="prerender-chooser-….js"></script>              (choosePrerendered)
 *   <script type="application/json" id="leitai-prerender">{"data":{manifest, files}|null}</script>
 *
 * The bare link's view is markup in #root, so the browser paints it while it parses the page, as it
 * would a static page; a link whose view differs from it only in link targets (the deep link to the same
 * table, whose navigation carries its quarter) shows it too, and the chooser corrects those targets
 * before any module runs. For any other URL the gate (in the head, before #root is parsed) hides #root,
 * and the chooser puts that URL's view in (a prerendered section) or empties #root (any other link, a
 * browser with local quarters) before showing it again. main.tsx then hydrates the markup with the same
 * data (`data`, or the offline page's data block when null), or renders on the client.
 * In the single file both scripts are inline (the page's CSP lists their hashes).
 */

/** Set on <html> by the gate while #root's markup may not be this URL's (index.css hides #root). */
export const WAIT_ATTR = 'data-prerender-wait'

/** Attribute corrections that turn the inline view into another key's: [element index, name, value]. */
export type AttributePatch = [index: number, name: string, value: string | null]

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
 * Runs in the head, before #root is parsed (a file on the served page, inline in the single file):
 * unless this URL shows the inline view (its key is in `shown`), marks <html> with WAIT_ATTR so the
 * inline markup is never painted for a URL it does not belong to. Self-contained, like prerenderKey.
 */
export function waitForChooser(
  keyOf: (hash: string) => string | null,
  shown: readonly string[],
  localHint: string,
  waitAttr: string,
): void {
  let key: string | null = null
  try {
    if (localStorage.getItem(localHint) === null) key = keyOf(location.hash)
  } catch {}
  if (key === null || !shown.includes(key)) document.documentElement.setAttribute(waitAttr, '')
}

/**
 * Runs after #root and the view blocks are parsed, before any module: makes #root hold this URL's view
 * (the inline one as it is or with its link targets corrected, another prerendered view, or nothing),
 * shows it, and makes a bare link the rankings route it shows (as the router's redirect would).
 */
export function choosePrerendered(
  keyOf: (hash: string) => string | null,
  viewClass: string,
  localHint: string,
  waitAttr: string,
  patches: Record<string, AttributePatch[]>,
): void {
  const root = document.getElementById('root')
  if (!root) return
  const clear = () => {
    if (!root.hasAttribute('data-prerendered')) return
    root.replaceChildren()
    root.removeAttribute('data-prerendered')
  }
  const choose = (): void => {
    let key: string | null = null
    try {
      if (localStorage.getItem(localHint) === null) key = keyOf(location.hash)
    } catch {}
    if (key === null) {
      clear()
      return
    }
    const inline = root.getAttribute('data-prerendered')
    // Keys always hold '=' ('quarter=…&section=…'), so none can name a property of Object.prototype.
    const patch = key === '' ? undefined : patches[key]
    if (inline !== null && (inline === key || patch)) {
      const els = root.getElementsByTagName('*')
      for (const [i, name, value] of patch ?? []) {
        const el = els[i]
        if (!el) {
          clear()
          return
        }
        if (value === null) el.removeAttribute(name)
        else el.setAttribute(name, value)
      }
    } else {
      let view: Element | undefined
      for (const el of document.getElementsByClassName(viewClass))
        if (el.getAttribute('data-key') === key) view = el
      if (!view) {
        clear()
        return
      }
      root.innerHTML = JSON.parse(view.textContent ?? '""') as string
    }
    root.setAttribute('data-prerendered', key)
    const hash = location.hash
    const q = hash.indexOf('?')
    if (!hash.startsWith('#/rankings'))
      history.replaceState(history.state, '', `#/rankings${q < 0 ? '' : hash.slice(q)}`)
  }
  choose()
  document.documentElement.removeAttribute(waitAttr)
}
