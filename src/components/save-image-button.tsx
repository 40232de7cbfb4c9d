import { useState } from 'react'
import type { DatasetId } from '../domain/model/dataset'
import type { Source } from '../domain/model/schema'
import { useFormat } from '../lib/format'
import { useTranslation } from '../lib/use-translation'
import '../lib/export/image-i18n'
import { useDatasetKind } from '../lib/use-dataset'

/**
 * 保存为图片 for one element: the PNG (and its source line) is made by lib/export/image.ts, loaded on
 * the first click, so a view carries only this button. The element is found at click time
 * (`target`) and framed with the view's `title`, the sources `sourceIds` name and, for demo data, DEMO.
 */
export function SaveImageButton({
  target,
  title,
  sourceIds,
  sources,
  dataset,
  fileName,
}: {
  target: () => HTMLElement | null
  title: string
  sourceIds: readonly string[]
  sources: ReadonlyMap<string, Source>
  dataset: DatasetId
  fileName: string
}) {
  const { t } = useTranslation(['image', 'common'])
  const f = useFormat()
  const demo = useDatasetKind(dataset) === 'demo'
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const save = async () => {
    const el = target()
    if (!el) return
    setBusy(true)
    setError('')
    try {
      const m = await import('../lib/export/image')
      await m.saveFramedPng(
        el,
        { title, sourceIds, sources, demo, t, date: f.date, zh: f.lang === 'zh' },
        fileName,
      )
    } catch (e) {
      setError(t('failed', { message: e instanceof Error ? e.message : String(e) }))
    }
    setBusy(false)
  }
  return (
    <span className="no-print inline-flex items-center gap-2" data-no-image="">
      <button
        type="button"
        data-testid="save-image"
        onClick={save}
        disabled={busy}
        className="rounded border border-line px-2 py-1 text-sm hover:bg-surface-2 disabled:opacity-60"
      >
        {busy ? t('working') : t('label')}
      </button>
      {error && (
        <span role="alert" className="text-sm text-error">
          {error}
        </span>
      )}
    </span>
  )
}
