#!/usr/bin/env node
// The data manifest (data/manifest.json): which files each dataset has, with a sha256 per file. The app reads
// it first, at run time, and fetches each file by its listed path with the start of its hash as a cache buster,
// so an administrator adds a quarter to a served deployment by copying one file into data/ and re-running this
// script there; no rebuild.
//
//   node scripts/data-manifest.mjs [dir]            write <dir>/manifest.json (default: public/data)
//   node scripts/data-manifest.mjs --check [dir]    exit 1 naming every stale entry if it is out of date
//   npm run data:manifest -- dist/data              the same for a deployed build
//   npm run data:manifest -- dist/data/large        a folder dataset (a folder with districts.json, opened
//                                                   by ?dataset=large): its own manifest, paths 'large/…'
//
// Pure Node (no dependencies), so it runs on a server that only has the built files and node.
// Types for TypeScript callers live next door in data-manifest.d.mts.

import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
export const DEFAULT_DATA_DIR = join(repoRoot, 'public', 'data')
export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_VERSION = 1

// The same lists as src/domain/model/ids.ts (DATASET_IDS) and manifest.ts; this script cannot import
// TypeScript, and tests/unit/data-manifest.test.ts checks what it writes against the app's schema.
const DATASETS = ['real', 'demo']
const CORE_FILES = ['districts', 'sources', 'news']
/** Folder dataset names, as src/domain/model/ids.ts DATASET_NAME_RE. */
const DATASET_NAME = /^[a-z0-9][a-z0-9-]{0,31}$/
/** Only quarter files proper: a stray `2022Q2.json.bak`, `notes.json` or `2022Q5.json` is not a quarter. */
const QUARTER_FILE = /^(\d{4}Q[1-4])\.json$/

/** Example: sha256Of(Buffer.from('')) → 'e3b0c442…' (hex of the bytes as stored, no newline normalisation). */
function sha256Of(bytes) {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Manifest paths use '/' and are relative to the data folder, whatever the OS separator. */
function fileEntry(dataDir, file) {
  const full = join(dataDir, ...file.split('/'))
  if (!existsSync(full)) throw new Error(`${relative(process.cwd(), full) || full}: missing`)
  return { file, sha256: sha256Of(readFileSync(full)) }
}

/**
 * The manifest the files in dataDir call for: every dataset folder present (real/, demo/) with its
 * districts, sources and news files and its quarter files (YYYYQn.json only, oldest first). Other folders
 * (a folder dataset such as large/) have their own manifest and are not listed here. When dataDir is a
 * dataset folder itself, its folder manifest (buildFolderManifest).
 * Example: buildManifest('public/data').datasets.real.quarters['2022Q2']
 *   → { file: 'real/quarters/2022Q2.json', sha256: '…64 hex…' }
 */
export function buildManifest(dataDir = DEFAULT_DATA_DIR) {
  if (isDatasetFolder(dataDir)) return buildFolderManifest(dataDir)
  const datasets = {}
  for (const id of DATASETS) {
    if (!existsSync(join(dataDir, id))) continue
    datasets[id] = datasetEntry(dataDir, id)
  }
  if (Object.keys(datasets).length === 0)
    throw new Error(`${dataDir}: no dataset folder (expected ${DATASETS.join('/ or ')}/)`)
  return { version: MANIFEST_VERSION, datasets }
}

/** A dataset folder itself (districts.json inside), rather than a data folder holding real/ and demo/. */
export function isDatasetFolder(dir) {
  return existsSync(join(dir, 'districts.json'))
}

/**
 * The manifest of a folder dataset `<data>/<name>/` (the app reads it as data/<name>/manifest.json when the
 * main manifest does not list <name>): the same format with one dataset, paths relative to the data folder.
 * Example: buildFolderManifest('dist/data/large').datasets.large.quarters['2015Q1'].file
 *   → 'large/quarters/2015Q1.json'
 */
export function buildFolderManifest(dir) {
  const name = basename(resolve(dir))
  if (!DATASET_NAME.test(name))
    throw new Error(`${dir}: a dataset folder's name must match ${DATASET_NAME} (it is the ?dataset= name)`)
  if (DATASETS.includes(name))
    throw new Error(
      `${dir}: ${name}/ is listed in its data folder's manifest; run this on the folder above it`,
    )
  return { version: MANIFEST_VERSION, datasets: { [name]: datasetEntry(resolve(dir, '..'), name) } }
}

/** One dataset's entry: its core files and its quarter files (YYYYQn.json only, oldest first). */
function datasetEntry(dataDir, id) {
  const entry = {}
  for (const core of CORE_FILES) entry[core] = fileEntry(dataDir, `${id}/${core}.json`)
  const quartersDir = join(dataDir, id, 'quarters')
  const names = existsSync(quartersDir) ? readdirSync(quartersDir) : []
  // Text order is calendar order for YYYYQn, and object keys that are not integers keep insertion order.
  const quarters = names
    .map((name) => QUARTER_FILE.exec(name)?.[1])
    .filter((q) => q !== undefined)
    .sort()
  entry.quarters = {}
  for (const q of quarters) entry.quarters[q] = fileEntry(dataDir, `${id}/quarters/${q}.json`)
  return entry
}

/** The manifest as written: 2-space JSON with a trailing newline, like every data file. */
export function manifestText(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`
}

/** Writes <dataDir>/manifest.json from the files there and returns the manifest. */
export function writeManifest(dataDir = DEFAULT_DATA_DIR) {
  const manifest = buildManifest(dataDir)
  writeFileSync(join(dataDir, MANIFEST_FILE), manifestText(manifest))
  return manifest
}

/** { 'real.quarters.2022Q2': { file, sha256 }, … } for comparing two manifests entry by entry. */
function flatEntries(manifest) {
  const out = new Map()
  const datasets = manifest && typeof manifest === 'object' ? (manifest.datasets ?? {}) : {}
  for (const [id, ds] of Object.entries(datasets)) {
    if (!ds || typeof ds !== 'object') continue
    for (const core of CORE_FILES) if (ds[core]) out.set(`${id}.${core}`, ds[core])
    for (const [q, e] of Object.entries(ds.quarters ?? {})) out.set(`${id}.quarters.${q}`, e)
  }
  return out
}

/**
 * What is out of date in <dataDir>/manifest.json, one line per entry (empty when it is current).
 * Example: ['real.quarters.2022Q2: sha256 differs from real/quarters/2022Q2.json',
 *           'real.quarters.2024Q1: not listed (real/quarters/2024Q1.json exists)']
 */
export function checkManifest(dataDir = DEFAULT_DATA_DIR) {
  const path = join(dataDir, MANIFEST_FILE)
  if (!existsSync(path)) return [`${MANIFEST_FILE}: missing`]
  let written
  try {
    written = JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    return [`${MANIFEST_FILE}: not valid JSON (${e.message})`]
  }
  const expected = buildManifest(dataDir)
  const problems = []
  if (written?.version !== expected.version)
    problems.push(`version: ${JSON.stringify(written?.version)}, expected ${expected.version}`)
  const have = flatEntries(written)
  const want = flatEntries(expected)
  for (const [key, e] of want) {
    const h = have.get(key)
    if (!h) problems.push(`${key}: not listed (${e.file} exists)`)
    else if (h.file !== e.file) problems.push(`${key}: lists ${h.file}, expected ${e.file}`)
    else if (h.sha256 !== e.sha256) problems.push(`${key}: sha256 differs from ${e.file}`)
  }
  for (const [key, h] of have)
    if (!want.has(key)) problems.push(`${key}: listed, but ${h?.file} is not there`)
  return problems
}

function main(argv) {
  const check = argv.includes('--check')
  const rest = argv.filter((a) => a !== '--check')
  const unknown = rest.filter((a) => a.startsWith('--'))
  if (unknown.length || rest.length > 1)
    throw new Error(`usage: node scripts/data-manifest.mjs [--check] [dir] (got ${argv.join(' ')})`)
  const dir = rest[0] ? resolve(rest[0]) : DEFAULT_DATA_DIR
  const shown = relative(process.cwd(), join(dir, MANIFEST_FILE)) || MANIFEST_FILE
  if (check) {
    const problems = checkManifest(dir)
    if (problems.length) {
      const command = ['node scripts/data-manifest.mjs', ...rest].join(' ')
      console.error(`${shown} is out of date (run \`${command}\` to rewrite it):\n  ${problems.join('\n  ')}`)
      process.exitCode = 1
    } else console.log(`${shown} is up to date`)
    return
  }
  const manifest = writeManifest(dir)
  const counts = Object.entries(manifest.datasets)
    .map(([id, ds]) => `${id}: ${Object.keys(ds.quarters).length} quarters`)
    .join(', ')
  console.log(`wrote ${shown} (${counts})`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2))
  } catch (e) {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  }
}
