// Types for data-manifest.mjs, so TypeScript files (vite.config.ts, tests) can import it; tsconfig has no
// allowJs. The app's own view of the manifest, validated with zod, is src/domain/model/manifest.ts.

export interface ManifestFileEntry {
  /** Path relative to the data folder, '/'-separated: 'real/quarters/2022Q2.json'. */
  file: string
  /** Hex sha256 of the file's bytes. */
  sha256: string
}
export interface ManifestDataset {
  districts: ManifestFileEntry
  sources: ManifestFileEntry
  news: ManifestFileEntry
  /** Keyed by quarter id, oldest first. */
  quarters: Record<string, ManifestFileEntry>
}
export interface BuiltManifest {
  version: 1
  /** 'real' and 'demo' in a data folder's manifest; the folder's own name in a folder dataset's. */
  datasets: Record<string, ManifestDataset>
}

/** Absolute path of public/data. */
export const DEFAULT_DATA_DIR: string
export const MANIFEST_FILE: string
export const MANIFEST_VERSION: 1

/** A data folder's manifest, or a dataset folder's own (when dataDir has a districts.json). */
export function buildManifest(dataDir?: string): BuiltManifest
/** The manifest of a folder dataset: its one dataset named after the folder, paths '<name>/…'. */
export function buildFolderManifest(dir: string): BuiltManifest
export function isDatasetFolder(dir: string): boolean
export function manifestText(manifest: BuiltManifest): string
export function writeManifest(dataDir?: string): BuiltManifest
/** One line per stale entry ("real.quarters.2022Q2: sha256 differs from …"); empty when current. */
export function checkManifest(dataDir?: string): string[]
