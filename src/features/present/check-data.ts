/**
 * 检查数据: before the meeting, read again every file the deck needs and run the full validators on
 * each (never the build's shortcut for files it already validated), so a file replaced on the server
 * since the page loaded — or one that never validated — is named with its fields before the room sees
 * 本季度数据暂不可用. The same reading (data-files.ts) and the same validators (validate.ts,
 * manifest.ts, cross-quarter.ts) as the app's loading, so the check and the deck cannot disagree.
 *
 * Files: the manifest (and a folder dataset's own), districts.json, sources.json, the quarter's file
 * and the previous quarter's (its ranks give the changes and the rise flag's evidence).
 */
import { crossQuarterIssues } from '../../domain/model/cross-quarter'
import { DataFileError } from '../../domain/model/data-file-error'
import type { DatasetId } from '../../domain/model/dataset'
import { type DatasetSource, datasetKind, listedDataset } from '../../domain/model/folder-manifest'
import { MANIFEST_FILE, type ManifestFileEntry } from '../../domain/model/manifest-entries'
import { previousQuarter, type QuarterId } from '../../domain/model/quarter'
import type { QuarterFile } from '../../domain/model/schema'
import { dataFileName, readDataFile, readFolderManifest, readManifest } from '../../lib/data-files'
import { loadFolderManifestValidator, loadManifestValidator, loadValidators } from '../../lib/trusted-data'

export type CheckedFile = {
  /** As the administrator finds it on the server: 'data/real/quarters/2022Q2.json'. */
  file: string
  /** 'ok': read and validated; 'error': see `error`; 'skipped': could not be checked without a file before it. */
  status: 'ok' | 'error' | 'skipped'
  error: Error | null
}

export type CheckResult = { files: CheckedFile[]; bad: number }

/** One problem of a file, worded in the UI's language: the field path (may be empty) and what is wrong. */
export type WordedIssue = { path: string; kind: string; text: string }

const ok = (file: string): CheckedFile => ({ file, status: 'ok', error: null })
const failed = (file: string, error: unknown): CheckedFile => ({
  file: error instanceof DataFileError ? error.file : file,
  status: 'error',
  error: error instanceof Error ? error : new Error(String(error)),
})
const result = (files: CheckedFile[]): CheckResult => ({
  files,
  bad: files.filter((f) => f.status !== 'ok').length,
})

/**
 * A file's problems in the UI's language, with the validators' message tables (loaded on demand, the
 * same modules the error panel loads). Example (en): score-out-of-range at sections[0].table.rows[0].score
 * → { path: 'sections[0].table.rows[0].score', text: 'score 99.5 outside 0–60' }
 */
export async function wordIssues(error: Error, lang: 'zh' | 'en'): Promise<WordedIssue[]> {
  if (!(error instanceof DataFileError)) return [{ path: '', kind: '', text: error.message }]
  const [{ issueText }, { issueEn }] = await Promise.all([
    import('../../domain/model/issue-messages'),
    import('../../domain/model/issue-messages-en'),
  ])
  return error.issues.map((i) => ({
    path: i.path,
    kind: i.kind,
    text: lang === 'en' && i.code ? issueText('en', i.code, i.params, issueEn) : i.message,
  }))
}

/**
 * Example: await checkDeckData('real', '2022Q2') → { files: [manifest ok, districts ok, sources ok,
 * 2022Q2 ok, 2022Q1 ok], bad: 0 }; with a score above its weight in 2022Q2 → that file 'error', its
 * DataFileError naming `sections[0].table.rows[0].score`.
 */
export async function checkDeckData(dataset: DatasetId, quarter: QuarterId): Promise<CheckResult> {
  const files: CheckedFile[] = []
  let source: DatasetSource
  try {
    const main = (await loadManifestValidator()).validateManifestData(await readManifest())
    files.push(ok(MANIFEST_FILE))
    const listed = listedDataset(main, dataset)
    if (listed) source = listed
    else {
      source = (await loadFolderManifestValidator()).validateFolderManifest(
        dataset,
        await readFolderManifest(dataset),
      )
      files.push(ok(source.manifestFile))
    }
  } catch (e) {
    files.push(failed(MANIFEST_FILE, e))
    return result(files)
  }

  const v = await loadValidators()
  const read = async (entry: ManifestFileEntry) => ({
    name: dataFileName(entry),
    text: await readDataFile(entry),
  })
  const core = async <T>(entry: ManifestFileEntry, validate: (name: string, text: string) => T) => {
    try {
      const { name, text } = await read(entry)
      const value = validate(name, text)
      files.push(ok(name))
      return value
    } catch (e) {
      files.push(failed(dataFileName(entry), e))
      return null
    }
  }
  const districts = await core(source.entry.districts, v.validateDistricts)
  const sources = await core(source.entry.sources, v.validateSources)

  const wanted = [quarter, previousQuarter(quarter)].filter((q) => source.entry.quarters[q])
  if (!districts || !sources) {
    for (const q of wanted) {
      const entry = source.entry.quarters[q]
      if (entry) files.push({ file: dataFileName(entry), status: 'skipped', error: null })
    }
    return result(files)
  }
  const ctx = {
    districtIds: new Set(districts.map((d) => d.id)),
    sourceIds: new Set(sources.map((s) => s.id)),
  }
  const kind = datasetKind(dataset, sources)
  const loaded = new Map<QuarterId, QuarterFile>()
  const at = new Map<QuarterId, number>()
  for (const q of wanted) {
    const entry = source.entry.quarters[q] as ManifestFileEntry
    const file = await core(entry, (name, text) => v.validateQuarter(name, text, ctx, q, kind))
    at.set(q, files.length - 1)
    if (file) loaded.set(q, file)
  }
  // Rules across the two files (a stated movement against the other quarter's published ranks).
  for (const [q, issues] of crossQuarterIssues(loaded)) {
    const i = at.get(q)
    const entry = source.entry.quarters[q]
    if (i === undefined || !entry) continue
    files[i] = failed(dataFileName(entry), new DataFileError(dataFileName(entry), issues))
  }
  return result(files)
}
