/**
 * Loads one dataset: districts, sources and every quarter file, each its own query. A broken
 * quarter file shows up in `errors` while the valid ones make up `dataset`.
 */
import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Dataset, DatasetId } from '../domain/model/dataset'
import type { QuarterId } from '../domain/model/quarter'
import type { QuarterFile, Source } from '../domain/model/schema'
import { quarterFiles } from './data-files'
import { districtsQueryOptions, quarterQueryOptions, sourcesQueryOptions } from './queries'

export type DatasetState = {
  status: 'pending' | 'error' | 'success'
  /** Failure of a file every quarter needs (districts.json, sources.json). */
  fatal: Error | null
  dataset: Dataset | null
  /** Every quarter that has a file, valid or not, oldest first. */
  allQuarters: QuarterId[]
  errors: Map<QuarterId, Error>
  pendingQuarters: Set<QuarterId>
  sources: Map<string, Source>
}

export function useDataset(id: DatasetId): DatasetState {
  const allQuarters = useMemo(() => quarterFiles(id), [id])
  const districts = useQuery(districtsQueryOptions(id))
  const sources = useQuery(sourcesQueryOptions(id))
  const quarters = useQueries({
    queries: allQuarters.map((q) => quarterQueryOptions(id, q)),
    combine: (results) => results,
  })
  // Results are new arrays each render; key the memo on what actually changes.
  const stamp = quarters.map((r) => `${r.status}:${r.dataUpdatedAt}:${r.errorUpdatedAt}`).join('|')
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stamp` summarizes `quarters`
  return useMemo((): DatasetState => {
    const sourceMap = new Map((sources.data ?? []).map((s) => [s.id, s]))
    const fatal = districts.error ?? sources.error ?? null
    const errors = new Map<QuarterId, Error>()
    const pending = new Set<QuarterId>()
    const files = new Map<QuarterId, QuarterFile>()
    quarters.forEach((r, i) => {
      const q = allQuarters[i] as QuarterId
      if (r.data) files.set(q, r.data)
      else if (r.error) errors.set(q, r.error)
      else pending.add(q)
    })
    if (fatal)
      return {
        status: 'error',
        fatal,
        dataset: null,
        allQuarters,
        errors,
        pendingQuarters: pending,
        sources: sourceMap,
      }
    if (!districts.data || !sources.data)
      return {
        status: 'pending',
        fatal: null,
        dataset: null,
        allQuarters,
        errors,
        pendingQuarters: pending,
        sources: sourceMap,
      }
    return {
      status: pending.size ? 'pending' : 'success',
      fatal: null,
      dataset: { id, districts: districts.data, quarters: files },
      allQuarters,
      errors,
      pendingQuarters: pending,
      sources: sourceMap,
    }
  }, [id, allQuarters, districts.data, districts.error, sources.data, sources.error, stamp])
}
