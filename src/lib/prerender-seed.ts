/**
 * The data a prerendered view was rendered from, put into a query client under the app's own keys, so
 * the first render (the build's, and the browser's hydration) has every file at once and renders the
 * same markup. Only files the build validated are ever in a seed (vite.config.ts), so they are marked as
 * such and never go through the validators again.
 */
import type { QueryClient } from '@tanstack/react-query'
import { listedDataset } from '../domain/model/folder-manifest'
import type { DatasetKind } from '../domain/model/ids'
import type { Manifest } from '../domain/model/manifest-entries'
import type { QuarterId } from '../domain/model/quarter'
import { localQuartersQueryOptions } from './local-layer'
import {
  datasetSourceQueryOptions,
  districtsQueryOptions,
  manifestQueryOptions,
  quarterQueryOptions,
  sourcesQueryOptions,
} from './queries'
import { markFromBuild } from './trusted-data'

/** The manifest and the texts of the files the views read (manifest path → text). */
export type SeedData = { manifest: Manifest; files: Record<string, string> }

/** The prerendered views are of this dataset (a link with `dataset=` renders on the client). */
const SEED_DATASET: DatasetKind = 'real'

export function seedQueries(client: QueryClient, data: SeedData): void {
  const ds = data.manifest.datasets[SEED_DATASET]
  if (!ds) throw new Error(`prerender seed: the manifest has no dataset ${SEED_DATASET}`)
  const parse = (file: string): object => {
    const text = data.files[file]
    if (text === undefined) throw new Error(`prerender seed: data/${file} is missing`)
    return markFromBuild(JSON.parse(text) as object)
  }
  client.setQueryData(manifestQueryOptions().queryKey, data.manifest)
  const listed = listedDataset(data.manifest, SEED_DATASET)
  if (listed) client.setQueryData(datasetSourceQueryOptions(SEED_DATASET).queryKey, listed)
  // As on a browser without local quarters (the page is only hydrated there); read for real right after.
  client.setQueryData(localQuartersQueryOptions().queryKey, { persistent: true, quarters: [] })
  client.setQueryData(districtsQueryOptions(SEED_DATASET).queryKey, parse(ds.districts.file) as never)
  client.setQueryData(sourcesQueryOptions(SEED_DATASET).queryKey, parse(ds.sources.file) as never)
  for (const [quarter, entry] of Object.entries(ds.quarters))
    client.setQueryData(
      quarterQueryOptions(SEED_DATASET, quarter as QuarterId).queryKey,
      parse(entry.file) as never,
    )
}

/**
 * After hydration (or a client render from the page's data): read what the seed stood in for. The
 * local layer is read (a quarter saved in this browser since shows up), and the served manifest is
 * checked; when it lists other files than the build's (a quarter copied into data/ since), every data
 * query is reset and read again from it. The check runs outside the manifest's query, so a server that
 * cannot answer it now (offline, a broken manifest) does not replace the build's validated figures on
 * screen with an error; it is logged, and named on the next load, which reads the manifest first.
 */
export async function refreshAfterHydration(client: QueryClient, seeded: Manifest): Promise<void> {
  void client.invalidateQueries({ queryKey: ['local'] })
  const options = manifestQueryOptions()
  let live: Manifest
  try {
    live = await client.fetchQuery({
      ...options,
      queryKey: ['data', 'manifest', 'live-check'] as never,
      staleTime: 0,
    })
  } catch (error) {
    console.warn("Leitai: the served manifest could not be checked; showing the build's data.", error)
    return
  } finally {
    client.removeQueries({ queryKey: ['data', 'manifest', 'live-check'], exact: true })
  }
  if (JSON.stringify(live) === JSON.stringify(seeded)) return
  client.setQueryData(options.queryKey, live)
  // Reset, not invalidated: a refetch that fails would keep the build's figures on screen with the
  // error unseen, while the served file is what the deploy now holds (e.g. a quarter file broken after
  // the build must be named, as on a page that fetched it).
  await client.resetQueries({
    predicate: (q) => q.queryKey[0] === 'data' && q.queryKey[1] !== 'manifest',
  })
}
