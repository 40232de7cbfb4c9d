/** Starts the app (after main.tsx let a prerendered view paint): hydrates it, or renders on the client. */
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App, createAppHistory } from './app/app'
import { readEmbeddedData } from './lib/embedded-data'
import { hashSearch, setLanguage, syncLanguage } from './lib/i18n'
import { LOCAL_HINT, PRERENDER_ID, WAIT_ATTR } from './lib/prerender-contract'
import { refreshAfterHydration, type SeedData, seedQueries } from './lib/prerender-seed'
import { createQueryClient } from './lib/query-client'

// The language is set before the first render (and by the history before each navigation); English
// is fetched first when the link asks for it (it is not part of the Chinese first view).
await setLanguage(syncLanguage(hashSearch(window.location.hash)))

const history = createAppHistory(window)
const queryClient = createQueryClient()
const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

/**
 * The served page's data block: the build's validated files, which every prerendered view was rendered
 * from (null in the offline file, whose data block the app reads itself, and in a page without one).
 */
function servedSeed(): SeedData | null {
  const block = document.getElementById(PRERENDER_ID)
  return block ? ((JSON.parse(block.textContent ?? '{}') as { data?: SeedData | null }).data ?? null) : null
}

/** The data the prerendered markup in #root was rendered from, when #root holds this URL's view. */
function prerenderedData(served: SeedData | null): SeedData | null {
  // The gate hid #root and no chooser showed it again (its file did not load): the markup may not be
  // this URL's view, so the client renders instead.
  if (document.documentElement.hasAttribute(WAIT_ATTR)) {
    document.documentElement.removeAttribute(WAIT_ATTR)
    return null
  }
  if (!root?.hasAttribute('data-prerendered')) return null
  // The offline page prerenders from its own data block (the one the build wrote: offline copies the app
  // writes drop the prerendered views when they rewrite it).
  if (served) return served
  const embedded = readEmbeddedData(document)
  return embedded ? { manifest: embedded.manifest as SeedData['manifest'], files: embedded.files } : null
}

/** Whether this browser holds quarters of its own (local-layer.ts keeps the hint while it does). */
function holdsLocalQuarters(): boolean {
  try {
    return localStorage.getItem(LOCAL_HINT) !== null
  } catch {
    return false
  }
}

/**
 * Lets the browser run what waits (input, a paint) between the long steps of the start: evaluating the
 * app's modules, and hydrating. One task holding both blocked the main thread for ~150 ms at CPU 4×
 * (Lighthouse's total blocking time counts each task's time beyond 50 ms); the prerendered view is
 * already on screen, so nothing shows the difference but a page that answers sooner.
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

const served = servedSeed()
const seed = prerenderedData(served)
if (seed) await yieldToMain()
const app = <App history={history} queryClient={queryClient} />
if (seed) {
  // The table is already on screen: the first render has the same data, so hydration only attaches
  // the handlers; then what the seed stood in for is read (local quarters, a newer manifest).
  seedQueries(queryClient, seed)
  hydrateRoot(root, app)
  // Until here the prerendered controls are inert; tests (and anyone curious) can tell when they are live.
  root.setAttribute('data-hydrated', '')
  void refreshAfterHydration(queryClient, seed.manifest)
} else {
  root.textContent = ''
  // A view that was not prerendered (movement, a district, the deck) still starts from the data the
  // page carries, instead of fetching the same files again after the code has loaded; then it is read
  // as after hydration. Not with quarters of this browser's own: their view would come a frame late.
  const seeded = served && !holdsLocalQuarters()
  if (seeded) seedQueries(queryClient, served)
  createRoot(root).render(app)
  if (seeded) void refreshAfterHydration(queryClient, served.manifest)
}
