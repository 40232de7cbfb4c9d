// Folder datasets: the ?dataset= name, the folder's own manifest and its named errors, and which
// manifest a dataset is read from.
import { describe, expect, it } from 'vitest'
import {
  datasetKind,
  folderManifestFile,
  listedDataset,
  parseDatasetName,
  sourceQuarter,
  sourceQuarters,
} from '../../../src/domain/model/folder-manifest'
import { validateFolderManifest } from '../../../src/domain/model/folder-manifest-schema'
import { DataFileError } from '../../../src/domain/model/validate'
import { globalProblems, parseGlobal, writeGlobal } from '../../../src/domain/url/params'
import { loadManifest } from '../../fixtures/datasets'

const SHA = 'a'.repeat(64)
const e = (file: string) => ({ file, sha256: SHA })
const folder = (name = 'large', files = name) => ({
  version: 1,
  datasets: {
    [name]: {
      districts: e(`${files}/districts.json`),
      sources: e(`${files}/sources.json`),
      news: e(`${files}/news.json`),
      quarters: {
        '2015Q2': e(`${files}/quarters/2015Q2.json`),
        '2015Q1': e(`${files}/quarters/2015Q1.json`),
      },
    },
  },
})

/** The error's text, or a failure when it did not throw a DataFileError. */
function errorOf(f: () => unknown): string {
  try {
    f()
  } catch (err) {
    expect(err).toBeInstanceOf(DataFileError)
    return (err as Error).message
  }
  throw new Error('expected a DataFileError')
}

describe('dataset names', () => {
  it.each([
    ['large', 'large'],
    ['county-2024', 'county-2024'],
    ['0', '0'],
    ['a'.repeat(32), 'a'.repeat(32)],
  ])('%s is a name', (raw, name) => {
    expect(parseDatasetName(raw)).toBe(name)
  })
  it.each(['', 'Large', '-x', '../real', 'a/b', 'a.b', 'a'.repeat(33), 'large?x', '大'])(
    '%j is not',
    (raw) => {
      expect(parseDatasetName(raw)).toBeUndefined()
    },
  )

  it('?dataset= takes any well-formed name and names a malformed one', () => {
    expect(parseGlobal(new URLSearchParams('dataset=large')).dataset).toBe('large')
    expect(parseGlobal(new URLSearchParams('dataset=demo')).dataset).toBe('demo')
    const bad = new URLSearchParams('dataset=../etc')
    expect(parseGlobal(bad).dataset).toBe('real')
    expect(globalProblems(bad)).toEqual([{ param: 'dataset', value: '../etc' }])
    expect(
      writeGlobal(new URLSearchParams(), { dataset: 'large', lang: 'zh', theme: 'default' }).toString(),
    ).toBe('dataset=large')
  })
})

describe('folder manifests', () => {
  it('names the file after the folder', () => {
    expect(folderManifestFile('large')).toBe('data/large/manifest.json')
  })

  it('reads a valid one, quarters oldest first', () => {
    const ds = validateFolderManifest('large', folder())
    expect(ds).toMatchObject({ id: 'large', manifestFile: 'data/large/manifest.json', folder: true })
    expect(sourceQuarters(ds)).toEqual(['2015Q1', '2015Q2'])
    expect(sourceQuarter(ds, '2015Q1').file).toBe('large/quarters/2015Q1.json')
  })

  it('a quarter it does not list is named with the folder manifest', () => {
    const ds = validateFolderManifest('large', folder())
    expect(errorOf(() => sourceQuarter(ds, '2020Q1'))).toMatch(
      /^data\/large\/manifest\.json: datasets\.large\.quarters\.2020Q1: 清单中没有季度 2020Q1/,
    )
  })

  it.each([
    ['not an object', 'null', /^data\/large\/manifest\.json/],
    ['wrong version', { ...folder(), version: 2 }, /data\/large\/manifest\.json: version/],
    ['another dataset', folder('big'), /datasets\.large: 清单中没有数据集“large”/],
    [
      'a path outside the folder',
      folder('large', 'real'),
      /datasets\.large\.districts\.file: 路径应在本文件夹内/,
    ],
    ['a path that climbs out', folder('large', '../x'), /datasets\.large\.districts\.file/],
    [
      'a bad hash',
      {
        version: 1,
        datasets: { large: { ...folder().datasets.large, news: { file: 'large/news.json', sha256: 'x' } } },
      },
      /datasets\.large\.news\.sha256/,
    ],
  ])('%s is a named DataFileError', (_, data, message) => {
    expect(errorOf(() => validateFolderManifest('large', data))).toMatch(message)
  })

  it('lists only its own dataset', () => {
    const data = { version: 1, datasets: { ...folder().datasets, ...folder('other').datasets } }
    expect(errorOf(() => validateFolderManifest('large', data))).toMatch(
      /datasets\.other: 文件夹清单只应列出/,
    )
  })
})

describe('which manifest a dataset comes from', () => {
  const main = loadManifest()
  it('built-in datasets from the main manifest; folder datasets from their own', () => {
    expect(listedDataset(main, 'real')).toMatchObject({ manifestFile: 'data/manifest.json', folder: false })
    expect(listedDataset(main, 'large')).toBeNull()
  })
  it('a built-in dataset the main manifest lacks stays a named error', () => {
    expect(errorOf(() => listedDataset({ version: 1, datasets: {} }, 'demo'))).toMatch(
      /^data\/manifest\.json: datasets\.demo/,
    )
  })
  it('generated sources make a folder dataset DEMO; built-in datasets are what they are named', () => {
    expect(datasetKind('large', [{ kind: 'generated' }])).toBe('demo')
    expect(datasetKind('county', [{ kind: 'official-notice' }])).toBe('real')
    expect(datasetKind('real', [{ kind: 'generated' }])).toBe('real')
    expect(datasetKind('demo', [])).toBe('demo')
  })
})
