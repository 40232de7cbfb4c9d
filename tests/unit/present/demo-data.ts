/**
 * Loads the generated demo dataset (src/data/demo) with node:fs, validated exactly as the app does,
 * for deck tests at full density. Example: loadDemoDataset().quarters.size → 12
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '../../../src/domain/dataset'
import { isQuarterId, type QuarterId } from '../../../src/domain/quarter'
import type { QuarterFile } from '../../../src/domain/schema'
import { validateDistricts, validateQuarter, validateSources } from '../../../src/domain/validate'

const DIR = fileURLToPath(new URL('../../../src/data/demo/', import.meta.url))
const read = (file: string) => readFileSync(`${DIR}${file}`, 'utf8')

export function loadDemoDataset(): Dataset {
  const districts = validateDistricts('districts.json', read('districts.json'))
  const sources = validateSources('sources.json', read('sources.json'))
  const ctx = {
    districtIds: new Set(districts.map((d) => d.id)),
    sourceIds: new Set(sources.map((s) => s.id)),
  }
  const quarters = new Map<QuarterId, QuarterFile>()
  for (const f of readdirSync(`${DIR}quarters`).sort()) {
    const id = f.replace(/\.json$/, '')
    if (!isQuarterId(id)) continue
    quarters.set(id, validateQuarter(`quarters/${f}`, read(`quarters/${f}`), ctx, id))
  }
  return { id: 'demo', districts, quarters }
}
