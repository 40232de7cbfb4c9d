// scripts/data-manifest.mjs: the manifest lists exactly the data files, hashed and in calendar order, and
// --check names the entry that went stale (the step in npm test, and what an administrator runs on a server).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildManifest, checkManifest, writeManifest } from '../../../scripts/data-manifest.mjs'

const root = join(import.meta.dirname, '..', '..', '..')
const script = join(root, 'scripts', 'data-manifest.mjs')
// Known vectors (FIPS 180-2), so the hashes are checked against something other than node:crypto itself.
const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
const SHA_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

let dir: string
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), text)
}
const cli = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leitai-manifest-'))
  put('real/districts.json', 'abc')
  put('real/sources.json', '')
  put('real/news.json', '[]\n')
  // Written out of order on purpose: the manifest must not depend on the directory listing's order.
  put('real/quarters/2023Q1.json', '{"q":3}')
  put('real/quarters/2022Q4.json', '{"q":2}')
  put('real/quarters/2022Q1.json', '{"q":1}')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('buildManifest', () => {
  it('lists the core files and the quarters with the sha256 of their bytes', () => {
    const m = buildManifest(dir)
    expect(m.version).toBe(1)
    expect(m.datasets.real?.districts).toEqual({ file: 'real/districts.json', sha256: SHA_ABC })
    expect(m.datasets.real?.sources).toEqual({ file: 'real/sources.json', sha256: SHA_EMPTY })
    expect(m.datasets.real?.news.file).toBe('real/news.json')
    expect(m.datasets.real?.quarters['2022Q4']?.file).toBe('real/quarters/2022Q4.json')
  })

  it('sorts quarters oldest first, across years', () => {
    expect(Object.keys(buildManifest(dir).datasets.real?.quarters ?? {})).toEqual([
      '2022Q1',
      '2022Q4',
      '2023Q1',
    ])
  })

  it('ignores names that are not YYYYQn.json', () => {
    for (const name of [
      'notes.json',
      '2022Q5.json',
      '2022Q2.json.bak',
      '2022q2.json',
      '22Q2.json',
      '2022Q2.JSON',
    ])
      put(`real/quarters/${name}`, '{}')
    expect(Object.keys(buildManifest(dir).datasets.real?.quarters ?? {})).toEqual([
      '2022Q1',
      '2022Q4',
      '2023Q1',
    ])
  })

  it('lists only the dataset folders present, and names a missing core file', () => {
    expect(Object.keys(buildManifest(dir).datasets)).toEqual(['real'])
    put('demo/districts.json', '[]')
    put('demo/sources.json', '[]')
    expect(() => buildManifest(dir)).toThrow(/demo[/\\]news\.json: missing/)
    put('demo/news.json', '[]')
    expect(buildManifest(dir).datasets.demo?.quarters).toEqual({})
  })

  it('a changed byte changes the hash', () => {
    const before = buildManifest(dir).datasets.real?.quarters['2022Q1']?.sha256
    put('real/quarters/2022Q1.json', '{"q":1} ')
    expect(buildManifest(dir).datasets.real?.quarters['2022Q1']?.sha256).not.toBe(before)
  })
})

describe('checkManifest / --check', () => {
  it('is clean right after writeManifest, and the file is 2-space JSON with a newline', () => {
    const m = writeManifest(dir)
    expect(checkManifest(dir)).toEqual([])
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(`${JSON.stringify(m, null, 2)}\n`)
  })

  it('names a changed file, a quarter not listed and a listed file that is gone', () => {
    writeManifest(dir)
    put('real/quarters/2022Q4.json', '{"q":"changed"}')
    put('real/quarters/2024Q1.json', '{}')
    unlinkSync(join(dir, 'real/quarters/2022Q1.json'))
    expect(checkManifest(dir).sort()).toEqual([
      'real.quarters.2022Q1: listed, but real/quarters/2022Q1.json is not there',
      'real.quarters.2022Q4: sha256 differs from real/quarters/2022Q4.json',
      'real.quarters.2024Q1: not listed (real/quarters/2024Q1.json exists)',
    ])
  })

  it('reports a missing manifest', () => {
    expect(checkManifest(dir)).toEqual(['manifest.json: missing'])
  })

  it('CLI: writes the manifest, --check passes, then exits 1 naming the stale entry', () => {
    const write = cli(dir)
    expect(write.status).toBe(0)
    expect(write.stdout).toMatch(/wrote .*manifest\.json \(real: 3 quarters\)/)
    expect(cli('--check', dir).status).toBe(0)
    put('real/quarters/2023Q1.json', '{"q":"edited"}')
    const stale = cli('--check', dir)
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain('real.quarters.2023Q1: sha256 differs from real/quarters/2023Q1.json')
    expect(stale.stderr).toContain('out of date')
  })

  it('CLI: rejects unknown options', () => {
    const r = cli('--frobnicate', dir)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('usage')
  })
})

describe('the committed public/data/manifest.json', () => {
  it('matches the files (run npm run data:manifest after changing one)', () => {
    expect(checkManifest(join(root, 'public', 'data'))).toEqual([])
  })
})

describe('folder datasets (a folder with its own manifest, opened by ?dataset=<name>)', () => {
  beforeEach(() => {
    put('county-a/districts.json', '[]')
    put('county-a/sources.json', '[]')
    put('county-a/news.json', '[]')
    put('county-a/quarters/2015Q2.json', '{"q":2}')
    put('county-a/quarters/2015Q1.json', '{"q":1}')
  })

  it('the data folder manifest does not list it; the folder gets its own, paths relative to data/', () => {
    expect(Object.keys(buildManifest(dir).datasets)).toEqual(['real'])
    const m = buildManifest(join(dir, 'county-a'))
    expect(Object.keys(m.datasets)).toEqual(['county-a'])
    expect(m.datasets['county-a']?.districts.file).toBe('county-a/districts.json')
    expect(Object.keys(m.datasets['county-a']?.quarters ?? {})).toEqual(['2015Q1', '2015Q2'])
  })

  it('the CLI writes and checks it', () => {
    const folder = join(dir, 'county-a')
    expect(cli(folder).status).toBe(0)
    expect(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'))).toEqual(buildManifest(folder))
    expect(cli('--check', folder).status).toBe(0)
    put('county-a/quarters/2015Q3.json', '{"q":3}')
    const r = cli('--check', folder)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('county-a.quarters.2015Q3: not listed')
  })

  it('refuses a folder whose name cannot be a ?dataset= name, and real/ or demo/ on their own', () => {
    put('County_A/districts.json', '[]')
    expect(() => buildManifest(join(dir, 'County_A'))).toThrow(/must match/)
    put('real/districts.json', 'abc')
    expect(() => buildManifest(join(dir, 'real'))).toThrow(/folder above it/)
  })
})
