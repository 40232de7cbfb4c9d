/**
 * Where the data files come from, at run time. Nothing is compiled into the bundle, so a deployment's
 * data is whatever its `data/` folder holds:
 * - served: `./data/manifest.json` next to the page, then each file at its manifest path with
 *   `?v=<first 12 hex of its sha256>`, so a replaced file is fetched anew while an unchanged one stays cached;
 * - offline single file: the same texts from the page's embedded JSON block (embedded-data.ts), because a
 *   page opened from file:// cannot fetch. The block wins when it is there.
 * Either way the caller gets the file's text and validates it (queries.ts); a file that cannot be read
 * is a DataFileError naming it, like a file that does not validate.
 */
import { DataFileError, parseJsonText } from '../domain/model/data-file-error'
import { folderManifestFile, folderManifestPath } from '../domain/model/folder-manifest'
import { MANIFEST_FILE, type ManifestFileEntry } from '../domain/model/manifest-entries'
import { EMBEDDED_DATA_ID, type EmbeddedData, readEmbeddedData } from './embedded-data'

/** The data folder, relative to the page (the page's folder, whatever path it is deployed under). */
const DATA_DIR = 'data/'
const MANIFEST_PATH = 'manifest.json'

/** How errors name a data file: `data/` plus its manifest path, as an administrator finds it on the server. */
export function dataFileName(entry: Pick<ManifestFileEntry, 'file'>): string {
  return `${DATA_DIR}${entry.file}`
}

/**
 * Example: dataFileUrl({ file: 'real/quarters/2022Q2.json', sha256: '7535a5c446c7dead…' }, 'https://x.cn/leitai/')
 *   → 'https://x.cn/leitai/data/real/quarters/2022Q2.json?v=7535a5c446c7'
 */
function dataFileUrl(entry: ManifestFileEntry, base: string): string {
  const url = new URL(`${DATA_DIR}${entry.file}`, base)
  url.searchParams.set('v', entry.sha256.slice(0, 12))
  return url.href
}

// Read once per block element: the block of a large offline copy is megabytes of JSON, and every data
// file asks for it. Keyed by the element so a page (or a test) that swaps the block gets the new one.
const parsedBlocks = new WeakMap<Element, EmbeddedData>()

function embeddedData(): EmbeddedData | null {
  if (typeof document === 'undefined') return null
  const element = document.getElementById(EMBEDDED_DATA_ID)
  if (!element) return null
  const cached = parsedBlocks.get(element)
  if (cached) return cached
  const data = readEmbeddedData(document)
  if (data) parsedBlocks.set(element, data)
  return data
}

/**
 * How long one data file may take, request and body together, before it is reported as unreachable.
 * Below the 10 s a room will wait: a stalled server shows the file's name instead of 正在加载数据… for ever.
 */
export const DATA_FILE_TIMEOUT_MS = 8000

async function fetchText(url: string, name: string, init: RequestInit): Promise<string> {
  // One deadline for the request and the body: a server that sends headers and then stalls is as stuck as
  // one that never answers. The caller's signal (react-query cancelling) still aborts as before.
  const controller = new AbortController()
  const outer = init.signal
  const onAbort = () => controller.abort(outer?.reason)
  if (outer) {
    if (outer.aborted) onAbort()
    else outer.addEventListener('abort', onAbort, { once: true })
  }
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, DATA_FILE_TIMEOUT_MS)
  const failure = (e: unknown, stage: string): Error => {
    if (timedOut)
      return new DataFileError(name, [
        {
          kind: 'missing-file',
          path: '',
          message: `${DATA_FILE_TIMEOUT_MS / 1000} 秒内未能读取（服务器无响应或过慢）`,
        },
      ])
    if ((e as Error).name === 'AbortError') return e as Error
    return new DataFileError(name, [
      { kind: 'missing-file', path: '', message: `${stage}：${(e as Error).message}` },
    ])
  }
  try {
    let res: Response
    try {
      res = await fetch(url, { ...init, signal: controller.signal })
    } catch (e) {
      throw failure(e, '无法读取')
    }
    if (!res.ok)
      throw new DataFileError(name, [{ kind: 'missing-file', path: '', message: `HTTP ${res.status}` }])
    try {
      // The body can fail after the headers (a dropped connection, a truncated chunked reply): name the
      // file, and make it a DataFileError so it is not retried as if transient.
      return await res.text()
    } catch (e) {
      throw failure(e, '读取内容中断')
    }
  } finally {
    clearTimeout(timer)
    outer?.removeEventListener('abort', onAbort)
  }
}

/**
 * The manifest, not yet validated: the embedded block's, or fetched and parsed. `no-cache`
 * revalidates with the server on every load, so a manifest rewritten after a new quarter was copied in
 * is seen on the next reload, while an unchanged one costs a 304.
 */
export async function readManifest(signal?: AbortSignal): Promise<unknown> {
  const embedded = embeddedData()
  if (embedded) return embedded.manifest
  const url = new URL(`${DATA_DIR}${MANIFEST_PATH}`, document.baseURI).href
  return parseJsonText(MANIFEST_FILE, await fetchText(url, MANIFEST_FILE, { signal, cache: 'no-cache' }))
}

/**
 * A folder dataset's own manifest (`data/<name>/manifest.json`), parsed, not yet validated; revalidated
 * on every load like the main one. An offline copy carries it in its block when it carries the folder.
 */
export async function readFolderManifest(name: string, signal?: AbortSignal): Promise<unknown> {
  const path = folderManifestPath(name)
  const file = folderManifestFile(name)
  const embedded = embeddedData()
  if (embedded) {
    const text = embedded.files[path]
    if (text === undefined)
      throw new DataFileError(file, [
        { kind: 'missing-file', path: '', message: '离线文件中没有此数据文件夹' },
      ])
    return parseJsonText(file, text)
  }
  const url = new URL(`${DATA_DIR}${path}`, document.baseURI).href
  return parseJsonText(file, await fetchText(url, file, { signal, cache: 'no-cache' }))
}

/** A data file's text, by its manifest entry; a missing or unreachable file is a DataFileError naming it. */
export async function readDataFile(entry: ManifestFileEntry, signal?: AbortSignal): Promise<string> {
  const name = dataFileName(entry)
  const embedded = embeddedData()
  if (embedded) {
    const text = embedded.files[entry.file]
    if (text === undefined)
      throw new DataFileError(name, [{ kind: 'missing-file', path: '', message: '离线文件中没有此数据文件' }])
    return text
  }
  return fetchText(dataFileUrl(entry, document.baseURI), name, { signal })
}
