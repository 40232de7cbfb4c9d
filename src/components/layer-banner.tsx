/**
 * Says, on every view, when what is on screen is not the published record: the import preview
 * (not saved) or a quarter imported on this machine (本地导入，未发布) with the date it was imported.
 */

import { Link, useSearchParams } from 'react-router'
import { isQuarterId } from '../domain/model/quarter'
import { useFormat } from '../lib/format'
import { setImportPreview, useImportPreview, useLocalQuarters } from '../lib/local-layer'
import { useGlobalParams, useHrefBuilder } from '../lib/use-global-params'
import { useTranslation } from '../lib/use-translation'

/** `floating`: a small tag in a corner, for presentation mode (which draws its own full-screen chrome). */
export function LayerBanner({ floating = false }: { floating?: boolean }) {
  const { t } = useTranslation()
  const f = useFormat()
  const g = useGlobalParams()
  const href = useHrefBuilder()
  const [params] = useSearchParams()
  const preview = useImportPreview()
  const local = useLocalQuarters(g.dataset)
  const raw = params.get('quarter')
  const quarter = raw && isQuarterId(raw) ? raw : null
  const place = floating
    ? 'fixed bottom-2 left-2 z-50 max-w-[60vw] rounded border-2 opacity-90'
    : 'border-b-2'
  if (preview && preview.dataset === g.dataset)
    return (
      <div
        role="note"
        data-testid="preview-banner"
        className={`${place} border-amber-600 bg-amber-50 px-4 py-1 text-center text-sm font-semibold text-amber-950`}
      >
        {t('layer.previewBanner', { quarter: f.quarter(preview.file.quarter) })}{' '}
        <Link to={href('/import')} className="underline">
          {t('layer.backToImport')}
        </Link>{' '}
        ·{' '}
        <button type="button" className="underline" onClick={() => setImportPreview(null)}>
          {t('layer.endPreview')}
        </button>
      </div>
    )
  const saved = quarter ? local.find((q) => q.quarter === quarter) : undefined
  // A view of several quarters (movement, news, a default quarter): name every local quarter it may show.
  if (!saved && !quarter && local.length)
    return (
      <div
        role="note"
        data-testid="local-banner"
        className={`${place} border-sky-700 bg-sky-50 px-4 py-1 text-center text-sm font-semibold text-sky-950`}
      >
        {t('layer.localList', {
          quarters: f.list(
            local.map((q) =>
              t('layer.localItem', { quarter: f.quarter(q.quarter), time: f.dateTime(q.savedAt) }),
            ),
          ),
        })}{' '}
        <Link to={href('/import')} className="underline">
          {t('layer.manage')}
        </Link>
      </div>
    )
  if (!saved) return null
  return (
    <div
      role="note"
      data-testid="local-banner"
      className={`${place} border-sky-700 bg-sky-50 px-4 py-1 text-center text-sm font-semibold text-sky-950`}
    >
      {t('layer.localBanner', { quarter: f.quarter(saved.quarter), time: f.dateTime(saved.savedAt) })}{' '}
      <Link to={href('/import')} className="underline">
        {t('layer.manage')}
      </Link>
    </div>
  )
}
