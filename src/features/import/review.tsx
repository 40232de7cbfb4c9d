/**
 * The review: what the parser read, beside the input, each row and statement linked to its line,
 * and every problem named with its position (a click selects it in the input).
 */

import type { ImportResult } from '../../domain/import/build'
import type { ImportProblem, ParsedTable } from '../../domain/import/notice'
import type { District } from '../../domain/model/schema'
import { cn } from '../../lib/cn'
import { dataText, useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import { useDistrictName } from './district-name'
import { problemText } from './problem-text'

type Jump = (line: number, col: number, length: number) => void

function LineButton({ line, onJump }: { line: number; onJump: Jump }) {
  const { t } = useTranslation('import')
  return (
    <button
      type="button"
      onClick={() => onJump(line, 1, 0)}
      aria-label={t('jump', { line })}
      className="rounded px-1 text-xs text-link underline hover:bg-surface-2"
    >
      {t('lineShort', { line })}
    </button>
  )
}

export function ProblemList({
  problems,
  districts,
  onJump,
}: {
  problems: readonly ImportProblem[]
  districts: readonly District[]
  onJump: Jump
}) {
  const { t } = useTranslation('import')
  const { t: c } = useTranslation()
  const f = useFormat()
  const name = useDistrictName(districts)
  const errors = problems.filter((p) => p.severity === 'error')
  const warnings = problems.filter((p) => p.severity === 'warning')
  if (!problems.length) return <p className="text-sm text-muted">{t('noProblems')}</p>
  const list = (ps: readonly ImportProblem[], kind: 'error' | 'warning') => (
    <ul className="space-y-1">
      {ps.map((p) => (
        <li key={`${p.code}-${p.line}-${p.col}-${JSON.stringify(p.params)}`}>
          <button
            type="button"
            data-testid={`problem-${kind}`}
            onClick={() => onJump(p.line, p.col, p.length)}
            className={cn(
              'w-full rounded border-l-4 px-2 py-1 text-left text-sm hover:bg-surface-2',
              kind === 'error'
                ? 'border-red-600 bg-red-500/10 text-ink'
                : 'border-amber-500 bg-amber-400/15 text-ink',
            )}
          >
            <span className="font-semibold">{t(kind)}</span> ·{' '}
            <span className="tabular-nums">{t('at', { line: p.line, col: p.col })}</span>
            {c('colon')}
            {problemText(p, f.lang, name)}
          </button>
        </li>
      ))}
    </ul>
  )
  return (
    <div className="space-y-3">
      {errors.length > 0 && (
        <section aria-label={t('errors', { count: errors.length })}>
          <h3 className="mb-1 font-semibold text-ink">{t('errors', { count: errors.length })}</h3>
          {list(errors, 'error')}
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-label={t('warnings', { count: warnings.length })}>
          <h3 className="mb-1 font-semibold text-ink">{t('warnings', { count: warnings.length })}</h3>
          {list(warnings, 'warning')}
        </section>
      )}
    </div>
  )
}

function TableReview({
  table,
  districts,
  onJump,
}: {
  table: ParsedTable
  districts: readonly District[]
  onJump: Jump
}) {
  const { t } = useTranslation('import')
  const { t: c } = useTranslation()
  const f = useFormat()
  const name = useDistrictName(districts)
  const stars = table.kind !== 'composite'
  const title = table.kind === 'composite' ? f.section('overall') : f.section(table.kind)
  return (
    <section className="rounded border border-line bg-surface" data-testid={`review-table-${table.kind}`}>
      <h4 className="flex flex-wrap items-baseline gap-x-2 border-b border-line px-2 py-1 font-semibold">
        {title}
        {table.weight !== null && (
          <span className="text-sm font-normal text-muted">{t('weight', { weight: table.weight })}</span>
        )}
        <LineButton line={table.captionLine ?? table.line} onJump={onJump} />
      </h4>
      {table.indicators && (
        <p className="px-2 pt-1 text-xs text-muted">
          {t('indicators')}
          {c('colon')}
          <span lang="zh">{table.indicators}</span>
        </p>
      )}
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-muted">
            <th scope="col" className="px-2 py-1 font-medium">
              {t('rank')}
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              {t('district')}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t('score')}
            </th>
            {stars && (
              <th scope="col" className="px-2 py-1 text-right font-medium">
                {t('stars')}
              </th>
            )}
            <th scope="col" className="px-2 py-1 font-medium">
              {t('line')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => {
            return (
              <tr key={r.district} className="border-t border-line">
                <td className="px-2 py-0.5 tabular-nums">
                  {r.rank ?? '—'}
                  {r.rankDerived && (
                    <abbr title={t('rankDerivedHint')} className="ml-1 text-xs text-muted no-underline">
                      {t('rankDerived')}
                    </abbr>
                  )}
                </td>
                <td className="px-2 py-0.5">{name(r.district)}</td>
                <td className="px-2 py-0.5 text-right tabular-nums">
                  {r.score === null ? '—' : f.score(r.score)}
                </td>
                {stars && (
                  <td className="px-2 py-0.5 text-right tabular-nums">
                    {r.stars === null ? '—' : `${r.stars}★`}
                  </td>
                )}
                <td className="px-2 py-0.5">
                  <LineButton line={r.line} onJump={onJump} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

export function Review({
  result,
  districts,
  onJump,
}: {
  result: ImportResult
  districts: readonly District[]
  onJump: Jump
}) {
  const { t } = useTranslation('import')
  const { t: c } = useTranslation()
  const f = useFormat()
  const { parse, file } = result
  const name = useDistrictName(districts)
  const missing = (file?.sections ?? []).filter((s) => s.table.status === 'not-published')
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="text-muted">{t('quarter')}</dt>
        <dd>{parse.quarter ? f.quarter(parse.quarter) : t('notStated')}</dd>
        <dt className="text-muted">{t('issuer')}</dt>
        <dd lang="zh">{parse.issuer ?? t('notStated')}</dd>
        <dt className="text-muted">{t('published')}</dt>
        <dd>{parse.published ? f.date(parse.published) : t('notStated')}</dd>
        {parse.basis && (
          <>
            <dt className="text-muted">{t('basis')}</dt>
            <dd lang="zh">{parse.basis}</dd>
          </>
        )}
      </dl>
      {parse.tables.map((tb) => (
        <TableReview key={`${tb.kind}-${tb.line}`} table={tb} districts={districts} onJump={onJump} />
      ))}
      {parse.imageTables.some((x) => x.kind === 'composite') && (
        <p className="text-sm text-muted">
          {f.section('overall')}
          {c('colon')}
          {t('imageTable')}{' '}
          <LineButton
            line={parse.imageTables.find((x) => x.kind === 'composite')?.line ?? 1}
            onJump={onJump}
          />
        </p>
      )}
      {missing.map((s) => (
        <p key={s.id} className="text-sm text-muted">
          {f.section(s.id)}
          {c('colon')}
          {parse.imageTables.some((x) => x.kind === 'sections') ? t('imageTable') : t('listedNoTable')}
        </p>
      ))}
      {parse.flags.length > 0 && (
        <section>
          <h4 className="font-semibold">{t('flags')}</h4>
          <ul className="space-y-1 text-sm">
            {parse.flags.map((fl) => (
              <li key={fl.flag} data-testid={`review-flag-${fl.flag}`}>
                <span className="font-medium text-flag">{f.flag(fl.flag)}</span>
                {c('colon')}
                {f.list(fl.districts.map(name))}{' '}
                <span className="text-muted" lang="zh">
                  {c('paren', { text: fl.reason })}
                </span>{' '}
                <LineButton line={fl.line} onJump={onJump} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {parse.movements.length > 0 && (
        <section>
          <h4 className="font-semibold">{t('movements')}</h4>
          <ul className="space-y-1 text-sm">
            {parse.movements.map((m) => (
              <li key={m.district}>
                {name(m.district)}
                {c('colon')}
                {t(m.placesUp < 0 ? 'movementDown' : m.atLeast ? 'movementAtLeast' : 'movementExact', {
                  n: Math.abs(m.placesUp),
                  vs: f.quarter(m.vs),
                })}{' '}
                <LineButton line={m.line} onJump={onJump} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {parse.bonusItems.length > 0 && (
        <p className="text-sm">
          <span className="font-semibold">{t('bonus')}</span>
          {c('colon')}
          <span lang="zh">{parse.bonusItems.join('、')}</span>
        </p>
      )}
      {file && file.notes.length > 0 && (
        <section>
          <h4 className="font-semibold">{t('notes')}</h4>
          <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
            {file.notes.map((n) => (
              <li key={n.id}>{dataText(n.zh, n.en, f.lang)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
