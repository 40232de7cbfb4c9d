/**
 * Loads either bundled dataset from src/data with node:fs, validated exactly as the app does at its
 * boundary (tests/fixtures/real-data.ts does the same for the real data only).
 * Example: loadDataset('demo').quarters.size → 12
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset, DatasetId } from '../../../src/domain/dataset'
import { isQuarterId, type QuarterId } from '../../../src/domain/quarter'
import type { QuarterFile } from '../../../src/domain/schema'
import { validateDistricts, validateQuarter, validateSources } from '../../../src/domain/validate'

export function loadDataset(id: DatasetId): Dataset {
  // import.meta.dirname works under both the node and the jsdom test environments.
  const dir = `${join(import.meta.dirname, '..', '..', '..', 'src', 'data', id)}/`
  const read = (f: string) => readFileSync(`${dir}${f}`, 'utf8')
  const districts = validateDistricts('districts.json', read('districts.json'))
  const sources = validateSources('sources.json', read('sources.json'))
  const ctx = {
    districtIds: new Set(districts.map((d) => d.id)),
    sourceIds: new Set(sources.map((s) => s.id)),
  }
  const quarters = new Map<QuarterId, QuarterFile>()
  for (const f of readdirSync(`${dir}quarters`).sort()) {
    const q = f.replace(/\.json$/, '')
    if (!isQuarterId(q)) continue
    quarters.set(q, validateQuarter(`quarters/${f}`, read(`quarters/${f}`), ctx, q))
  }
  return { id, districts, quarters }
}
