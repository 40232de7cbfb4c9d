import { useTranslation } from 'react-i18next'
import { SourceList } from '../../components/sources-panel'
import type { QuarterFile, Source } from '../../domain/model/schema'
import type { DerivedNote } from '../../domain/tables/ranking-table'

/** The quarter's notice line, with its sources and data notes one click away. */
export function QuarterInfo({
  file,
  sources,
  derivedNotes,
}: {
  file: QuarterFile
  sources: Map<string, Source>
  derivedNotes: DerivedNote[]
}) {
  const { t, i18n } = useTranslation(['rankings', 'common'])
  const en = i18n.language === 'en'
  const sourceIds = [...new Set([...file.notice.sources, ...file.sources])]
  const notes = [
    ...derivedNotes.map((n) => ({ id: n.id, kind: 'discrepancy' as const, text: en ? n.en : n.zh })),
    ...file.notes.map((n) => ({ id: n.id, kind: n.kind, text: en ? n.en : n.zh })),
  ]
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        {file.notice.published
          ? t('notice', { issuer: file.notice.issuer ?? '—', date: file.notice.published })
          : t('noticeUnknown')}
        {file.bonusItems.length > 0 && <> · {t('bonus', { items: file.bonusItems.join('、') })}</>}
      </p>
      <div className="flex flex-wrap gap-2">
        <details className="w-full rounded border border-line bg-surface open:shadow md:w-auto md:min-w-[20rem] md:max-w-[48rem]">
          <summary className="cursor-pointer px-3 py-1.5 font-medium" data-testid="sources-toggle">
            {t('sourcesButton', { n: sourceIds.length })}
          </summary>
          <div className="border-t border-line p-3" data-testid="sources-panel">
            <SourceList ids={sourceIds} sources={sources} />
          </div>
        </details>
        <details className="w-full rounded border border-line bg-surface open:shadow md:w-auto md:min-w-[20rem] md:max-w-[48rem]">
          <summary className="cursor-pointer px-3 py-1.5 font-medium" data-testid="notes-toggle">
            {t('notesButton', { n: notes.length })}
          </summary>
          <ul className="space-y-2 border-t border-line p-3" data-testid="notes-panel">
            {notes.map((n) => (
              <li key={n.id} className="flex gap-2">
                <span
                  aria-hidden="true"
                  className={
                    n.kind === 'discrepancy'
                      ? 'text-derived'
                      : n.kind === 'caveat'
                        ? 'text-demo'
                        : 'text-muted'
                  }
                >
                  {n.kind === 'discrepancy' ? '≠' : n.kind === 'caveat' ? '!' : 'i'}
                </span>
                <span>{n.text}</span>
              </li>
            ))}
          </ul>
        </details>
      </div>
    </div>
  )
}
