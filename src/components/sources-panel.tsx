import type { Source } from '../domain/model/schema'
import { safeLocalCopy, safeUrl } from '../domain/model/sources'
import { useFormat } from '../lib/format'
import { useTranslation } from '../lib/use-translation'
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
          {s.url &&
            (safeUrl(s.url) ? (
              <a
                className="block break-all text-sm text-link underline"
                href={safeUrl(s.url) ?? undefined}
                target="_blank"
                rel="noreferrer noopener"
              >
                {s.url}
              </a>
            ) : (
              // Not a web address: shown as text, never as a link (a data: or javascript: URL in a file).
              <span className="block break-all text-sm text-muted" data-unsafe-url="">
                {s.url}
              </span>
            ))}
          {safeLocalCopy(s.localCopy) && (
            <a
              className="block text-sm text-link underline"
              href={safeLocalCopy(s.localCopy) ?? undefined}
              target="_blank"
              rel="noreferrer"
            >
              {t('bundledCopy')}
            </a>
          )}
          {s.text !== undefined && <SourceText text={s.text} />}
          {s.note && <DataText chinese={s.note} english={s.noteEn} className="block text-sm text-muted" />}
        </li>
      ))}
    </ol>
  )
}

/** A document the app carries (an imported notice), readable in place with its line numbers. */
function SourceText({ text }: { text: string }) {
  const { t } = useTranslation()
  // Lines of a fixed text, numbered by position: the number is the identity.
  const lines = text.split(/\r\n|\r|\n/).map((body, i) => ({ no: i + 1, body }))
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-link underline">
        {t('layer.importedSource', { lines: lines.length })}
      </summary>
      <ol
        lang="zh"
        className="mt-1 max-h-96 overflow-auto rounded border border-line bg-surface-2 p-2 font-mono text-xs"
      >
        {lines.map((l) => (
          <li
            key={l.no}
            id={`line-${l.no}`}
            className="grid grid-cols-[3.5em_1fr] gap-2 whitespace-pre-wrap break-words"
          >
            <span className="select-none text-right text-muted">{l.no}</span>
            <span>{l.body}</span>
          </li>
        ))}
      </ol>
    </details>
  )
}
