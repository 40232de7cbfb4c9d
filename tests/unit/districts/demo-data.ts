/**
 * Loads the demo dataset (src/data/demo) with node:fs, validated like the app does, for domain
 * tests that need full history. Example: loadDemoDataset().quarters.size → 12
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '../../../src/domain/dataset'
import { isQuarterId, type QuarterId } from '../../../src/domain/quarter'
import type { NewsItem, QuarterFile } from '../../../src/domain/schema'
import {
  validateDistricts,
  validateNews,
  validateQuarter,
  validateSources,
} from '../../../src/domain/validate'

const dir = (dataset: 'real' | 'demo') =>
  fileURLToPath(new URL(`../../../src/data/${dataset}/`, import.meta.url))
const read = (dataset: 'real' | 'demo', file: string) => readFileSync(`${dir(dataset)}${file}`, 'utf8')

function context(dataset: 'real' | 'demo') {
  const districts = validateDistricts('districts.json', read(dataset, 'districts.json'))
  const sources = validateSources('sources.json', read(dataset, 'sources.json'))
  return {
    districts,
    ctx: { districtIds: new Set(districts.map((d) => d.id)), sourceIds: new Set(sources.map((s) => s.id)) },
  }
}

export function loadDataset(dataset: 'real' | 'demo'): Dataset {
  const { districts, ctx } = context(dataset)
  const quarters = new Map<QuarterId, QuarterFile>()
  for (const f of readdirSync(`${dir(dataset)}quarters`).sort()) {
    const q = f.replace(/\.json$/, '')
    if (!isQuarterId(q)) continue
    quarters.set(q, validateQuarter(`quarters/${f}`, read(dataset, `quarters/${f}`), ctx, q))
  }
  return { id: dataset, districts, quarters }
}

export const loadDemoDataset = () => loadDataset('demo')

export function loadNews(dataset: 'real' | 'demo'): NewsItem[] {
  return validateNews('news.json', read(dataset, 'news.json'), context(dataset).ctx)
}
