/**
 * One queryOptions factory per data file, plus one for the manifest that lists them. Data files do not
 * change while a page is open (a new quarter shows on the next load), so staleTime/gcTime are Infinity;
 * validation happens inside the query function, at the boundary (trusted-data.ts: the build's own files
 * by their hash, anything else by the full validators, loaded on demand).
 *
 * Every file query first takes the manifest from the cache (`ensureQueryData`: fetched once, shared), finds
 * its entry there and reads the file by that entry (data-files.ts), so a file's query key stays what it was
 * (`['data', dataset, 'quarter', quarter]`) whichever path or hash the manifest gives it.
 */
import { type QueryClient, queryOptions } from '@tanstack/react-query'
import type { DatasetId } from '../domain/model/dataset'
import {
  type Manifest,
  type ManifestDataset,
  type ManifestFileEntry,
  manifestDataset,
  manifestQuarter,
} from '../domain/model/manifest-entries'
import type { QuarterId } from '../domain/model/quarter'
import type { District, NewsItem, QuarterFile, Source } from '../domain/model/schema'
import type { ValidationContext } from '../domain/model/validate'
import { dataFileName, readDataFile, readManifest } from './data-files'
import {
  allFromBuild,
  isBuildManifest,
  loadManifestValidator,
  loadValidators,
  trustedJson,
} from './trusted-data'

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'manifest'] as const,
    queryFn: async ({ signal }): Promise<Manifest> => {
      const value = await readManifest(signal)
      if (await isBuildManifest(value)) return value as Manifest
      return (await loadManifestValidator()).validateManifestData(value)
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })

/** A core file's manifest entry (districts, sources or news); a dataset the manifest lacks is a named error. */
async function coreEntry(
  client: QueryClient,
  dataset: DatasetId,
  file: 'districts' | 'sources' | 'news',
): Promise<ManifestFileEntry> {
  const ds: ManifestDataset = manifestDataset(await client.ensureQueryData(manifestQueryOptions()), dataset)
  return ds[file]
}

export const districtsQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: ['data', dataset, 'districts'] as const,
    queryFn: async ({ client, signal }) => {
      const entry = await coreEntry(client, dataset, 'districts')
      const name = dataFileName(entry)
      const text = await readDataFile(entry, signal)
      return (
        (await trustedJson<District[]>(entry.file, name, text)) ??
        (await loadValidators()).validateDistricts(name, text)
      )
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })

export const sourcesQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: ['data', dataset, 'sources'] as const,
    queryFn: async ({ client, signal }) => {
      const entry = await coreEntry(client, dataset, 'sources')
      const name = dataFileName(entry)
      const text = await readDataFile(entry, signal)
      return (
        (await trustedJson<Source[]>(entry.file, name, text)) ??
        (await loadValidators()).validateSources(name, text)
      )
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })

/** What a quarter or news file is checked against; `fromBuild` when both files are the build's own. */
async function validationContext(
  client: QueryClient,
  dataset: DatasetId,
): Promise<ValidationContext & { fromBuild: boolean }> {
  const [districts, sources] = await Promise.all([
    client.ensureQueryData(districtsQueryOptions(dataset)),
    client.ensureQueryData(sourcesQueryOptions(dataset)),
  ])
  return {
    districtIds: new Set(districts.map((d) => d.id)),
    sourceIds: new Set(sources.map((s) => s.id)),
    fromBuild: allFromBuild(districts, sources),
  }
}

/**
 * One quarter's file, by the manifest's entry for it. The list of quarters to ask for is not decided
 * here (use-dataset.ts takes it from the manifest), so a quarter from elsewhere can get its own query.
 */
export const quarterQueryOptions = (dataset: DatasetId, quarter: QuarterId) =>
  queryOptions({
    queryKey: ['data', dataset, 'quarter', quarter] as const,
    queryFn: async ({ client, signal }) => {
      const entry = manifestQuarter(await client.ensureQueryData(manifestQueryOptions()), dataset, quarter)
      const [ctx, text] = await Promise.all([validationContext(client, dataset), readDataFile(entry, signal)])
      const name = dataFileName(entry)
      const trusted = ctx.fromBuild ? await trustedJson<QuarterFile>(entry.file, name, text) : null
      return trusted ?? (await loadValidators()).validateQuarter(name, text, ctx, quarter, dataset)
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })

export const newsQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: ['data', dataset, 'news'] as const,
    queryFn: async ({ client, signal }) => {
      const entry = await coreEntry(client, dataset, 'news')
      const [ctx, text] = await Promise.all([validationContext(client, dataset), readDataFile(entry, signal)])
      const name = dataFileName(entry)
      const trusted = ctx.fromBuild ? await trustedJson<NewsItem[]>(entry.file, name, text) : null
      return trusted ?? (await loadValidators()).validateNews(name, text, ctx)
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  })
