// The manifest is validated at the boundary like every data file: a broken one is a DataFileError naming
// data/manifest.json and the field, and the script's output (scripts/data-manifest.mjs) is what the schema takes.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildManifest } from '../../../scripts/data-manifest.mjs'
import {
  type Manifest,
  manifestDataset,
  manifestQuarter,
  manifestQuarters,
  validateManifest,
  validateManifestData,
} from '../../../src/domain/model/manifest'
import { DataFileError } from '../../../src/domain/model/validate'

const dataDir = join(import.meta.dirname, '..', '..', '..', 'public', 'data')
const HASH = 'a'.repeat(64)
const entry = (file: string) => ({ file, sha256: HASH })
const good = () => ({
  version: 1,
  datasets: {
    real: {
      districts: entry('real/districts.json'),
      sources: entry('real/sources.json'),
      news: entry('real/news.json'),
      quarters: {
        '2022Q2': entry('real/quarters/2022Q2.json'),
        '2022Q1': entry('real/quarters/2022Q1.json'),
      },
    },
  },
})
type Raw = ReturnType<typeof good> & Record<string, unknown>

/** The DataFileError a manifest throws (or a failing test if it validates). */
function errorOf(data: unknown): DataFileError {
  try {
    validateManifestData(data)
  } catch (e) {
    if (e instanceof DataFileError) return e
    throw e
  }
  return expect.fail('expected the manifest to be rejected')
}

describe('validateManifest', () => {
  it('accepts the committed public/data/manifest.json and what the script builds', () => {
    const m = validateManifest(readFileSync(join(dataDir, 'manifest.json'), 'utf8'))
    expect(manifestQuarters(m, 'real')).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q3'])
    expect(manifestQuarters(m, 'demo')).toHaveLength(12)
    expect(validateManifestData(buildManifest(dataDir))).toEqual(m)
  })

  const BROKEN: [what: string, edit: (m: Raw) => void, path: string, message: RegExp][] = [
    ['a newer version', (m) => Object.assign(m, { version: 2 }), 'version', /1/],
    [
      'a quarter without a hash',
      (m) => Object.assign(m.datasets.real.quarters, { '2022Q2': { file: 'real/quarters/2022Q2.json' } }),
      'datasets.real.quarters.2022Q2.sha256',
      /缺少此字段/,
    ],
    [
      'a hash that is not 64 hex digits',
      (m) => Object.assign(m.datasets.real.districts, { sha256: 'ABC' }),
      'datasets.real.districts.sha256',
      /sha256/,
    ],
    [
      'a quarter key that is not YYYYQn',
      (m) => Object.assign(m.datasets.real.quarters, { '2022Q5': entry('real/quarters/2022Q5.json') }),
      'datasets.real.quarters.2022Q5',
      /YYYYQn/,
    ],
    [
      'a path out of the data folder',
      (m) => Object.assign(m.datasets.real.news, { file: '../secrets.json' }),
      'datasets.real.news.file',
      /相对路径/,
    ],
    [
      'an absolute path',
      (m) => Object.assign(m.datasets.real.news, { file: '/real/news.json' }),
      'datasets.real.news.file',
      /相对路径/,
    ],
    [
      'a path with a query string',
      (m) => Object.assign(m.datasets.real.news, { file: 'real/news.json?x=1' }),
      'datasets.real.news.file',
      /相对路径/,
    ],
    [
      'an unknown dataset',
      (m) => Object.assign(m.datasets, { reel: m.datasets.real }),
      'datasets.reel',
      /reel/,
    ],
    [
      'a dataset without its districts file',
      (m) => Object.assign(m.datasets.real, { districts: undefined }),
      'datasets.real.districts',
      /缺少此字段/,
    ],
  ]

  it.each(BROKEN)('rejects %s, naming the field', (_what, edit, path, message) => {
    const m = good() as Raw
    edit(m)
    const err = errorOf(m)
    expect(err.file).toBe('data/manifest.json')
    expect(err.kinds).toEqual(['schema'])
    const issue = err.issues.find((i) => i.path === path)
    expect(issue, `issues: ${JSON.stringify(err.issues)}`).toBeDefined()
    expect(issue?.message).toMatch(message)
    expect(err.message).toContain('data/manifest.json')
  })

  it('names malformed JSON as such', () => {
    expect(() => validateManifest('{"version": 1,')).toThrow(DataFileError)
    try {
      validateManifest('{"version": 1,')
    } catch (e) {
      expect((e as DataFileError).kinds).toEqual(['malformed-json'])
      expect((e as DataFileError).file).toBe('data/manifest.json')
    }
  })
})

describe('manifest lookups', () => {
  const m = validateManifestData(good()) as Manifest

  it('lists quarters oldest first whatever the key order in the file', () => {
    expect(manifestQuarters(m, 'real')).toEqual(['2022Q1', '2022Q2'])
    expect(manifestQuarters(m, 'demo')).toEqual([])
  })

  it('a dataset or quarter the manifest does not list is a named error', () => {
    expect(() => manifestDataset(m, 'demo')).toThrow(/data\/manifest\.json: datasets\.demo/)
    expect(() => manifestQuarter(m, 'real', '2024Q1')).toThrow(/datasets\.real\.quarters\.2024Q1/)
    expect(manifestQuarter(m, 'real', '2022Q2').file).toBe('real/quarters/2022Q2.json')
  })
})
