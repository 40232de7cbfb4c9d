/**
 * The data manifest (data/manifest.json, written by scripts/data-manifest.mjs): for each dataset, the
 * path of its districts, sources and news files and of each quarter's file, relative to the data folder,
 * with a sha256 per file. The app reads it before anything else, so the set of quarters is whatever the
 * deployment's data/ folder lists, not what was there at build time.
 *
 * Validated at the boundary like every data file: a broken manifest is a DataFileError naming
 * `data/manifest.json` and the field (e.g. `datasets.real.quarters.2024Q1.sha256`).
 */

import { DataFileError, type DataIssue, parseJsonText } from './data-file-error'
import { DATASET_IDS } from './ids'
import {
  MANIFEST_FILE,
  type ManifestDataset as ManifestDatasetShape,
  type ManifestFileEntry as ManifestFileEntryShape,
  type Manifest as ManifestShape,
} from './manifest-entries'
import { QUARTER_RE, type QuarterId } from './quarter'
import { z } from './zod'
import { zodIssues } from './zod-issues'

export {
  MANIFEST_FILE,
  manifestDataset,
  manifestQuarter,
  manifestQuarters,
} from './manifest-entries'

// A path inside the data folder and nothing else: no leading '/', no '..' segment, no '\', no '?' or '#'
// (it is joined into a URL), ending in .json. Example: 'real/quarters/2022Q2.json'.
const DATA_PATH = /^(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_-][A-Za-z0-9_./-]*\.json$/

const fileEntrySchema = z.object({
  file: z.string().regex(DATA_PATH, 'format.dataPath'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'format.sha256'),
})
export type ManifestFileEntry = ManifestFileEntryShape
type _EntryIsSchema = Same<z.infer<typeof fileEntrySchema>, ManifestFileEntry>

const quarterKey = z.string().regex(QUARTER_RE, 'format.quarter') as unknown as z.ZodType<QuarterId>

export const datasetEntrySchema = z.object({
  districts: fileEntrySchema,
  sources: fileEntrySchema,
  news: fileEntrySchema,
  quarters: z.record(quarterKey, fileEntrySchema),
})
export type ManifestDataset = ManifestDatasetShape
type _DatasetIsSchema = Same<z.infer<typeof datasetEntrySchema>, ManifestDataset>

const manifestSchema = z.object({
  version: z.literal(1),
  // Partial: a deployment may ship only the real dataset; asking for a missing one is its own named error.
  // Unknown dataset names are rejected, so a typo ("reel") is named instead of silently ignored.
  datasets: z.partialRecord(z.enum(DATASET_IDS), datasetEntrySchema),
})
export type Manifest = ManifestShape
type _ManifestIsSchema = Same<z.infer<typeof manifestSchema>, Manifest>
// The shapes are written out in manifest-entries.ts (no zod there, for the first view); these fail to
// compile if the schema and the written-out types ever part.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T
export type ManifestSchemaChecks = Assert<_EntryIsSchema & _DatasetIsSchema & _ManifestIsSchema>

/** Zod's issues as named problems, worded by the project (zod-issues.ts). */
export function issuesOf(error: z.ZodError, data?: unknown): DataIssue[] {
  return zodIssues(error, data)
}

/** Example: validateManifestData({ version: 1, datasets: { real: … } }) → Manifest, or a DataFileError. */
export function validateManifestData(data: unknown): Manifest {
  const result = manifestSchema.safeParse(data)
  if (result.success) return result.data
  throw new DataFileError(MANIFEST_FILE, issuesOf(result.error, data))
}

/** Example: validateManifest('{"version": 2, …}') → DataFileError "data/manifest.json: version: …" */
export function validateManifest(text: string): Manifest {
  return validateManifestData(parseJsonText(MANIFEST_FILE, text))
}
