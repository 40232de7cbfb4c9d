import { useMemo } from 'react'
import { ChangeMark } from '../../components/change-mark'
import { DistrictLink } from '../../components/district-link'
import { FlagBadge } from '../../components/flag-badge'
import { WarningIcon } from '../../components/icons'
import { useRuleText } from '../../components/status-mark'
import type { DatasetId } from '../../domain/model/dataset'
import type { QuarterId } from '../../domain/model/quarter'
import type { District } from '../../domain/model/schema'
import { moverChange } from '../../domain/tables/movers'
import { useFormat } from '../../lib/format'
import { useDatasetKind } from '../../lib/use-dataset'
import { useTranslation } from '../../lib/use-translation'
import { summaryLines } from './brief-words'
import type { Mover, MoversBrief, TableMovers } from './model/movers'

/** Up to three movers, extended to include every district tied with the third. */
function shortList(list: Mover[]): Mover[] {
  const third = list[2]
  return third ? list.filter((m, i) => i < 3 || m.delta === third.delta) : list
}

function MoverList({
  list,
  baseline,
  quarter,
  testId,
  partial = false,
}: {
  list: Mover[]
  baseline: QuarterId
  quarter: QuarterId
  testId: string
  /** Only some changes are known: "none" must not read as "nobody". */
  partial?: boolean
}) {
  const { t } = useTranslation(['movement', 'common'])
  if (!list.length)
    return (
      <span className="text-muted" data-testid={testId}>
        {t(partial ? 'brief.noneKnown' : 'brief.none')}
      </span>
    )
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1" data-testid={testId}>
      {list.map((m) => (
        <li key={m.district.id} data-district={m.district.id} className="inline-flex items-baseline gap-1">
          <DistrictLink district={m.district} quarter={quarter} />
          <ChangeMark change={moverChange(m, baseline)} />
        </li>
      ))}
    </ul>
  )
}

function Coverage({ tm }: { tm: TableMovers }) {
  const { t } = useTranslation(['movement', 'common'])
  if (tm.complete) return null
  return (
    <span className="ml-2 text-xs font-normal text-missing">
      {t('brief.partial', { known: tm.known, total: tm.total })}
    </span>
  )
}

/**
 * The movers brief for one quarter: the generated summary first (what a presenter reads out),
 * then the facts it was built from, so every sentence can be checked against them.
 */
export function MoversBriefPanel({
  brief,
  dataset,
  invalid = new Set(),
}: {
  brief: MoversBrief
  dataset: DatasetId
  /** Quarters whose file has an error: the brief says so rather than "too little is published". */
  invalid?: ReadonlySet<QuarterId>
}) {
  const { t } = useTranslation(['movement', 'common'])
  const f = useFormat()
  const ruleText = useRuleText()
  const kind = useDatasetKind(dataset)
  const lines = useMemo(() => summaryLines(brief, f.lang), [brief, f.lang])
  const names = (ds: readonly District[]) => f.list(ds.map(f.district))
  const broken = [brief.baseline, brief.quarter].filter((q) => invalid.has(q))
  const { quarter, baseline, composite, topThree } = brief
  // With partial data the known changes are few and none is "the biggest": list them all.
  const short = composite.complete ? shortList : (l: Mover[]) => l
  // No section has a known change (and no file is broken, which the rows would name): one line instead.
  const sectionsUnknown =
    broken.length === 0 &&
    brief.sections.length > 0 &&
    brief.sections.every((s) => !s.complete && s.known === 0)
  return (
    <section
      aria-labelledby="movers-title"
      data-testid="movers-brief"
      className="min-w-0 space-y-3 rounded border border-line bg-surface p-4"
    >
      <h2 id="movers-title" className="flex flex-wrap items-center gap-2 text-xl font-bold">
        {t('brief.title', { quarter: f.quarter(quarter) })}
        <span className="text-base font-normal text-muted">{t('brief.vs', { q: f.quarter(baseline) })}</span>
        {kind === 'demo' && (
          // Its own mark (not DatasetMarker, whose test id belongs to the header): a brief is often
          // copied on its own, and must still say it is demo data.
          <span
            data-testid="brief-demo-marker"
            className="inline-flex items-center gap-1 rounded border-2 border-demo bg-demo-bg px-2 py-0.5 text-sm font-bold text-demo"
          >
            <WarningIcon />
            {t('common:dataset.demo')}
          </span>
        )}
      </h2>

      {broken.length > 0 && (
        <p role="note" className="text-missing" data-testid="brief-invalid">
          {t('brief.invalid', { quarters: f.list(broken) })}
        </p>
      )}
      <div>
        <h3 className="sr-only">{t('brief.summary')}</h3>
        {lines.length ? (
          <ul className="list-disc space-y-1 pl-5" data-testid="movers-summary">
            {lines.map((s) => (
              <li key={s.text} className={s.derived ? 'decoration-derived' : undefined}>
                {s.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-missing" data-testid="movers-summary">
            {t('brief.nothing')}
          </p>
        )}
        <p className="mt-1 text-xs text-muted">{t('brief.generated')}</p>
      </div>

      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">
          {t('brief.risers')}
          <Coverage tm={composite} />
        </dt>
        <dd>
          <MoverList
            list={short(composite.risers)}
            baseline={baseline}
            quarter={quarter}
            testId="composite-risers"
            partial={!composite.complete}
          />
        </dd>
        <dt className="font-semibold">
          {t('brief.fallers')}
          <Coverage tm={composite} />
        </dt>
        <dd>
          <MoverList
            list={short(composite.fallers)}
            baseline={baseline}
            quarter={quarter}
            testId="composite-fallers"
            partial={!composite.complete}
          />
        </dd>
        <dt className="font-semibold">{t('brief.topThree')}</dt>
        <dd data-testid="top-three">
          {topThree.known ? (
            topThree.entered.length || topThree.exited.length ? (
              <span>
                {topThree.entered.length > 0 && (
                  <span className="mr-3">
                    <span className="text-up">▲ {t('brief.entered')}</span> {names(topThree.entered)}
                  </span>
                )}
                {topThree.exited.length > 0 && (
                  <span>
                    <span className="text-down">▼ {t('brief.exited')}</span> {names(topThree.exited)}
                  </span>
                )}
              </span>
            ) : (
              <span>{t('brief.sameTop', { names: names(topThree.current) })}</span>
            )
          ) : (
            <span className="text-missing">
              {t('brief.topUnknown', { quarters: f.list(topThree.missing.map(f.quarter)) })}
            </span>
          )}
          {topThree.known && topThree.fromDerived && (
            <span className="ml-1 text-xs text-derived">
              {t('common:paren', { text: t('brief.fromDerived') })}
            </span>
          )}
        </dd>
        <dt className="font-semibold">{t('brief.flags')}</dt>
        <dd>
          {brief.flags.length ? (
            <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="flags-won">
              {brief.flags.map((f) => (
                <li key={f.district.id} className="inline-flex flex-wrap items-center gap-1">
                  <DistrictLink district={f.district} quarter={quarter} />
                  {f.flags.map((fl) => (
                    <FlagBadge
                      key={fl.flag}
                      flag={fl.flag}
                      status={fl.status}
                      title={
                        fl.provenance.status === 'derived'
                          ? t('common:labelled', {
                              label: ruleText(fl.provenance),
                              text: fl.provenance.inputs.join('; '),
                            })
                          : fl.reason
                      }
                    />
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-muted">{t('brief.noFlags')}</span>
          )}
        </dd>
      </dl>

      {/* Four rows of 位次变化未公布 say less than one line naming the sections. */}
      {sectionsUnknown ? (
        <p data-testid="section-movers-none" className="text-sm text-missing">
          {t('brief.sectionsUnknown', { sections: f.list(brief.sections.map((s) => f.section(s.section))) })}
        </p>
      ) : (
        brief.sections.length > 0 && (
          <section
            className="relative overflow-x-auto"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
            tabIndex={0}
            aria-label={t('brief.sectionsScroll')}
          >
            <table className="w-full border-collapse text-left text-sm" data-testid="section-movers">
              <caption className="pb-1 text-left font-semibold">{t('brief.sections')}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-1 pr-3">
                    {t('brief.section')}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t('brief.biggestRise')}
                  </th>
                  <th scope="col" className="py-1">
                    {t('brief.biggestFall')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {brief.sections.map((s) => (
                  <tr
                    key={s.section}
                    className="border-b border-line last:border-b-0"
                    data-section={s.section}
                  >
                    <th scope="row" className="py-1 pr-3 font-medium whitespace-nowrap">
                      {f.section(s.section)}
                    </th>
                    {s.complete ? (
                      <>
                        <td className="py-1 pr-3">
                          <MoverList
                            list={s.biggestRise}
                            baseline={baseline}
                            quarter={quarter}
                            testId={`rise-${s.section}`}
                          />
                        </td>
                        <td className="py-1">
                          <MoverList
                            list={s.biggestFall}
                            baseline={baseline}
                            quarter={quarter}
                            testId={`fall-${s.section}`}
                          />
                        </td>
                      </>
                    ) : (
                      <td colSpan={2} className="py-1 text-missing">
                        {s.known === 0
                          ? t('brief.sectionUnknown')
                          : t('brief.partial', { known: s.known, total: s.total })}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )
      )}
    </section>
  )
}
