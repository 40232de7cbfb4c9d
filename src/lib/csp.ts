/**
 * The pages' Content-Security-Policy (issue 13), put into the built HTML as a meta tag by vite.config.ts.
 *
 * - Served build (dist/index.html): `SERVED_CSP`. No inline script or style at all: the prerender chooser
 *   is a file in assets/, the stylesheet a <link>; the JSON blocks (`type="application/json"`) are data,
 *   which script-src does not govern. `frame-ancestors` is ignored in a meta tag, so a static host sends
 *   the policy as a header with `frame-ancestors 'none'` added (README, "Content-Security-Policy").
 * - Offline single file (dist-offline/index.html, dist/leitai-offline.html): everything is inline, so
 *   script-src and style-src list the sha256 of each inline script and style instead of 'self'
 *   (`offlineCsp`), computed after the page is complete. Rewriting the data block (offline-copy.ts)
 *   keeps them valid: it is not a script.
 *
 * What the app does under it: React/Preact set style props through the CSSOM, which style-src allows
 * (only `style="…"` in markup would need 'unsafe-inline'); zod runs JIT-less (src/domain/model/zod.ts);
 * the exports need nothing more: modern-screenshot draws a data: SVG image (img-src data:), the files are
 * saved through blob: URLs on a download link, which is a download, not a fetch or a navigation.
 * Dependency-free and pure: vite.config.ts imports it with its extension.
 */

/** The directives shared by both pages, in order; script-src and style-src are filled in per page. */
function policy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${script}`,
    `style-src ${style}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ')
}

export const SERVED_CSP = policy("'self'", "'self'")

/** Script types the browser executes (anything else, e.g. application/json, is a data block). */
const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript|text\/ecmascript)$/i

/**
 * The texts of the page's inline scripts (executable ones only) and inline styles, exactly as between
 * their tags (what a CSP hash covers). Scripts with a src are not inline.
 * Example: inlineBlocks('<script>a()</script><script type="application/json">{}</script><style>p{}</style>')
 *   → { scripts: ['a()'], styles: ['p{}'] }
 */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = []
  const styles: string[] = []
  // One pass over both, so a '<style' inside a script's text (xlsx writes ODS markup) is never taken for one.
  for (const m of html.matchAll(/<(script|style)(?=[\s>])([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    const [, tag = '', attrs = '', text = ''] = m
    if (tag.toLowerCase() === 'style') {
      styles.push(text)
      continue
    }
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? ''
    if (!/\ssrc\s*=/i.test(attrs) && EXECUTABLE.test(type)) scripts.push(text)
  }
  return { scripts, styles }
}

/**
 * The offline page's policy: SERVED_CSP with script-src and style-src as the given base64 sha256 hashes
 * (deduplicated, in page order). `sha256` hashes one text to base64 (node:crypto at build time).
 */
export function offlineCsp(html: string, sha256: (text: string) => string): string {
  const { scripts, styles } = inlineBlocks(html)
  const list = (texts: string[]) =>
    [...new Set(texts.map((t) => `'sha256-${sha256(t)}'`))].join(' ') || "'none'"
  return policy(list(scripts), list(styles))
}

const CSP_META_RE = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>\n?\s*/i

/**
 * `html` with its CSP meta tag set to `csp`: replaced where there is one, else inserted right after
 * `<meta charset>` (a meta policy applies only to what comes after it, so it must precede every script,
 * style and link).
 */
export function withCspMeta(html: string, csp: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '&quot;')}" />`
  if (CSP_META_RE.test(html)) return html.replace(CSP_META_RE, () => `${tag}\n    `)
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html)
  if (!charset) throw new Error('CSP: the page has no <meta charset> to put the policy after')
  const at = charset.index + charset[0].length
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`
}
