/**
 * 考核规则说明 (#/rules, `?topic=stars|flags|tie|status|sections|coverage` scrolls to a part): what the
 * assessment is and how its figures are made, generated from the data and the rules' code
 * (model/rules-summary.ts). Every star, flag, 推算 and 未公布 mark links here.
 */
import { useEffect, useMemo } from 'react'
import { Link } from 'react-router'
import { type RouteContext, RouteGate } from '../../components/route-gate'
import type { RulesTopic } from '../../components/rules-link'
import { SourceList } from '../../components/sources-panel'
import { useRuleText } from '../../components/status-mark'
import { SECTION_IDS } from '../../domain/model/ids'
import type { QuarterId } from '../../domain/model/quarter'
import { starDiscrepancies } from '../../domain/tables/ranking-table'
import { defineParams, optionalText } from '../../domain/url/define'
import { dataText, useFormat } from '../../lib/format'
import { useHrefBuilder } from '../../lib/use-global-params'
import { useTranslation } from '../../lib/use-translation'
import { rulesSummary, type StatusExample } from './model/rules-summary'
import './i18n'

type RulesState = { topic: string | undefined }
export const rulesUrl = defineParams<RulesState>({ topic: optionalText(/^[a-z]+$/) })

export function RulesRoute() {
  return <RouteGate url={rulesUrl}>{(ctx) => <RulesView {...ctx} />}</RouteGate>
}

function Section({ id, title, children }: { id: RulesTopic; title: string; children: React.ReactNode }) {
  return (
    <section id={`rules-${id}`} aria-labelledby={`rules-${id}-h`} className="scroll-mt-4 space-y-2">
      <h2 id={`rules-${id}-h`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  )
}

function RulesView({ state, data }: RouteContext<RulesState>) {
  const { t } = useTranslation(['rules', 'common'])
  const f = useFormat()
  const href = useHrefBuilder()
  const ds = data.dataset
  const loaded = data.pendingQuarters.size === 0
  const summary = useMemo(() => rulesSummary(ds), [ds])
  const starQuarters = useMemo(
    () => summary.quarters.map((q) => q.quarter).filter((q) => starDiscrepancies(ds, q).length > 0),
    [ds, summary],
  )
  const rule = useRuleText()

  // A link from a mark opens on the part that explains it.
  useEffect(() => {
    if (!state.topic || !loaded) return
    document.getElementById(`rules-${state.topic}`)?.scrollIntoView({ block: 'start' })
  }, [state.topic, loaded])

  if (!loaded) return <p aria-live="polite">{t('common:loading')}</p>
  const sectionsUsed = SECTION_IDS.filter((s) =>
    summary.quarters.some((q) => q.sections.some((x) => x.id === s)),
  )
  const weight = (w: number | null) => (w === null ? t('common:notPublished') : f.number(w, w % 1 ? 1 : 0))
  const example = (ex: StatusExample | null, kind: 'published' | 'derived' | 'not') => {
    if (!ex) return null
    const base = { quarter: f.quarter(ex.quarter), section: f.section(ex.section) }
    let text: string
    if (kind === 'not')
      text = t('status.exampleNot', {
        ...base,
        reason: dataText(ex.reason ?? '', ex.reasonEn ?? undefined, f.lang),
      })
    else {
      const fig = ex.figure
      if (fig.status === 'not-published') return null
      const vars = {
        ...base,
        district: ex.district ? f.district(ex.district) : '',
        what: t(ex.what === 'score' ? 'status.score' : 'status.rank'),
        value: ex.what === 'score' ? f.score(fig.value) : f.number(fig.value),
      }
      text =
        fig.status === 'derived'
          ? t('status.exampleDerived', { ...vars, rule: rule(fig) })
          : t('status.examplePublished', vars)
    }
    return (
      <span data-testid={`rules-example-${kind}`}>
        {t('status.example')}
        <Link
          className="text-link underline"
          to={href('/rankings', {
            quarter: ex.quarter,
            section: ex.section === 'overall' ? undefined : ex.section,
          })}
        >
          {text}
        </Link>
      </span>
    )
  }

  return (
    <article className="max-w-4xl space-y-6" data-testid="rules-page">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p>{t('intro')}</p>
        <p>{t('arena')}</p>
        <p className="text-sm text-muted">{t('generated')}</p>
      </header>

      <Section id="sections" title={t('sections.title')}>
        <p>{t('sections.intro')}</p>
        <section
          className="overflow-x-auto rounded border border-line"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
          tabIndex={0}
          aria-label={t('sections.table')}
        >
          <table className="w-full border-collapse text-left text-sm" data-testid="rules-weights">
            <thead className="bg-surface-2">
              <tr>
                <th scope="col" className="px-2 py-1">
                  {t('sections.quarter')}
                </th>
                {sectionsUsed.map((s) => (
                  <th key={s} scope="col" className="px-2 py-1">
                    {f.section(s)}
                  </th>
                ))}
                <th scope="col" className="px-2 py-1">
                  {t('sections.composite')}
                </th>
                <th scope="col" className="px-2 py-1">
                  {t('sections.bonus')}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.quarters.map((q) => (
                <tr key={q.quarter} data-quarter={q.quarter} className="border-t border-line">
                  <th scope="row" className="px-2 py-1 font-medium whitespace-nowrap">
                    {f.quarter(q.quarter)}
                  </th>
                  {q.sections.length === 0 ? (
                    <td colSpan={sectionsUsed.length} className="px-2 py-1 text-missing">
                      {t('sections.noList')}
                    </td>
                  ) : (
                    sectionsUsed.map((s) => {
                      const sec = q.sections.find((x) => x.id === s)
                      return (
                        <td key={s} className="px-2 py-1 tabular">
                          {sec ? (
                            <>
                              <span className={sec.weight === null ? 'text-missing' : undefined}>
                                {weight(sec.weight)}
                              </span>
                              {sec.indicatorCount !== null && (
                                <span className="ml-1 text-xs text-muted">
                                  {t('sections.indicators', { n: sec.indicatorCount })}
                                </span>
                              )}
                            </>
                          ) : (
                            <span className="text-muted">—</span>
                          )}
                        </td>
                      )
                    })
                  )}
                  <td className="px-2 py-1 tabular">
                    <span className={q.compositeWeight === null ? 'text-missing' : undefined}>
                      {weight(q.compositeWeight)}
                    </span>
                  </td>
                  <td className="px-2 py-1">
                    {q.bonusItems.length ? f.list(q.bonusItems) : t('sections.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </Section>

      <Section id="stars" title={t('stars.title')}>
        <p>{t('stars.intro', { max: summary.maxStars })}</p>
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="rules-stars">
          {summary.stars.map((s) => (
            <li key={s.rank} className="tabular">
              {t('stars.rank', { rank: s.rank })} → {'★'.repeat(s.stars)} {t('stars.value', { n: s.stars })}
            </li>
          ))}
        </ol>
        {starQuarters.length > 0 && (
          <p className="text-sm">
            {t('stars.printed', { quarters: f.list(starQuarters.map((q) => f.quarter(q))) })}{' '}
            {starQuarters.map((q: QuarterId) => (
              <Link key={q} className="text-link underline" to={href('/rankings', { quarter: q })}>
                {t('stars.link', { quarter: f.quarter(q) })}
              </Link>
            ))}
          </p>
        )}
      </Section>

      <Section id="flags" title={t('flags.title')}>
        <ul className="list-disc space-y-1 pl-6">
          {(['top', 'rise'] as const).map((flag) => (
            <li key={flag} data-flag={flag}>
              {t('flags.item', {
                flag: f.flag(flag),
                rule: t(flag === 'top' ? 'flags.top' : 'flags.rise', {
                  n: flag === 'top' ? summary.topFlagMaxRank : summary.riseFlagMinPlaces,
                }),
              })}
            </li>
          ))}
        </ul>
        <p className="text-sm">{t('flags.bound', { flag: f.flag('rise'), n: summary.riseFlagMinPlaces })}</p>
      </Section>

      <Section id="tie" title={t('tie.title')}>
        <p>
          {t('tie.text', {
            scores: f.list(summary.tie.scores.map((s) => f.score(s))),
            ranks: f.list(summary.tie.ranks.map((r) => (r === null ? '—' : f.number(r)))),
          })}
        </p>
      </Section>

      <Section id="status" title={t('status.title')}>
        <ul className="space-y-2">
          <li>
            <span className="font-semibold">● </span>
            {t('status.published')} {example(summary.examples.published, 'published')}
          </li>
          <li>
            <span className="font-semibold text-derived">◐ </span>
            {t('status.derived')} {example(summary.examples.derived, 'derived')}
          </li>
          <li>
            <span className="font-semibold text-missing">○ </span>
            {t('status.notPublished')} {example(summary.examples.notPublished, 'not')}
          </li>
        </ul>
      </Section>

      <Section id="coverage" title={t('coverage.title')}>
        {summary.coverage.newest && summary.coverage.first && (
          <p data-testid="rules-coverage">
            {t('coverage.text', {
              newest: f.quarter(summary.coverage.newest),
              first: f.quarter(summary.coverage.first),
              n: summary.coverage.count,
            })}
          </p>
        )}
        <h3 className="font-semibold">{t('coverage.sources', { n: summary.sources.length })}</h3>
        <div className="text-sm">
          <SourceList ids={summary.sources} sources={data.sources} />
        </div>
      </Section>
    </article>
  )
}
