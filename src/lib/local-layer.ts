/**
 * The browser's local layer: quarters the clerk imported and saved on this machine (IndexedDB,
 * through idb), the draft of the text being imported, and the last removed quarter (so a removal
 * can be undone, even after a reload). Every view merges saved quarters into its dataset, marked
 * 本地导入（未发布）; nothing here is published until the administrator copies the file to data/.
 *
 * Where IndexedDB is missing (a locked-down browser, the jsdom of component tests) the layer lives
 * in memory for the session and says so (`persistent: false`), so the importer still works.
 *
 * Also the import preview: one quarter shown in every view, marked 导入预览, before it is saved.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import type { IDBPDatabase } from 'idb'
import { useSyncExternalStore } from 'react'
import type { DatasetId, DatasetKind } from '../domain/model/ids'
import type { QuarterId } from '../domain/model/quarter'
import type { QuarterFile } from '../domain/model/schema'
import { LOCAL_HINT } from './prerender-contract'

export type LocalQuarter = {
  dataset: DatasetKind
  quarter: QuarterId
  /** When it was saved into this browser (ISO). */
  savedAt: string
  file: QuarterFile
}

export type ImportDraft = {
  text: string
  fileName: string | null
  input: 'text' | 'csv' | 'xlsx'
  dataset: DatasetKind
  /** The quarter chosen by the clerk, or null to take the notice's. */
  quarter: QuarterId | null
  updatedAt: string
}

const DB_NAME = 'leitai'
const DB_VERSION = 1
const keyOf = (dataset: DatasetId, quarter: QuarterId) => `${dataset}/${quarter}`

type Store = {
  persistent: boolean
  list(): Promise<LocalQuarter[]>
  put(q: LocalQuarter): Promise<void>
  delete(dataset: DatasetId, quarter: QuarterId): Promise<void>
  getMeta<T>(key: string): Promise<T | undefined>
  putMeta(key: string, value: unknown): Promise<void>
  deleteMeta(key: string): Promise<void>
}

function memoryStore(): Store {
  const quarters = new Map<string, LocalQuarter>()
  const meta = new Map<string, unknown>()
  return {
    persistent: false,
    list: async () => [...quarters.values()].map((q) => structuredClone(q)),
    put: async (q) => void quarters.set(keyOf(q.dataset, q.quarter), structuredClone(q)),
    delete: async (d, q) => void quarters.delete(keyOf(d, q)),
    getMeta: async <T>(k: string) => structuredClone(meta.get(k)) as T | undefined,
    putMeta: async (k, v) => void meta.set(k, structuredClone(v)),
    deleteMeta: async (k) => void meta.delete(k),
  }
}

async function indexedDbStore(): Promise<Store> {
  const { openDB } = await import('idb')
  const db: IDBPDatabase = await openDB(DB_NAME, DB_VERSION, {
    upgrade(d) {
      d.createObjectStore('quarters')
      d.createObjectStore('meta')
    },
  })
  return {
    persistent: true,
    list: async () => (await db.getAll('quarters')) as LocalQuarter[],
    put: async (q) => void (await db.put('quarters', q, keyOf(q.dataset, q.quarter))),
    delete: async (d, q) => db.delete('quarters', keyOf(d, q)),
    getMeta: async <T>(k: string) => (await db.get('meta', k)) as T | undefined,
    putMeta: async (k, v) => void (await db.put('meta', v, k)),
    deleteMeta: async (k) => db.delete('meta', k),
  }
}

let storePromise: Promise<Store> | null = null
function store(): Promise<Store> {
  storePromise ??= (
    typeof indexedDB === 'undefined' ? Promise.resolve(memoryStore()) : indexedDbStore()
  ).catch(
    // Private windows and some policies refuse IndexedDB: keep working for the session.
    () => memoryStore(),
  )
  return storePromise
}

// Whether this browser holds local quarters, kept where it can be read before the first render
// (IndexedDB cannot): a page prerendered at build time shows served figures, so the page's inline script
// only uses a prerendered view where no local quarter could replace them (prerender-contract.ts).
// Rewritten on every read of the layer.

function writeLocalHint(present: boolean): void {
  try {
    if (present) localStorage.setItem(LOCAL_HINT, '1')
    else localStorage.removeItem(LOCAL_HINT)
  } catch {
    // Storage disabled: the inline script cannot read the hint either, and renders on the client.
  }
}

/** For tests: start from an empty layer. */
export function resetLocalLayerForTests(): void {
  storePromise = Promise.resolve(memoryStore())
}

export const localQuartersQueryOptions = () =>
  queryOptions({
    queryKey: ['local', 'quarters'] as const,
    queryFn: async () => {
      const s = await store()
      const all = await s.list()
      writeLocalHint(all.length > 0)
      return {
        persistent: s.persistent,
        quarters: all.sort((a, b) => keyOf(a.dataset, a.quarter).localeCompare(keyOf(b.dataset, b.quarter))),
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  })

/** The saved quarters of one dataset (empty while loading). */
export function useLocalQuarters(dataset: DatasetId): LocalQuarter[] {
  const { data } = useQuery(localQuartersQueryOptions())
  return (data?.quarters ?? EMPTY).filter((q) => q.dataset === dataset)
}
const EMPTY: LocalQuarter[] = []

/** Save, remove and undo, each refreshing every view's dataset. */
export function useLocalLayerActions() {
  const client = useQueryClient()
  const refresh = () => client.invalidateQueries({ queryKey: ['local'] })
  return {
    async save(q: LocalQuarter) {
      await (await store()).put(q)
      await refresh()
    },
    /** Removes a saved quarter, keeping it as the one removal that can be undone. */
    async remove(dataset: DatasetId, quarter: QuarterId) {
      const s = await store()
      const found = (await s.list()).find((x) => x.dataset === dataset && x.quarter === quarter)
      if (!found) return
      await s.putMeta('removed', found)
      await s.delete(dataset, quarter)
      await refresh()
    },
    async undoRemove(): Promise<LocalQuarter | null> {
      const s = await store()
      const removed = await s.getMeta<LocalQuarter>('removed')
      if (!removed) return null
      await s.put(removed)
      await s.deleteMeta('removed')
      await refresh()
      return removed
    },
  }
}

export const removedQuarterQueryOptions = () =>
  queryOptions({
    queryKey: ['local', 'removed'] as const,
    queryFn: async () => (await (await store()).getMeta<LocalQuarter>('removed')) ?? null,
    staleTime: Number.POSITIVE_INFINITY,
  })

export async function loadDraft(): Promise<ImportDraft | null> {
  return (await (await store()).getMeta<ImportDraft>('draft')) ?? null
}

export async function saveDraft(draft: ImportDraft): Promise<void> {
  await (await store()).putMeta('draft', draft)
}

export async function clearDraft(): Promise<void> {
  await (await store()).deleteMeta('draft')
}

/** The backup format: the whole local layer in one file. */
export const BACKUP_FORMAT = 'leitai-local-layer'
export type LocalBackup = {
  format: typeof BACKUP_FORMAT
  version: 1
  exportedAt: string
  quarters: LocalQuarter[]
}

export async function exportBackup(now = new Date().toISOString()): Promise<LocalBackup> {
  return { format: BACKUP_FORMAT, version: 1, exportedAt: now, quarters: await (await store()).list() }
}

// The preview: one quarter of one dataset, in memory only (a reload ends it; the draft remains).
type Preview = { dataset: DatasetKind; file: QuarterFile } | null
let preview: Preview = null
const listeners = new Set<() => void>()

export function setImportPreview(next: Preview): void {
  preview = next
  for (const l of listeners) l()
}

export function useImportPreview(): Preview {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => preview,
    () => null,
  )
}
