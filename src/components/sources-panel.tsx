import { useTranslation } from 'react-i18next'
import type { Source } from '../domain/model/schema'
import { useFormat } from '../lib/format'
import { DataText, Quoted } from './data-text'

/** The sources of a quarter (or any figure): title, publisher, date, link or bundled copy. */
export function SourceList({ ids, sources }: { ids: readonly string[]; sources: Map<string, Source> }) {
  const { t } = useTranslation()
  const f = useFormat()
  const list = [...new Set(ids)].map((id) => sources.get(id)).filter((s): s is Source => Boolean(s))
  if (!list.length) return <p className="text-muted">{t('noSources')}</p>
  return (
    <ol className="list-decimal space-y-2 pl-6">
      {list.map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <Quoted className="font-medium">{s.title}</Quoted>
          <span className="block text-sm text-muted">
            {s.publisher && (
              <>
                <Quoted>{s.publisher}</Quoted> ·{' '}
              </>
            )}
            {[s.date && f.date(s.date), t(`sourceKind.${s.kind}`)].filter(Boolean).join(' · ')}
          </span>
          {s.url && (
            <a
              className="block break-all text-sm text-link underline"
              href={s.url}
              target="_blank"
              rel="noreferrer noopener"
            >
              {s.url}
            </a>
          )}
          {s.localCopy && (
            <a
              className="block text-sm text-link underline"
              href={s.localCopy}
              target="_blank"
              rel="noreferrer"
            >
              {t('bundledCopy')}
            </a>
          )}
          {s.note && <DataText chinese={s.note} english={s.noteEn} className="block text-sm text-muted" />}
        </li>
      ))}
    </ol>
  )
}
