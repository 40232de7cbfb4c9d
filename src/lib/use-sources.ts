import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { QuarterFile, Source } from '../domain/model/schema'
import { importedSources } from '../domain/model/sources'
import { localQuartersQueryOptions, useImportPreview } from './local-layer'
import { sourcesQueryOptions } from './queries'
import { useGlobalParams } from './use-global-params'

const EMPTY = new Map<string, Source>()

/** The current dataset's sources.json by id (one cached query; cheap to call from every status mark). */
export function useServedSources(): Map<string, Source> {
  const { dataset } = useGlobalParams()
  const { data } = useQuery({
    ...sourcesQueryOptions(dataset),
    select: (list: Source[]) => new Map(list.map((s) => [s.id, s])),
  })
  return data ?? EMPTY
}

/** The sources a figure may cite: sources.json plus the notices imported quarters carry (for an opened provenance). */
export function useSources(): Map<string, Source> {
  const { dataset } = useGlobalParams()
  const data = useServedSources()
  // Imported quarters bring their own source (the notice they were read from): local and preview
  // quarters, and imported files an administrator copied into data/ (already loaded by the views).
  const client = useQueryClient()
  const local = useQuery(localQuartersQueryOptions()).data
  const preview = useImportPreview()
  return useMemo(() => {
    const files: QuarterFile[] = []
    for (const [, f] of client.getQueriesData<QuarterFile>({ queryKey: ['data', dataset, 'quarter'] }))
      if (f) files.push(f)
    for (const q of local?.quarters ?? []) if (q.dataset === dataset) files.push(q.file)
    if (preview?.dataset === dataset) files.push(preview.file)
    const extra = importedSources(files)
    if (!extra.length) return data
    const merged = new Map(data)
    for (const s of extra) merged.set(s.id, s)
    return merged
  }, [client, data, dataset, local, preview])
}
