/**
 * A complete offline copy of the app (one HTML file, like `npm run build:offline`) with this
 * machine's imported quarters included: the shell is the single-file build (served next to the app
 * as leitai-offline.html, or this very page when it is an offline copy), its data block is rewritten
 * with every file of the current manifest plus the local quarters (embedded-data.ts).
 */
import { type Manifest, validateManifestData } from '../../domain/model/manifest'
import { readDataFile, readManifest } from '../../lib/data-files'
import { EMBEDDED_DATA_ID, type EmbeddedData, embedDataBlock } from '../../lib/embedded-data'
import type { LocalQuarter } from '../../lib/local-layer'
import { PRERENDER_ID, VIEW_CLASS } from '../../lib/prerender-contract'
import { sha256Hex } from '../../lib/sha256'

/** The single-file shell: this page without what the app rendered into it, or the served copy. */
async function shell(): Promise<string> {
  if (document.getElementById(EMBEDDED_DATA_ID)) {
    const html = document.documentElement.cloneNode(true) as HTMLElement
    const root = html.querySelector('#root')
    if (root) {
      root.replaceChildren()
      root.removeAttribute('data-prerendered')
    }
    // The prerendered views show this page's data; the copy gets other data, so it renders on open.
    html.querySelector(`#${PRERENDER_ID}`)?.remove()
    for (const view of html.querySelectorAll(`.${VIEW_CLASS}`)) view.remove()
    return `<!doctype html>\n${html.outerHTML}`
  }
  const res = await fetch(new URL('leitai-offline.html', document.baseURI).href, { cache: 'no-cache' })
  if (!res.ok) throw new Error(`leitai-offline.html: HTTP ${res.status}`)
  return res.text()
}

export async function makeOfflineCopy(local: readonly LocalQuarter[]): Promise<string> {
  const manifest: Manifest = structuredClone(validateManifestData(await readManifest()))
  const files: Record<string, string> = {}
  for (const ds of Object.values(manifest.datasets)) {
    if (!ds) continue
    const entries = [ds.districts, ds.sources, ds.news, ...Object.values(ds.quarters)]
    await Promise.all(
      entries.map(async (e) => {
        files[e.file] = await readDataFile(e)
      }),
    )
  }
  for (const q of local) {
    const ds = manifest.datasets[q.dataset]
    if (!ds) continue
    const file = `${q.dataset}/quarters/${q.quarter}.json`
    const text = `${JSON.stringify(q.file, null, 2)}\n`
    files[file] = text
    ds.quarters[q.quarter] = { file, sha256: await sha256Hex(text) }
  }
  // Quarters in calendar order, as the manifest script writes them.
  for (const ds of Object.values(manifest.datasets))
    if (ds)
      ds.quarters = Object.fromEntries(Object.entries(ds.quarters).sort(([a], [b]) => a.localeCompare(b)))
  const data: EmbeddedData = { manifest, files }
  return embedDataBlock(await shell(), data)
}
