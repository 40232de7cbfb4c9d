/**
 * A deterministic mutation fuzzer over every data file kind (quarters, districts, sources, news, the
 * manifest) of both bundled datasets. Each case takes one file, applies one to three mutations (type
 * swaps, out-of-range numbers, duplicates, deletions, long strings, bad dates, U+FFFD, prototype keys,
 * odd unicode, swapped ids, truncated text) chosen by a seeded PRNG, and checks one of two outcomes:
 * - rejected: a DataFileError naming the file, every problem with a kind, a field path and the
 *   project's own words (a code; never the validator's English), and the other files still valid and
 *   their views running (a rejected quarter's neighbours say so, naming the file);
 * - accepted: every view model runs without throwing and shows no value outside its rule
 *   (view-models.ts).
 * Example: fuzzCase(17) → { kind: 'quarter', file: 'data/real/quarters/2022Q2.json', outcome: 'rejected' }
 */

import { crossQuarterIssues } from '../../../src/domain/model/cross-quarter'
import { DataFileError } from '../../../src/domain/model/data-file-error'
import type { Dataset } from '../../../src/domain/model/dataset'
import type { DatasetKind } from '../../../src/domain/model/ids'
import { validateManifest } from '../../../src/domain/model/manifest'
import { nextQuarter, previousQuarter, type QuarterId } from '../../../src/domain/model/quarter'
import type { District, NewsItem, QuarterFile, Source } from '../../../src/domain/model/schema'
import {
  type ValidationContext,
  validateDistricts,
  validateNews,
  validateQuarter,
  validateSources,
} from '../../../src/domain/model/validate'
import { buildRankingTable } from '../../../src/domain/tables/ranking-table'
import { quarterFiles, quarterOfFile, readDataText } from '../../fixtures/datasets'
import { runViewModels } from './view-models'

const FUZZ_SEED = 0x13a

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Slot = { parent: Json[] | { [k: string]: Json }; key: string | number; value: Json }

function slots(root: Json): Slot[] {
  const out: Slot[] = []
  const walk = (node: Json) => {
    if (Array.isArray(node))
      node.forEach((v, i) => {
        out.push({ parent: node, key: i, value: v })
        walk(v)
      })
    else if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node, key: k, value: v })
        walk(v)
      }
  }
  walk(root)
  return out
}

const set = (s: Slot, v: Json) => {
  ;(s.parent as Record<string | number, Json>)[s.key] = v
}

const ODD = [
  '\u202e',
  '\u200b',
  'e\u0301',
  '😀',
  '\ud800',
  '\u0000',
  '\u3000',
  'ｓｈｉｎａｎ',
  '\u2028',
  '\ufeff',
]
const DISTRICT_IDS = [
  'shinan',
  'shibei',
  'licang',
  'laoshan',
  'huangdao',
  'chengyang',
  'jimo',
  'jiaozhou',
  'pingdu',
  'laixi',
]

const MUTATIONS = [
  'type-swap',
  'out-of-range',
  'duplicate',
  'delete',
  'long-string',
  'bad-date',
  'replacement-char',
  'prototype-key',
  'odd-unicode',
  'swap-id',
  'small-int',
] as const
type Mutation = (typeof MUTATIONS)[number]

function mutate(root: Json, rng: Rng, m: Mutation): unknown {
  const all = slots(root)
  if (!all.length) return
  const of = (f: (s: Slot) => boolean) => {
    const list = all.filter(f)
    return list.length ? pick(rng, list) : pick(rng, all)
  }
  switch (m) {
    case 'type-swap':
      return set(pick(rng, all), pick(rng, [null, 0, '', 'x', true, [], {}, -1, '54.96'] as Json[]))
    case 'out-of-range':
      return set(
        of((s) => typeof s.value === 'number'),
        pick(rng, [-1, 0, 11, 999, 1e300, -1e300, 0.5, 101, 2 ** 53, 60.01, -0.01, 9999]),
      )
    case 'small-int':
      return set(
        of((s) => typeof s.value === 'number'),
        Math.floor(rng() * 13) - 1,
      )
    case 'duplicate': {
      const s = of((x) => Array.isArray(x.value) && x.value.length > 0)
      if (Array.isArray(s.value) && s.value.length) s.value.push(structuredClone(pick(rng, s.value)))
      return
    }
    case 'delete': {
      const s = pick(rng, all)
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1)
      else delete s.parent[s.key as string]
      return
    }
    case 'long-string':
      return set(
        of((s) => typeof s.value === 'string'),
        pick(rng, ['x', '长', '😀']).repeat(pick(rng, [501, 5001, 100_001])),
      )
    case 'bad-date':
      return set(
        of((s) => typeof s.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.value)),
        pick(rng, ['2022-02-30', '9999-99-99', '2022-2-3', '2022-13-01', '2023-02-29', '0000-00-00']),
      )
    case 'replacement-char': {
      const s = of((x) => typeof x.value === 'string')
      return set(s, `${typeof s.value === 'string' ? s.value : ''}\uFFFD\uFFFD`)
    }
    case 'prototype-key': {
      const s = of((x) => x.value !== null && typeof x.value === 'object' && !Array.isArray(x.value))
      if (s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value) && rng() < 0.5)
        Object.defineProperty(s.value, pick(rng, ['__proto__', 'constructor', 'prototype']), {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
          writable: true,
        })
      else
        set(
          of((x) => x.key === 'id' || x.key === 'district'),
          pick(rng, ['__proto__', 'constructor', 'prototype']),
        )
      return
    }
    case 'odd-unicode': {
      const s = of((x) => typeof x.value === 'string')
      const v = typeof s.value === 'string' ? s.value : ''
      const at = Math.floor(rng() * (v.length + 1))
      return set(s, v.slice(0, at) + pick(rng, ODD) + v.slice(at))
    }
    case 'swap-id':
      return set(
        of((s) => s.key === 'district' || (typeof s.value === 'string' && DISTRICT_IDS.includes(s.value))),
        pick(rng, [...DISTRICT_IDS, 'qingdao', 'Shinan', '']),
      )
  }
}

type Base = {
  kind: DatasetKind
  texts: Map<string, string>
  districts: District[]
  sources: Source[]
  news: NewsItem[]
  quarters: Map<QuarterId, QuarterFile>
}

const ctxOf = (districts: District[], sources: Source[]): ValidationContext => ({
  districtIds: new Set(districts.map((d) => d.id)),
  sourceIds: new Set(sources.map((s) => s.id)),
})

const baseCache = new Map<DatasetKind, Base>()
function base(kind: DatasetKind): Base {
  const cached = baseCache.get(kind)
  if (cached) return cached
  const texts = new Map<string, string>()
  for (const f of ['districts.json', 'sources.json', 'news.json', ...quarterFiles(kind)])
    texts.set(f, readDataText(kind, f))
  const districts = validateDistricts('districts.json', texts.get('districts.json') as string)
  const sources = validateSources('sources.json', texts.get('sources.json') as string)
  const ctx = ctxOf(districts, sources)
  const news = validateNews('news.json', texts.get('news.json') as string, ctx)
  const quarters = new Map<QuarterId, QuarterFile>()
  for (const f of quarterFiles(kind))
    quarters.set(quarterOfFile(f), validateQuarter(f, texts.get(f) as string, ctx, quarterOfFile(f), kind))
  const b = { kind, texts, districts, sources, news, quarters }
  baseCache.set(kind, b)
  return b
}

const ENGLISH_DEFAULTS = /Invalid input|Invalid option|Too big|Too small|Unrecognized key|expected/

/** The named-error contract: this file, every problem with a kind, a path where one exists, our words. */
function assertNamed(e: unknown, file: string): DataFileError {
  if (!(e instanceof DataFileError)) throw new Error(`${file}: not a DataFileError: ${String(e)}`)
  if (e.file !== file) throw new Error(`error names ${e.file}, expected ${file}`)
  if (!e.issues.length) throw new Error(`${file}: an error without problems`)
  for (const i of e.issues) {
    if (!i.kind || !i.message)
      throw new Error(`${file}: a problem without kind or words: ${JSON.stringify(i)}`)
    if (i.kind !== 'malformed-json' && !i.code)
      throw new Error(`${file}: ${i.path}: no message code (${i.message})`)
    if (i.kind !== 'malformed-json' && ENGLISH_DEFAULTS.test(i.message))
      throw new Error(`${file}: ${i.path}: validator English: ${i.message}`)
    // Only a file whose top level has the wrong shape has a problem without a field path.
    if (!i.path && i.kind !== 'malformed-json' && !i.code?.startsWith('invalidType'))
      throw new Error(`${file}: a problem without a field path: ${JSON.stringify(i).slice(0, 200)}`)
  }
  return e
}

function attempt<T>(fn: () => T, file: string): { ok: true; value: T } | { ok: false; error: DataFileError } {
  try {
    return { ok: true, value: fn() }
  } catch (e) {
    return { ok: false, error: assertNamed(e, file) }
  }
}

export type FuzzOutcome = {
  kind: 'quarter' | 'districts' | 'sources' | 'news' | 'manifest'
  file: string
  mutations: Mutation[]
  outcome: 'rejected' | 'accepted'
  issueKinds: string[]
}

const name = (kind: DatasetKind, f: string) => `data/${kind}/${f}`

/** Assembles the dataset as use-dataset.ts does: cross-quarter rules reject, rejected files are `broken`. */
function assemble(
  kind: DatasetKind,
  districts: District[],
  quarters: Map<QuarterId, QuarterFile>,
  broken: Map<QuarterId, string>,
): Dataset {
  const files = new Map(quarters)
  for (const [q, issues] of crossQuarterIssues(files)) {
    const file = name(kind, `quarters/${q}.json`)
    assertNamed(new DataFileError(file, issues), file)
    files.delete(q)
    broken.set(q, file)
  }
  return { id: kind, districts, quarters: files, broken }
}

/** Runs case `i` of the sequence seeded by FUZZ_SEED; throws when the contract is broken. */
export function fuzzCase(i: number): FuzzOutcome {
  const rng = prng(FUZZ_SEED * 1_000_003 + i)
  const kind: DatasetKind = rng() < 0.75 ? 'real' : 'demo'
  const b = base(kind)
  const fileKind = pick(rng, [
    'quarter',
    'quarter',
    'quarter',
    'districts',
    'sources',
    'news',
    'manifest',
  ] as const)
  const rel =
    fileKind === 'quarter'
      ? pick(rng, quarterFiles(kind))
      : fileKind === 'manifest'
        ? 'manifest.json'
        : `${fileKind}.json`
  const original = fileKind === 'manifest' ? readManifestText() : (b.texts.get(rel) as string)
  const mutations: Mutation[] = []
  let text: string
  if (rng() < 0.05) {
    // Text-level damage: a truncated upload.
    text = original.slice(0, Math.floor(rng() * original.length))
    mutations.push('delete')
  } else {
    const json = JSON.parse(original) as Json
    const count = 1 + Math.floor(rng() * 3)
    for (let k = 0; k < count; k++) {
      const m = pick(rng, MUTATIONS)
      mutations.push(m)
      mutate(json, rng, m)
    }
    text = JSON.stringify(json)
  }
  const file = fileKind === 'manifest' ? 'data/manifest.json' : name(kind, rel)
  const done = (r: { ok: boolean; error?: DataFileError }): FuzzOutcome => ({
    kind: fileKind,
    file,
    mutations,
    outcome: r.ok ? 'accepted' : 'rejected',
    issueKinds: r.error?.kinds ?? [],
  })

  if (fileKind === 'manifest') return done(attempt(() => validateManifest(text), file))

  if (fileKind === 'quarter') {
    const q = quarterOfFile(rel)
    const r = attempt(() => validateQuarter(file, text, ctxOf(b.districts, b.sources), q, kind), file)
    const quarters = new Map(b.quarters)
    const broken = new Map<QuarterId, string>()
    if (r.ok) quarters.set(q, r.value)
    else {
      quarters.delete(q)
      broken.set(q, file)
    }
    const ds = assemble(kind, b.districts, quarters, broken)
    const near = [previousQuarter(q), q, nextQuarter(q)].filter((x) => ds.quarters.has(x))
    runViewModels(ds, b.news, { quarters: near, invalid: new Set(broken.keys()) })
    if (!r.ok) {
      // Honest neighbours: the next quarter's unknown changes against the broken one name it.
      const next = nextQuarter(q)
      if (ds.quarters.has(next))
        for (const row of buildRankingTable(ds, next, 'overall').rows) {
          const c = row.rankChange
          if (c.kind === 'unknown' && c.missing !== 'current' && c.brokenFile !== file)
            throw new Error(`${next} ${row.district.id}: change vs broken ${q} does not name ${file}`)
        }
    }
    return done(r)
  }

  if (fileKind === 'news') {
    const r = attempt(() => validateNews(file, text, ctxOf(b.districts, b.sources)), file)
    const ds = assemble(kind, b.districts, b.quarters, new Map())
    runViewModels(ds, r.ok ? r.value : [], { quarters: [...ds.quarters.keys()].slice(-2) })
    return done(r)
  }

  // districts.json or sources.json: every quarter is checked against them. A rejected core file stops
  // its dataset (the app shows its named error); the other dataset's files are untouched.
  const r =
    fileKind === 'districts'
      ? attempt(() => validateDistricts(file, text), file)
      : attempt(() => validateSources(file, text), file)
  if (!r.ok) return done(r)
  const districts = fileKind === 'districts' ? (r.value as District[]) : b.districts
  const sources = fileKind === 'sources' ? (r.value as Source[]) : b.sources
  const ctx = ctxOf(districts, sources)
  const quarters = new Map<QuarterId, QuarterFile>()
  const broken = new Map<QuarterId, string>()
  for (const f of quarterFiles(kind)) {
    const q = quarterOfFile(f)
    const qr = attempt(
      () => validateQuarter(name(kind, f), b.texts.get(f) as string, ctx, q, kind),
      name(kind, f),
    )
    if (qr.ok) quarters.set(q, qr.value)
    else broken.set(q, name(kind, f))
  }
  const nr = attempt(
    () => validateNews(name(kind, 'news.json'), b.texts.get('news.json') as string, ctx),
    name(kind, 'news.json'),
  )
  if (districts.length === 0) return done(r)
  const ds = assemble(kind, districts, quarters, broken)
  runViewModels(ds, nr.ok ? nr.value : [], {
    quarters: [...ds.quarters.keys()].slice(-2),
    invalid: new Set(broken.keys()),
  })
  return done(r)
}

let manifestText: string | null = null
function readManifestText(): string {
  manifestText ??= readDataText('real', '../manifest.json')
  return manifestText
}

/** Cases to run: FUZZ_CASES from the environment (npm run fuzz: 5000), else `fallback`. */
export function fuzzCount(fallback: number): number {
  const n = Number(process.env.FUZZ_CASES)
  return Number.isInteger(n) && n > 0 ? n : fallback
}
