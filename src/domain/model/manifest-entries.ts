/**
 * The manifest's shape and the lookups every view needs, without its schema: the first view reads a
 * manifest the build already validated (src/lib/trusted-data.ts) and must not load zod for it. The
 * schema and its validation are in manifest.ts, which checks at compile time that the two agree.
 */
import { DataFileError } from './data-file-error'
import type { DatasetKind } from './ids'
import type { QuarterId } from './quarter'

/** How errors name the manifest: as an administrator finds it on the server, next to index.html. */
export const MANIFEST_FILE = 'data/manifest.json'

/** A file in the data folder and the sha256 of its bytes. Example: { file: 'real/quarters/2022Q2.json', sha256: '7535…' } */
export type ManifestFileEntry = { file: string; sha256: string }
export type ManifestDataset = {
  districts: ManifestFileEntry
  sources: ManifestFileEntry
  news: ManifestFileEntry
  quarters: Record<QuarterId, ManifestFileEntry>
}
export type Manifest = { version: 1; datasets: Partial<Record<DatasetKind, ManifestDataset>> }

/** A dataset's entry, or a DataFileError naming `datasets.<id>` when the manifest does not list it. */
export function manifestDataset(manifest: Manifest, id: DatasetKind): ManifestDataset {
  const entry = manifest.datasets[id]
  if (!entry)
    throw new DataFileError(MANIFEST_FILE, [
      { kind: 'missing-file', path: `datasets.${id}`, message: `清单中没有数据集“${id}”` },
    ])
  return entry
}

/**
 * The quarters the manifest lists for a dataset, oldest first (sorted here rather than trusting a
 * hand-edited file's key order). Example: manifestQuarters(m, 'real') → ['2022Q1', '2022Q2', …]
 */
export function manifestQuarters(manifest: Manifest, id: DatasetKind): QuarterId[] {
  const entry = manifest.datasets[id]
  return entry ? (Object.keys(entry.quarters) as QuarterId[]).sort() : []
}

/** A quarter's entry, or a DataFileError naming `datasets.<id>.quarters.<quarter>`. */
export function manifestQuarter(manifest: Manifest, id: DatasetKind, quarter: QuarterId): ManifestFileEntry {
  const entry = manifestDataset(manifest, id).quarters[quarter]
  if (!entry)
    throw new DataFileError(MANIFEST_FILE, [
      {
        kind: 'missing-file',
        path: `datasets.${id}.quarters.${quarter}`,
        message: `清单中没有季度 ${quarter}`,
      },
    ])
  return entry
}
