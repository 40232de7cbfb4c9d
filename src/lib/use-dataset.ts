/**
 * Loads one dataset in three separate parts, each its own queries:
 * 1. the list of quarter ids (`useQuarterIds`: the manifest's, today);
 * 2. the core files every quarter needs (districts, sources);
 * 3. one query per quarter id (`useQuarterFiles`): a broken quarter file shows up in `errors` while the
 *    valid ones make up `dataset`.
 * Another source of quarters (e.g. a browser-local layer) joins by adding its ids in part 1 and its own
 * queries in part 3; the views only see DatasetState.
 */
import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { crossQuarterIssues } from '../domain/model/cross-quarter'
import { DataFileError } from '../domain/model/data-file-error'
import type { Dataset, DatasetId } from '../domain/model/dataset'
import { type DatasetSource, datasetKind, sourceQuarters } from '../domain/model/folder-manifest'
import { type DatasetKind, isDatasetKind } from '../domain/model/ids'
import type { QuarterId } from '../domain/model/quarter'
import type { QuarterFile, Source } from '../domain/model/schema'
import { importedSources } from '../domain/model/sources'
import { localQuartersQueryOptions, useImportPreview } from './local-layer'
import {
  datasetSourceQueryOptions,
  districtsQueryOptions,
  quarterQueryOptions,
  sourcesQueryOptions,
} from './queries'

export type DatasetState = {
  status: 'pending' | 'error' | 'success'
  /** Failure of a file every quarter needs (the manifest, districts.json, sources.json). */
  fatal: Error | null
  dataset: Dataset | null
  /** Every quarter that has a file, valid or not, oldest first (empty while the manifest loads). */
  allQuarters: QuarterId[]
  errors: Map<QuarterId, Error>
  pendingQuarters: Set<QuarterId>
  sources: Map<string, Source>
  /**
   * Quarters not from the served data: saved in this browser by the importer ('local', 本地导入，未发布)
   * or shown before saving ('preview', 导入预览). They replace a served file of the same quarter.
   */
  layers: Map<QuarterId, 'local' | 'preview'>
}

const NO_QUARTERS: QuarterId[] = []

/** Up to this many quarters a dataset shows each quarter as soon as its file is in. */
const PROGRESSIVE_QUARTERS = 16

/** Part 1: the dataset's quarter ids, oldest first, with the state of the list itself. */
function useQuarterIds(id: DatasetId): {
  ids: QuarterId[]
  ready: boolean
  error: Error | null
  source: DatasetSource | undefined
} {
  const manifest = useQuery(datasetSourceQueryOptions(id))
  const ids = useMemo(() => (manifest.data ? sourceQuarters(manifest.data) : NO_QUARTERS), [manifest.data])
  return { ids, ready: manifest.data !== undefined, error: manifest.error, source: manifest.data }
}

type QuarterFiles = {
  files: Map<QuarterId, QuarterFile>
  errors: Map<QuarterId, Error>
  pending: Set<QuarterId>
}

/** Part 3: one query per quarter id, sorted into loaded files, errors and pending quarters. */
function useQuarterFiles(id: DatasetId, ids: readonly QuarterId[]): QuarterFiles {
  const results = useQueries({
    queries: ids.map((q) => quarterQueryOptions(id, q)),
    combine: (r) => r,
  })
  // Results are new arrays each render; key the memo on what actually changes. A long series (a county's
  // 40 quarters of 3,000 units) is published once, when every file is in: showing it quarter by quarter
  // would rebuild every view's tables 40 times while the files arrive.
  const batch = ids.length > PROGRESSIVE_QUARTERS && results.some((r) => r.status === 'pending')
  const stamp = batch
    ? 'pending'
    : results.map((r) => `${r.status}:${r.dataUpdatedAt}:${r.errorUpdatedAt}`).join('|')
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stamp` summarizes `results`
  return useMemo(() => {
    const files = new Map<QuarterId, QuarterFile>()
    const errors = new Map<QuarterId, Error>()
    const pending = new Set<QuarterId>()
    results.forEach((r, i) => {
      const q = ids[i] as QuarterId
      // A failed refetch keeps the old data in the query (e.g. the prerender seed, after the served file
      // was replaced by one that does not validate): the error wins, so stale figures never show as current.
      if (r.status === 'error' && r.error) errors.set(q, r.error)
      else if (r.data) files.set(q, r.data)
      else pending.add(q)
    })
    return { files, errors, pending }
  }, [ids, stamp])
}

export function useDataset(id: DatasetId): DatasetState {
  const quarterIds = useQuarterIds(id)
  const districts = useQuery(districtsQueryOptions(id))
  const sources = useQuery(sourcesQueryOptions(id))
  const served = useQuarterFiles(id, quarterIds.ids)
  const local = useQuery(localQuartersQueryOptions())
  const preview = useImportPreview()
  // The layers over the served files: local imports, then the preview, each replacing its quarter.
  const quarters = useMemo(() => {
    const over: [QuarterFile, 'local' | 'preview'][] = []
    for (const q of local.data?.quarters ?? []) if (q.dataset === id) over.push([q.file, 'local'])
    if (preview && preview.dataset === id) over.push([preview.file, 'preview'])
    if (!over.length)
      return { ...served, ids: quarterIds.ids, layers: new Map<QuarterId, 'local' | 'preview'>() }
    const files = new Map(served.files)
    const errors = new Map(served.errors)
    const pending = new Set(served.pending)
    const layers = new Map<QuarterId, 'local' | 'preview'>()
    for (const [file, layer] of over) {
      files.set(file.quarter, file)
      errors.delete(file.quarter)
      pending.delete(file.quarter)
      layers.set(file.quarter, layer)
    }
    const ids = [...new Set([...quarterIds.ids, ...layers.keys()])].sort()
    return { files, errors, pending, ids, layers }
  }, [served, local.data, preview, id, quarterIds.ids])
  const manifest = quarterIds.source
  // Rules across files (a movement against another quarter's published ranks): the stating file is
  // rejected like any file that does not validate, named with its field.
  const checked = useMemo(() => {
    const bad = crossQuarterIssues(quarters.files)
    if (!bad.size) return quarters
    const files = new Map(quarters.files)
    const errors = new Map(quarters.errors)
    for (const [q, issues] of bad) {
      files.delete(q)
      const entry = manifest?.entry.quarters[q]
      errors.set(q, new DataFileError(entry ? `data/${entry.file}` : `${q}.json`, issues))
    }
    return { ...quarters, files, errors }
  }, [quarters, manifest])
  return useMemo((): DatasetState => {
    const quarters = checked
    const sourceMap = new Map((sources.data ?? []).map((s) => [s.id, s]))
    for (const s of importedSources(quarters.files.values())) sourceMap.set(s.id, s)
    const base = {
      allQuarters: quarters.ids,
      errors: quarters.errors,
      pendingQuarters: quarters.pending,
      sources: sourceMap,
      layers: quarters.layers,
    }
    const fatal = quarterIds.error ?? districts.error ?? sources.error ?? null
    if (fatal) return { ...base, status: 'error', fatal, dataset: null }
    // The local layer is read before the first figures show, so a local quarter never flashes in late.
    if (!quarterIds.ready || !districts.data || !sources.data || local.isPending)
      return { ...base, status: 'pending', fatal: null, dataset: null }
    return {
      ...base,
      status: quarters.pending.size ? 'pending' : 'success',
      fatal: null,
      dataset: {
        id,
        districts: districts.data,
        quarters: quarters.files,
        broken: new Map(
          [...quarters.errors].map(([q, e]) => [q, e instanceof DataFileError ? e.file : `${q}.json`]),
        ),
      },
    }
  }, [
    local.isPending,
    id,
    quarterIds.ready,
    quarterIds.error,
    districts.data,
    districts.error,
    sources.data,
    sources.error,
    checked,
  ])
}

/**
 * Whether the dataset holds generated figures ('demo', marked DEMO) or published ones ('real'); undefined
 * while a folder dataset's sources load (a built-in dataset is known at once, so its mark never flickers).
 */
export function useDatasetKind(id: DatasetId): DatasetKind | undefined {
  const builtIn = isDatasetKind(id)
  const sources = useQuery({ ...sourcesQueryOptions(id), enabled: !builtIn })
  if (builtIn) return id
  return sources.data ? datasetKind(id, sources.data) : undefined
}
