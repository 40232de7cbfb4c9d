/**
 * One queryOptions factory per data file. Static bundled data never goes stale, so
 * staleTime/gcTime are Infinity; validation happens inside the query function, at the boundary.
 */
import { queryOptions } from '@tanstack/react-query'
import type { DatasetId } from '../domain/model/dataset'
import type { QuarterId } from '../domain/model/quarter'
import {
  DataFileError,
  type ValidationContext,
  validateDistricts,
  validateNews,
  validateQuarter,
  validateSources,
} from '../domain/model/validate'
import { dataFileUrl } from './data-files'

/** Fetches a data file's text; a missing or unreachable file is a DataFileError naming it. */
async function fetchDataFile(dataset: DatasetId, file: string, signal?: AbortSignal): Promise<string> {
  const url = dataFileUrl(dataset, file)
  if (!url) throw new DataFileError(file, [{ kind: 'missing-file', path: '', message: '数据文件不存在' }])
  let res: Response
  try {
    res = await fetch(url, { signal })
  } catch (e) {
    throw new DataFileError(file, [
      { kind: 'missing-file', path: '', message: `无法读取：${(e as Error).message}` },
    ])
  }
  if (!res.ok)
    throw new DataFileError(file, [{ kind: 'missing-file', path: '', message: `HTTP ${res.status}` }])
  return res.text()
}

export const districtsQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: ['data', dataset, 'districts'] as const,
    queryFn: async ({ signal }) =>
      validateDistricts('districts.json', await fetchDataFile(dataset, 'districts.json', signal)),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })

export const sourcesQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: ['data', dataset, 'sources'] as const,
    queryFn: async ({ signal }) =>
      validateSources('sources.json', await fetchDataFile(dataset, 'sources.json', signal)),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })

async function validationContext(
  client: import('@tanstack/react-query').QueryClient,
  dataset: DatasetId,
): Promise<ValidationContext> {
  const [districts, sources] = await Promise.all([
    client.ensureQueryData(districtsQueryOptions(dataset)),
    client.ensureQueryData(sourcesQueryOptions(dataset)),
  ])
  return { districtIds: new Set(districts.map((d) => d.id)), sourceIds: new Set(sources.map((s) => s.id)) }
}

export const quarterQueryOptions = (dataset: DatasetId, quarter: QuarterId) =>
  queryOptions({
    queryKey: ['data', dataset, 'quarter', quarter] as const,
    queryFn: async ({ client, signal }) => {
      const file = `quarters/${quarter}.json`
      const [ctx, text] = await Promise.all([
        validationContext(client, dataset),
        fetchDataFile(dataset, file, signal),
      ])
      return validateQuarter(file, text, ctx, quarter, dataset)
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })

export const newsQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: ['data', dataset, 'news'] as const,
    queryFn: async ({ client, signal }) => {
      const [ctx, text] = await Promise.all([
        validationContext(client, dataset),
        fetchDataFile(dataset, 'news.json', signal),
      ])
      return validateNews('news.json', text, ctx)
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })
