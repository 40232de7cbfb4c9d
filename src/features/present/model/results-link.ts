/**
 * The link the closing slide's QR code carries: the rankings view of the deck's quarter, absolute, so
 * a phone in the room opens the same results. Only view state travels: the dataset (a demo deck links
 * to the demo results, which say DEMO) and the language; presentation-only settings (slide, timer,
 * auto-advance, the projection theme) do not, since a phone is not a projector.
 */
import type { DatasetId, Lang } from '../../../domain/model/ids'
import type { QuarterId } from '../../../domain/model/quarter'
import { globalUrl } from '../../../domain/url/params'

/**
 * Example: resultsLink('https://x.test/leitai/#/present?deck=arena&slide=17&theme=projection', '2022Q2',
 *   { dataset: 'demo', lang: 'zh' }) → 'https://x.test/leitai/#/rankings?quarter=2022Q2&dataset=demo'
 * (the page's address before its '#', which also works for a file:// copy).
 */
export function resultsLink(
  pageHref: string,
  quarter: QuarterId,
  globals: { dataset: DatasetId; lang: Lang },
): string {
  const base = pageHref.split('#')[0] ?? ''
  const params = new URLSearchParams({ quarter })
  const d = globalUrl.defaults
  if (globals.dataset !== d.dataset) params.set('dataset', globals.dataset)
  if (globals.lang !== d.lang) params.set('lang', globals.lang)
  return `${base}#/rankings?${params.toString()}`
}
