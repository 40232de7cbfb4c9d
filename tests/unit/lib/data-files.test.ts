// A data file that stalls or breaks mid-body is named and reported, never waited on for ever.
// fetch and document are stubbed for this file only and restored after each test (the unit project
// shares one worker between files).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DataFileError } from '../../../src/domain/model/data-file-error'
import { DATA_FILE_TIMEOUT_MS, readDataFile } from '../../../src/lib/data-files'
import { createQueryClient } from '../../../src/lib/query-client'

const entry = { file: 'real/quarters/2022Q2.json', sha256: '7535a5c446c7deadbeef' }

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: 'https://x.example/leitai/', getElementById: () => null })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** A fetch that never answers, but honours its signal like the real one. */
function stallingFetch(_url: string, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
  })
}

describe('readDataFile', () => {
  it('gives up after the timeout with an error naming the file', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', vi.fn(stallingFetch))
    const read = readDataFile(entry).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(DATA_FILE_TIMEOUT_MS + 1)
    const error = await read
    expect(error).toBeInstanceOf(DataFileError)
    expect((error as DataFileError).file).toBe('data/real/quarters/2022Q2.json')
    expect((error as Error).message).toContain('data/real/quarters/2022Q2.json')
    expect((error as Error).message).toContain(`${DATA_FILE_TIMEOUT_MS / 1000} 秒`)
    expect(DATA_FILE_TIMEOUT_MS).toBeLessThan(10_000)
  })

  it('a body that stalls after the headers also times out', async () => {
    vi.useFakeTimers()
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => ({
        ok: true,
        status: 200,
        text: () => stallingFetch('', init),
      })),
    )
    const read = readDataFile(entry).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(DATA_FILE_TIMEOUT_MS + 1)
    expect(await read).toBeInstanceOf(DataFileError)
  })

  it('a body-read failure names the file and is not retried', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ({
        ok: true,
        status: 200,
        text: () => Promise.reject(new TypeError('Failed to fetch')),
      })),
    )
    const error = await readDataFile(entry).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataFileError)
    expect((error as Error).message).toMatch(
      /^data\/real\/quarters\/2022Q2\.json: 读取内容中断：Failed to fetch/,
    )
    const retry = createQueryClient().getDefaultOptions().queries?.retry as (n: number, e: Error) => boolean
    expect(retry(0, error as Error)).toBe(false)
    expect(retry(0, new TypeError('flaky'))).toBe(true)
  })

  it('the caller cancelling still aborts quietly, not as a file error', async () => {
    vi.stubGlobal('fetch', vi.fn(stallingFetch))
    const controller = new AbortController()
    const read = readDataFile(entry, controller.signal).catch((e: unknown) => e)
    controller.abort()
    const error = await read
    expect(error).not.toBeInstanceOf(DataFileError)
    expect((error as Error).name).toBe('AbortError')
  })

  it('fetches the file at its manifest path with its version', async () => {
    const fetch = vi.fn(async (_url: string) => ({ ok: true, status: 200, text: async () => '{}' }))
    vi.stubGlobal('fetch', fetch)
    expect(await readDataFile(entry)).toBe('{}')
    expect(fetch.mock.calls[0]?.[0]).toBe(
      'https://x.example/leitai/data/real/quarters/2022Q2.json?v=7535a5c446c7',
    )
  })
})
