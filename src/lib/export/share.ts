/**
 * The link to share for the current view: the view's state (route, quarter, section, filters, sort,
 * dataset, language) without the settings that only serve the presenter's screen — `theme=projection`,
 * the slide, auto-advance, timers, full-screen prompt — unless the caller asks to keep some.
 * Example: shareUrl('https://x/#/rankings?quarter=2022Q2&theme=projection&lang=en')
 *   → 'https://x/#/rankings?quarter=2022Q2&lang=en'
 */
const PRESENTATION_ONLY = [
  'theme',
  'slide',
  'page',
  'auto',
  'autostart',
  'timer',
  'idle',
  'dwell',
  'fs',
] as const

export function shareUrl(href: string, keep: readonly string[] = []): string {
  const hashAt = href.indexOf('#')
  if (hashAt < 0) return href
  const base = href.slice(0, hashAt)
  const hash = href.slice(hashAt + 1)
  const q = hash.indexOf('?')
  if (q < 0) return href
  // Filtered as written (not re-encoded), so `districts=huangdao,jiaozhou` keeps its commas.
  const drop = new Set<string>(PRESENTATION_ONLY.filter((n) => !keep.includes(n)))
  const search = hash
    .slice(q + 1)
    .split('&')
    .filter((part) => part && !drop.has(part.split('=')[0] ?? ''))
    .join('&')
  return `${base}#${hash.slice(0, q)}${search ? `?${search}` : ''}`
}
