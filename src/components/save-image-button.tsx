import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'
import type { ImageFrame } from '../lib/export/image'

/**
 * 保存为图片 for one element: the PNG is made by lib/export/image.ts, loaded on the first click, so
 * a view carries only this button. `target` and `frame` are read at click time (the element on
 * screen then, the title of the view as it is then). Says what it is doing, and why it failed.
 */
export function SaveImageButton({
  target,
  frame,
  fileName,
  className,
}: {
  target: () => HTMLElement | null
  frame: () => ImageFrame
  fileName: string
  className?: string
}) {
  const { t } = useTranslation()
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null })
  const save = async () => {
    const el = target()
    if (!el) return
    setState({ busy: true, error: null })
    try {
      const { saveElementPng } = await import('../lib/export/image')
      await saveElementPng(el, frame(), fileName)
      setState({ busy: false, error: null })
    } catch (e) {
      setState({ busy: false, error: e instanceof Error ? e.message : String(e) })
    }
  }
  return (
    <span className={cn('no-print inline-flex items-center gap-2', className)} data-no-image="">
      <button
        type="button"
        data-testid="save-image"
        onClick={save}
        disabled={state.busy}
        aria-busy={state.busy}
        className="rounded border border-line px-2 py-1 text-sm hover:bg-surface-2 disabled:opacity-60"
      >
        {state.busy ? t('saveImage.working') : t('saveImage.label')}
      </button>
      {state.error && (
        <span role="alert" className="text-sm text-error">
          {t('saveImage.failed', { message: state.error })}
        </span>
      )}
    </span>
  )
}
