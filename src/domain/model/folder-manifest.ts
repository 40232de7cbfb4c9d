/**
 * Folder datasets: a data folder `data/<name>/` with its own manifest.json, opened at run time by
 * `?dataset=<name>` (a county's or province's units, or the generator's large dataset for scale tests),
 * without being listed in the main data/manifest.json or known at build time.
 *
 * The folder manifest has the main manifest's format with one dataset, the folder's own, and paths
 * relative to `data/` like every manifest path:
 *   { "version": 1, "datasets": { "large": { "districts": { "file": "large/districts.json", "sha256": "…" }, …,
 *     "quarters": { "2015Q1": { "file": "large/quarters/2015Q1.json", "sha256": "…" }, … } } } }
 * Everything wrong with it is a DataFileError naming `data/<name>/manifest.json` and the field
 * (validateFolderManifest, in folder-manifest-schema.ts: zod stays out of the first view).
 */
import { DataFileError } from './data-file-error'
import { DATASET_NAME_RE, type DatasetId, type DatasetKind, isDatasetKind } from './ids'
import {
  MANIFEST_FILE,
  type Manifest,
  type ManifestDataset,
  type ManifestFileEntry,
  manifestDataset,
} from './manifest-entries'
import type { QuarterId } from './quarter'
import type { Source } from './schema'

/**
 * A dataset name from a link or a command line, or a DataFileError-free `undefined` when it is not one.
 * Example: parseDatasetName('large') → 'large'; parseDatasetName('../real') → undefined
 */
export function parseDatasetName(raw: string): DatasetId | undefined {
  return DATASET_NAME_RE.test(raw) ? raw : undefined
}

/** The folder manifest's path inside the data folder. Example: folderManifestPath('large') → 'large/manifest.json' */
export function folderManifestPath(name: DatasetId): string {
  return `${name}/manifest.json`
}

/** How errors name a folder manifest. Example: folderManifestFile('large') → 'data/large/manifest.json' */
export function folderManifestFile(name: DatasetId): string {
  return `data/${folderManifestPath(name)}`
}

/** A dataset's manifest entry and the manifest file it came from (for naming errors). */
export type DatasetSource = {
  id: DatasetId
  /** 'data/manifest.json' for a listed dataset, 'data/<name>/manifest.json' for a folder dataset. */
  manifestFile: string
  folder: boolean
  entry: ManifestDataset
}

/**
 * The dataset as the main manifest lists it; `null` when it is a folder dataset to be read from its own
 * manifest. A built-in dataset (real, demo) the main manifest lacks stays the named error it was.
 * Example: listedDataset(main, 'real') → { manifestFile: 'data/manifest.json', folder: false, entry }
 *          listedDataset(main, 'large') → null
 */
export function listedDataset(main: Manifest, id: DatasetId): DatasetSource | null {
  if (isDatasetKind(id))
    return { id, manifestFile: MANIFEST_FILE, folder: false, entry: manifestDataset(main, id) }
  return null
}

/** The dataset's quarters, oldest first (sorted here, not trusting a hand-edited key order). */
export function sourceQuarters(ds: DatasetSource): QuarterId[] {
  return (Object.keys(ds.entry.quarters) as QuarterId[]).sort()
}

/** A quarter's entry, or a DataFileError naming the manifest and `datasets.<id>.quarters.<quarter>`. */
export function sourceQuarter(ds: DatasetSource, quarter: QuarterId): ManifestFileEntry {
  const entry = ds.entry.quarters[quarter]
  if (!entry)
    throw new DataFileError(ds.manifestFile, [
      {
        kind: 'missing-file',
        path: `datasets.${ds.id}.quarters.${quarter}`,
        message: `清单中没有季度 ${quarter}`,
      },
    ])
  return entry
}

/**
 * What kind of figures a dataset holds, for the DEMO mark and for checking each quarter file's own
 * `dataset` field: a built-in dataset is its name; a folder dataset is generated ('demo') when its
 * sources say so (the generator's source has kind 'generated'), published ('real') otherwise. A quarter
 * file that says otherwise is a 'dataset-mismatch', so generated figures can never pass as published.
 * Example: datasetKind('large', [{ kind: 'generated', … }]) → 'demo'
 */
export function datasetKind(id: DatasetId, sources: readonly Pick<Source, 'kind'>[]): DatasetKind {
  if (isDatasetKind(id)) return id
  return sources.some((s) => s.kind === 'generated') ? 'demo' : 'real'
}
