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
  type DatasetSource,
  datasetKind,
  listedDataset,
  sourceQuarter,
} from '../domain/model/folder-manifest'
import type { DatasetKind } from '../domain/model/ids'
import type { Manifest, ManifestFileEntry } from '../domain/model/manifest-entries'
import type { QuarterId } from '../domain/model/quarter'
import type { District, NewsItem, QuarterFile, Source } from '../domain/model/schema'
import type { ValidationContext } from '../domain/model/validate'
import { dataFileName, readDataFile, readFolderManifest, readManifest } from './data-files'
import {
  allFromBuild,
  isBuildManifest,
  loadFolderManifestValidator,
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

/**
 * Where a dataset's files are listed: the main manifest for the built-in datasets, else the folder's own
 * `data/<name>/manifest.json` (folder-manifest.ts). A folder that is missing or whose manifest is broken
 * is a DataFileError naming that file; the other datasets are untouched.
 */
export const datasetSourceQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: ['data', dataset, 'manifest'] as const,
    queryFn: async ({ client, signal }): Promise<DatasetSource> => {
      const listed = listedDataset(await client.ensureQueryData(manifestQueryOptions()), dataset)
      if (listed) return listed
      const folder = await readFolderManifest(dataset, signal)
      return (await loadFolderManifestValidator()).validateFolderManifest(dataset, folder)
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
  return (await client.ensureQueryData(datasetSourceQueryOptions(dataset))).entry[file]
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

/** What a quarter or news file is checked against; `fromBuild` when both core files are the build's own. */
type DatasetContext = ValidationContext & { kind: DatasetKind; fromBuild: boolean }

// One context per pair of core files: a 40-quarter dataset of 3,000 units would otherwise build the same
// two sets 40 times.
const contexts = new WeakMap<object, WeakMap<object, DatasetContext>>()

async function validationContext(client: QueryClient, dataset: DatasetId): Promise<DatasetContext> {
  const [districts, sources] = await Promise.all([
    client.ensureQueryData(districtsQueryOptions(dataset)),
    client.ensureQueryData(sourcesQueryOptions(dataset)),
  ])
  const bySources = contexts.get(districts) ?? new WeakMap<object, DatasetContext>()
  contexts.set(districts, bySources)
  const cached = bySources.get(sources)
  if (cached) return cached
  const ctx = {
    districtIds: new Set(districts.map((d) => d.id)),
    sourceIds: new Set(sources.map((s) => s.id)),
    kind: datasetKind(dataset, sources),
    fromBuild: allFromBuild(districts, sources),
  }
  bySources.set(sources, ctx)
  return ctx
}

/**
 * One quarter's file, by the manifest's entry for it. The list of quarters to ask for is not decided
 * here (use-dataset.ts takes it from the manifest), so a quarter from elsewhere can get its own query.
 */
export const quarterQueryOptions = (dataset: DatasetId, quarter: QuarterId) =>
  queryOptions({
    queryKey: ['data', dataset, 'quarter', quarter] as const,
    queryFn: async ({ client, signal }) => {
      const entry = sourceQuarter(await client.ensureQueryData(datasetSourceQueryOptions(dataset)), quarter)
      const [ctx, text] = await Promise.all([validationContext(client, dataset), readDataFile(entry, signal)])
      const name = dataFileName(entry)
      const trusted = ctx.fromBuild ? await trustedJson<QuarterFile>(entry.file, name, text) : null
      return trusted ?? (await loadValidators()).validateQuarter(name, text, ctx, quarter, ctx.kind)
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
