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
import type { Dataset, DatasetId } from '../domain/model/dataset'
import { manifestQuarters } from '../domain/model/manifest'
import type { QuarterId } from '../domain/model/quarter'
import type { QuarterFile, Source } from '../domain/model/schema'
import {
  districtsQueryOptions,
  manifestQueryOptions,
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
}

const NO_QUARTERS: QuarterId[] = []

/** Part 1: the dataset's quarter ids, oldest first, with the state of the list itself. */
function useQuarterIds(id: DatasetId): { ids: QuarterId[]; ready: boolean; error: Error | null } {
  const manifest = useQuery(manifestQueryOptions())
  const ids = useMemo(
    () => (manifest.data ? manifestQuarters(manifest.data, id) : NO_QUARTERS),
    [manifest.data, id],
  )
  return { ids, ready: manifest.data !== undefined, error: manifest.error }
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
  // Results are new arrays each render; key the memo on what actually changes.
  const stamp = results.map((r) => `${r.status}:${r.dataUpdatedAt}:${r.errorUpdatedAt}`).join('|')
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stamp` summarizes `results`
  return useMemo(() => {
    const files = new Map<QuarterId, QuarterFile>()
    const errors = new Map<QuarterId, Error>()
    const pending = new Set<QuarterId>()
    results.forEach((r, i) => {
      const q = ids[i] as QuarterId
      if (r.data) files.set(q, r.data)
      else if (r.error) errors.set(q, r.error)
      else pending.add(q)
    })
    return { files, errors, pending }
  }, [ids, stamp])
}

export function useDataset(id: DatasetId): DatasetState {
  const quarterIds = useQuarterIds(id)
  const districts = useQuery(districtsQueryOptions(id))
  const sources = useQuery(sourcesQueryOptions(id))
  const quarters = useQuarterFiles(id, quarterIds.ids)
  return useMemo((): DatasetState => {
    const sourceMap = new Map((sources.data ?? []).map((s) => [s.id, s]))
    const base = {
      allQuarters: quarterIds.ids,
      errors: quarters.errors,
      pendingQuarters: quarters.pending,
      sources: sourceMap,
    }
    const fatal = quarterIds.error ?? districts.error ?? sources.error ?? null
    if (fatal) return { ...base, status: 'error', fatal, dataset: null }
    if (!quarterIds.ready || !districts.data || !sources.data)
      return { ...base, status: 'pending', fatal: null, dataset: null }
    return {
      ...base,
      status: quarters.pending.size ? 'pending' : 'success',
      fatal: null,
      dataset: { id, districts: districts.data, quarters: quarters.files },
    }
  }, [
    id,
    quarterIds.ids,
    quarterIds.ready,
    quarterIds.error,
    districts.data,
    districts.error,
    sources.data,
    sources.error,
    quarters,
  ])
}
