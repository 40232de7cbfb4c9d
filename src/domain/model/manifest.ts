/**
 * The data manifest (data/manifest.json, written by scripts/data-manifest.mjs): for each dataset, the
 * path of its districts, sources and news files and of each quarter's file, relative to the data folder,
 * with a sha256 per file. The app reads it before anything else, so the set of quarters is whatever the
 * deployment's data/ folder lists, not what was there at build time.
 *
 * Validated at the boundary like every data file: a broken manifest is a DataFileError naming
 * `data/manifest.json` and the field (e.g. `datasets.real.quarters.2024Q1.sha256`).
 */
import { z } from 'zod'
import { DATASET_IDS, type DatasetKind } from './ids'
import { QUARTER_RE, type QuarterId } from './quarter'
import { DataFileError, type DataIssue, formatPath, parseJsonText } from './validate'

/** How errors name the manifest: as an administrator finds it on the server, next to index.html. */
export const MANIFEST_FILE = 'data/manifest.json'

// A path inside the data folder and nothing else: no leading '/', no '..' segment, no '\', no '?' or '#'
// (it is joined into a URL), ending in .json. Example: 'real/quarters/2022Q2.json'.
const DATA_PATH = /^(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_-][A-Za-z0-9_./-]*\.json$/

const fileEntrySchema = z.object({
  file: z.string().regex(DATA_PATH, '应为数据文件夹内的相对路径，例如 real/quarters/2022Q2.json'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 应为 64 位小写十六进制'),
})
export type ManifestFileEntry = z.infer<typeof fileEntrySchema>

const quarterKey = z
  .string()
  .regex(QUARTER_RE, '季度格式应为 YYYYQn，例如 2022Q2') as unknown as z.ZodType<QuarterId>

export const datasetEntrySchema = z.object({
  districts: fileEntrySchema,
  sources: fileEntrySchema,
  news: fileEntrySchema,
  quarters: z.record(quarterKey, fileEntrySchema),
})
export type ManifestDataset = z.infer<typeof datasetEntrySchema>

const manifestSchema = z.object({
  version: z.literal(1),
  // Partial: a deployment may ship only the real dataset; asking for a missing one is its own named error.
  // Unknown dataset names are rejected, so a typo ("reel") is named instead of silently ignored.
  datasets: z.partialRecord(z.enum(DATASET_IDS), datasetEntrySchema),
})
export type Manifest = z.infer<typeof manifestSchema>

/** Zod's issues as named problems; record keys and unknown keys get the path of the key itself. */
export function issuesOf(error: z.ZodError): DataIssue[] {
  return error.issues.flatMap((i): DataIssue[] => {
    if (i.code === 'unrecognized_keys')
      return i.keys.map((key) => ({
        kind: 'schema',
        path: formatPath([...i.path, key]),
        message: `未知的键「${key}」`,
      }))
    // "Invalid key in record" says less than the key schema's own message (the expected format).
    const message = i.code === 'invalid_key' ? (i.issues[0]?.message ?? i.message) : i.message
    return [{ kind: 'schema', path: formatPath(i.path), message }]
  })
}

/** Example: validateManifestData({ version: 1, datasets: { real: … } }) → Manifest, or a DataFileError. */
export function validateManifestData(data: unknown): Manifest {
  const result = manifestSchema.safeParse(data)
  if (result.success) return result.data
  throw new DataFileError(MANIFEST_FILE, issuesOf(result.error))
}

/** Example: validateManifest('{"version": 2, …}') → DataFileError "data/manifest.json: version: …" */
export function validateManifest(text: string): Manifest {
  return validateManifestData(parseJsonText(MANIFEST_FILE, text))
}

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
