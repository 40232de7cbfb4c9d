/**
 * Validation of a folder manifest (folder-manifest.ts says what one is); loaded only when a folder
 * dataset is opened, with the other validators.
 */

import { DataFileError, type DataIssue } from './data-file-error'
import { type DatasetSource, folderManifestFile } from './folder-manifest'
import type { DatasetId } from './ids'
import { datasetEntrySchema, issuesOf, type ManifestDataset, type ManifestFileEntry } from './manifest'
import { z } from './zod'

const folderManifestSchema = z.object({
  version: z.literal(1),
  datasets: z.record(z.string(), datasetEntrySchema),
})

/**
 * Validates a folder manifest's parsed JSON for the folder `name`: version 1, exactly the dataset `name`,
 * every path inside `<name>/`.
 * Example: validateFolderManifest('large', { version: 1, datasets: { big: … } })
 *   → DataFileError 'data/large/manifest.json: datasets.large: 清单中没有数据集“large”'
 */
export function validateFolderManifest(name: DatasetId, data: unknown): DatasetSource {
  const file = folderManifestFile(name)
  const result = folderManifestSchema.safeParse(data)
  if (!result.success) throw new DataFileError(file, issuesOf(result.error, data))
  const issues: DataIssue[] = []
  const entry = result.data.datasets[name]
  if (!entry)
    issues.push({ kind: 'missing-file', path: `datasets.${name}`, message: `清单中没有数据集“${name}”` })
  for (const other of Object.keys(result.data.datasets))
    if (other !== name)
      issues.push({
        kind: 'schema',
        path: `datasets.${other}`,
        message: `文件夹清单只应列出本文件夹的数据集“${name}”`,
      })
  if (!entry) throw new DataFileError(file, issues)
  const check = (e: ManifestFileEntry, path: string) => {
    if (!e.file.startsWith(`${name}/`))
      issues.push({
        kind: 'schema',
        path: `${path}.file`,
        message: `路径应在本文件夹内（${name}/…），而不是 ${e.file}`,
      })
  }
  for (const core of ['districts', 'sources', 'news'] as const) check(entry[core], `datasets.${name}.${core}`)
  for (const [q, e] of Object.entries(entry.quarters)) check(e, `datasets.${name}.quarters.${q}`)
  if (issues.length) throw new DataFileError(file, issues)
  return { id: name, manifestFile: file, folder: true, entry: entry as ManifestDataset }
}
