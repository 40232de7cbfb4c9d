/**
 * The entry: as small as it can be, so a prerendered view (src/lib/prerender-contract.ts) is painted
 * before any of the app's code runs. The app's code is fetched and evaluated after that first frame
 * (not preloaded: on a slow link it would share the bandwidth with the page), then hydrates, so the
 * table shows as soon as the HTML is parsed, the way a static page's does. Without a prerendered view
 * it starts at once.
 */
import './index.css'

const prerendered = document.getElementById('root')?.hasAttribute('data-prerendered')
if (prerendered) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))
await import('./start')
