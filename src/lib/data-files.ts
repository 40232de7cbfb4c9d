/**
 * Where the bundled data files live. Each JSON file becomes its own hashed asset (`?url`), fetched
 * and validated on its own, so one broken file cannot take the others down. In the offline
 * single-file build the same URLs are inlined as data: URLs, which fetch() accepts from file://.
 */
import type { DatasetId } from '../domain/model/dataset'
import { isQuarterId, type QuarterId } from '../domain/model/quarter'

const urls = import.meta.glob('/src/data/*/**/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>

/** Example: dataFileUrl('real', 'quarters/2022Q2.json') → '/assets/2022Q2-abc123.json' */
export function dataFileUrl(dataset: DatasetId, file: string): string | undefined {
  return urls[`/src/data/${dataset}/${file}`]
}

/** Quarter ids that have a file in a dataset, oldest first, known without loading any file. */
export function quarterFiles(dataset: DatasetId): QuarterId[] {
  const prefix = `/src/data/${dataset}/quarters/`
  return Object.keys(urls)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length).replace(/\.json$/, ''))
    .filter(isQuarterId)
    .sort()
}
