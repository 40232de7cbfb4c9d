import { memo } from 'react'
import { Quoted } from '../../components/data-text'
import { SourceList } from '../../components/sources-panel'
import type { District, QuarterFile, Source } from '../../domain/model/schema'
import type { StarDiscrepancy } from '../../domain/tables/ranking-table'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'

/** The quarter's notice line, with its sources and data notes one click away. */
/** Memoised: its props are stable across a sort or a filter, which re-render the route above it. */
export const QuarterInfo = memo(function QuarterInfo({
  file,
  sources,
  discrepancies,
  districts,
}: {
  file: QuarterFile
  sources: Map<string, Source>
  discrepancies: StarDiscrepancy[]
  districts: Map<string, District>
}) {
  const { t } = useTranslation(['rankings', 'common'])
  const f = useFormat()
  const sourceIds = [...new Set([...file.notice.sources, ...file.sources])]
  const name = (id: string) => {
    const d = districts.get(id)
    return d ? f.district(d) : id
  }
  const seq = (xs: (number | null)[]) => xs.map((x) => (x === null ? '–' : f.number(x))).join(',')
  const notes = [
    ...discrepancies.map((n) => ({
      id: n.id,
      kind: 'discrepancy' as const,
      text: t('starNote.text', {
        section: f.section(n.section),
        printed: seq(n.printed),
        rule: seq(n.rule),
        count: n.differing.length,
        list: f.list(
          n.differing.map((d) =>
            t('starNote.item', { name: name(d.district), rank: d.rank, printed: d.printed, rule: d.rule }),
          ),
        ),
      }),
    })),
    ...file.notes.map((n) => ({ id: n.id, kind: n.kind, text: n[f.lang] })),
  ]
  return (
    // Projection: the meta and the two folded panels share one line, so ten rows fit 1920×1080.
    <div className="space-y-2 projection:flex projection:flex-wrap projection:items-center projection:gap-x-4 projection:gap-y-1 projection:space-y-0">
      <p className="text-sm text-muted">
        {file.notice.published ? (
          <>
            {file.notice.issuer ? <Quoted>{file.notice.issuer}</Quoted> : '—'} ·{' '}
            {t('noticeDate', { date: f.date(file.notice.published) })}
          </>
        ) : (
          t('noticeUnknown')
        )}
        {file.bonusItems.length > 0 && (
          <>
            {' · '}
            {t('bonusLabel')}
            {t('common:colon')}
            <Quoted>{f.list(file.bonusItems)}</Quoted>
          </>
        )}
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
})
