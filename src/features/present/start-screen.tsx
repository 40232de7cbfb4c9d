/**
 * The start screen of 擂台模式 (`#/present?start=1`, the header's 擂台模式 link): choose the deck and
 * the quarter (default: the newest quarter with a complete published table), see what the deck will
 * hold (its slides, which tables are published and which 未公布), set the speaking order of the
 * districts without a published composite rank (kept in the URL as `order=`, marked on their cards
 * as 发言顺序（非名次）), run 检查数据, and start — in this window, or with the presenter view in a
 * second one. Loaded lazily: the slides never carry it.
 */
import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { DatasetMarker } from '../../components/dataset-marker'
import type { QuarterId } from '../../domain/model/quarter'
import type { District } from '../../domain/model/schema'
import { defaultView } from '../../domain/tables/default-quarter'
import { cn } from '../../lib/cn'
import { useFormat } from '../../lib/format'
import { useDataset } from '../../lib/use-dataset'
import { useGlobalParams, useHrefBuilder } from '../../lib/use-global-params'
import { useRouteState } from '../../lib/use-route-state'
import { useTranslation } from '../../lib/use-translation'
import { type CheckedFile, type CheckResult, checkDeckData, type WordedIssue, wordIssues } from './check-data'
import { boardShown, buildDeck, coverage, sourceName, speakingOrder } from './model/deck'
import { DECK_IDS } from './model/deck-ids'
import { moveItem, orderParam, reportedOrder, resolveOrder } from './model/speaking-order'
import { type PresentState, presentUrl, serializePresent } from './model/url'
import { slideLabel } from './slides'
// biome-ignore lint/suspicious/noImportCycles: the side-effect import keeps the present modules in one lazy chunk (the route lazy-loads this file)
import './present-route'
import './start-i18n'

const BOX = 'rounded-lg border border-line bg-surface p-4'

export function StartScreen() {
  const { t } = useTranslation(['presentStart', 'present', 'common'])
  const { t: tp } = useTranslation(['present', 'common'])
  const f = useFormat()
  const g = useGlobalParams()
  const href = useHrefBuilder()
  const { state, update, params } = useRouteState(presentUrl)
  const data = useDataset(g.dataset)
  const ready = data.status === 'success' && data.dataset !== null
  const ds = ready ? data.dataset : null
  const fallback = useMemo(() => (ds ? (defaultView(ds)?.quarter ?? null) : null), [ds])
  const quarter: QuarterId | undefined = state.quarter ?? fallback ?? data.allQuarters.at(-1)
  const quarterError = quarter ? data.errors.get(quarter) : undefined
  const usable = ds && quarter && ds.quarters.has(quarter) ? ds : null

  const resolved = useMemo(
    () => (usable && quarter ? resolveOrder(usable, quarter, state.order) : null),
    [usable, quarter, state.order],
  )
  const slides = useMemo(
    () =>
      usable && quarter
        ? buildDeck(usable, quarter, state.deck, {
            unrankedOrder: resolved?.custom ? resolved.unranked : undefined,
          })
        : [],
    [usable, quarter, state.deck, resolved],
  )

  // The link the deck runs on: this screen's choices, the start screen left, slide 1.
  const deckState = (extra: Partial<PresentState> = {}): PresentState => ({
    ...state,
    quarter,
    start: false,
    slide: 1,
    ...extra,
  })
  const deckHref = (extra: Partial<PresentState> = {}) =>
    href('/present', serializePresent(deckState(extra), params))
  const [blocked, setBlocked] = useState<string | null>(null)
  const startWithPresenter = () => {
    const url = `${window.location.href.split('#')[0]}#${deckHref({ view: 'presenter' })}`
    const w = window.open(url, 'leitai-presenter', 'popup=yes,width=1280,height=800')
    if (!w) {
      setBlocked(url)
      return
    }
    update(deckState(), {})
  }

  return (
    <main data-testid="start-screen" className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-6 text-ink">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-black">{t('heading')}</h1>
        <span className="flex items-center gap-3">
          <DatasetMarker dataset={g.dataset} />
          <Link to={href('/rankings', { quarter })} className="text-accent underline">
            {t('back')}
          </Link>
        </span>
      </header>
      <p className="text-muted">{t('intro')}</p>

      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className={BOX}>
          <legend className="px-1 font-bold">{t('deck.legend')}</legend>
          <div className="flex flex-col gap-2">
            {DECK_IDS.map((id) => (
              <label key={id} className="flex cursor-pointer items-start gap-2">
                <input
                  type="radio"
                  name="deck"
                  value={id}
                  checked={state.deck === id}
                  onChange={() => update({ deck: id }, { replace: true })}
                  className="mt-1.5"
                />
                <span>
                  <span className="font-semibold">{t(`deck.${id}`)}</span>
                  <span className="block text-sm text-muted">{t(`deck.${id}Hint`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className={cn(BOX, 'flex flex-col gap-2')}>
          <label htmlFor="start-quarter" className="font-bold">
            {t('quarter.label')}
          </label>
          <select
            id="start-quarter"
            data-testid="start-quarter"
            value={quarter ?? ''}
            onChange={(e) => update({ quarter: e.target.value as QuarterId, order: [] }, { replace: true })}
            className="rounded border border-line bg-surface px-2 py-1.5"
          >
            {[...data.allQuarters].reverse().map((q) => (
              <option key={q} value={q}>
                {t(q === fallback ? 'quarter.optionDefault' : 'quarter.option', { quarter: f.quarter(q) })}
              </option>
            ))}
          </select>
          {fallback && quarter && quarter !== fallback && quarter > fallback && (
            <p className="text-sm text-muted">{t('quarter.sparse', { quarter: f.quarter(fallback) })}</p>
          )}
        </div>
      </div>

      <section aria-labelledby="start-contents" className={BOX} data-testid="start-contents">
        <h2 id="start-contents" className="mb-2 text-lg font-bold">
          {t('contents.heading')}
          {slides.length > 0 && (
            <span data-testid="slide-count" className="ml-2 font-normal text-muted">
              {t('contents.count', { n: f.number(slides.length) })}
            </span>
          )}
        </h2>
        {quarterError && quarter ? (
          <p role="alert" className="text-error">
            {t('contents.unavailable', { quarter: f.quarter(quarter) })}
          </p>
        ) : !usable || !quarter ? (
          <p aria-live="polite">{t('contents.loading')}</p>
        ) : (
          <>
            <ol className="mb-3 grid list-decimal gap-x-8 pl-6 text-sm sm:grid-cols-2 lg:grid-cols-3">
              {slides.map((s) => (
                <li key={s.id}>{slideLabel(s.view, usable, tp, f)}</li>
              ))}
            </ol>
            <h3 className="font-semibold">{t('contents.tables')}</h3>
            <ul data-testid="start-tables" className="text-sm">
              {(['overall', ...(usable.quarters.get(quarter)?.sections.map((s) => s.id) ?? [])] as const).map(
                (section) => {
                  const c = coverage(usable, quarter, section)
                  const shown = boardShown(usable, quarter, section)
                  const name = f.section(section)
                  const text = !shown
                    ? t('contents.none', { section: name })
                    : c.published === c.total
                      ? t('contents.all', { section: name, total: f.number(c.total) })
                      : c.derived
                        ? t('contents.publishedDerived', {
                            section: name,
                            n: f.number(c.published),
                            total: f.number(c.total),
                            d: f.number(c.derived),
                          })
                        : t('contents.published', {
                            section: name,
                            n: f.number(c.published),
                            total: f.number(c.total),
                          })
                  return (
                    <li key={section} data-section={section} className={cn(!shown && 'text-missing')}>
                      {text}
                    </li>
                  )
                },
              )}
            </ul>
          </>
        )}
      </section>

      {usable && quarter && resolved && (
        <OrderEditor
          ds={usable}
          quarter={quarter}
          arena={state.deck === 'arena'}
          unranked={resolved.unranked}
          custom={resolved.custom}
          problems={resolved.problems}
          sources={data.sources}
          dataset={g.dataset}
          onChange={(order) => update({ order: orderParam(usable, quarter, order) }, { replace: true })}
        />
      )}

      {quarter && <CheckData dataset={g.dataset} quarter={quarter} />}

      <div className="flex flex-wrap items-center gap-3">
        <Link
          to={deckHref()}
          data-testid="start-deck"
          aria-disabled={!usable}
          className={cn(
            'rounded-lg bg-accent px-5 py-2.5 font-bold text-accent-ink',
            !usable && 'pointer-events-none opacity-50',
          )}
        >
          {t('start.button')}
        </Link>
        <button
          type="button"
          data-testid="start-presenter"
          disabled={!usable}
          onClick={startWithPresenter}
          className="rounded-lg border border-accent px-5 py-2.5 font-bold text-accent disabled:opacity-50"
        >
          {t('start.presenter')}
        </button>
        <p className="basis-full text-sm text-muted">{t('start.presenterHint')}</p>
        {blocked && (
          <p role="alert" className="basis-full text-sm">
            {t('start.blocked')}{' '}
            <a href={blocked} target="_blank" rel="noopener" className="break-all text-accent underline">
              {blocked}
            </a>
          </p>
        )}
      </div>
    </main>
  )
}

function OrderEditor({
  ds,
  quarter,
  arena,
  unranked,
  custom,
  problems,
  sources,
  dataset,
  onChange,
}: {
  ds: NonNullable<ReturnType<typeof useDataset>['dataset']>
  quarter: QuarterId
  arena: boolean
  unranked: readonly District[]
  custom: boolean
  problems: ReturnType<typeof resolveOrder>['problems']
  sources: ReturnType<typeof useDataset>['sources']
  dataset: string
  onChange: (order: District[]) => void
}) {
  const { t } = useTranslation(['presentStart', 'present', 'common'])
  const f = useFormat()
  const base = speakingOrder(ds, quarter)
  const reported = reportedOrder(dataset, quarter)
  const reportedSource = reported ? sources.get(reported.source) : undefined
  const byId = new Map(ds.districts.map((d) => [d.id, d]))
  const applyReported = () =>
    reported && onChange(reported.ids.flatMap((id) => byId.get(id) ?? []).filter((d) => unranked.includes(d)))
  const sameAsReported = reported !== null && reported.ids.join() === unranked.map((d) => d.id).join()

  return (
    <section aria-labelledby="start-order" className={BOX} data-testid="order-editor">
      <h2 id="start-order" className="mb-2 text-lg font-bold">
        {t('order.heading')}
      </h2>
      {problems.length > 0 && (
        <div
          role="status"
          data-testid="order-problems"
          className="mb-3 rounded border border-line bg-surface-2 p-2 text-sm"
        >
          {t('order.problems')}
          <ul className="list-disc pl-6">
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same id may be named twice
              <li key={i}>{t(`order.problem.${p.reason}`, { id: p.id })}</li>
            ))}
          </ul>
        </div>
      )}
      {!arena ? (
        <p className="text-muted">{t('order.notArena')}</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <p className="mb-1 text-sm text-muted">{t('order.ranked')}</p>
            <ol className="flex flex-col gap-1" data-testid="order-ranked">
              {base.rows.slice(0, base.ranked).map((r, i) => (
                <li key={r.district.id} className="flex items-baseline gap-2">
                  <span className="w-6 text-right tabular text-muted">{f.number(i + 1)}</span>
                  <span className="font-semibold">{f.district(r.district)}</span>
                  <span className="text-sm text-muted">
                    {r.rank.status !== 'not-published' && t('order.rankedRow', { n: f.number(r.rank.value) })}
                    {r.rank.status === 'derived' && t('order.derived')}
                  </span>
                </li>
              ))}
            </ol>
          </div>
          <div>
            {unranked.length === 0 ? (
              <p className="text-muted">{t('order.noUnranked')}</p>
            ) : (
              <>
                <p className="mb-1 text-sm text-muted">{t('order.unranked')}</p>
                <ol className="flex flex-col gap-1" data-testid="order-unranked">
                  {unranked.map((d, i) => {
                    const name = f.district(d)
                    return (
                      <li key={d.id} data-district={d.id} className="flex items-center gap-2">
                        <span className="w-6 text-right tabular text-muted">
                          {f.number(base.ranked + i + 1)}
                        </span>
                        <span className="min-w-0 flex-1 font-semibold">{name}</span>
                        <button
                          type="button"
                          aria-label={t('order.up', { name })}
                          disabled={i === 0}
                          onClick={() => onChange(moveItem(unranked, i, i - 1))}
                          className="rounded border border-line px-2 leading-7 hover:bg-surface-2 disabled:opacity-40"
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          aria-label={t('order.down', { name })}
                          disabled={i === unranked.length - 1}
                          onClick={() => onChange(moveItem(unranked, i, i + 1))}
                          className="rounded border border-line px-2 leading-7 hover:bg-surface-2 disabled:opacity-40"
                        >
                          ↓
                        </button>
                      </li>
                    )
                  })}
                </ol>
                <p data-testid="order-state" className="mt-2 text-sm text-muted">
                  {t(custom ? 'order.isCustom' : 'order.isDefault')}
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  {reported && reportedSource && (
                    <button
                      type="button"
                      data-testid="order-reported"
                      disabled={sameAsReported}
                      onClick={applyReported}
                      className="rounded border border-accent px-3 py-1 text-sm text-accent disabled:opacity-50"
                    >
                      {t('order.useReported', {
                        source: sourceName(reportedSource).name,
                        date: reportedSource.date ? f.date(reportedSource.date) : '',
                      })}
                    </button>
                  )}
                  <button
                    type="button"
                    data-testid="order-reset"
                    disabled={!custom}
                    onClick={() => onChange([...base.unranked])}
                    className="rounded border border-line px-3 py-1 text-sm disabled:opacity-50"
                  >
                    {t('order.fileOrder')}
                  </button>
                </div>
                {reported && reportedSource && (
                  <p className="mt-2 text-sm text-muted">{t('order.reportedNote')}</p>
                )}
              </>
            )}
          </div>
        </div>
      )}
    </section>
  )
}

function CheckData({ dataset, quarter }: { dataset: string; quarter: QuarterId }) {
  const { t } = useTranslation(['presentStart', 'present', 'common'])
  const f = useFormat()
  const [running, setRunning] = useState(false)
  const [found, setFound] = useState<{
    key: string
    result: CheckResult
    words: Map<string, WordedIssue[]>
    at: Date
  } | null>(null)
  const key = `${dataset}|${quarter}|${f.lang}`
  const run = async () => {
    setRunning(true)
    try {
      const result = await checkDeckData(dataset, quarter)
      const words = new Map<string, WordedIssue[]>()
      for (const file of result.files)
        if (file.error) words.set(file.file, await wordIssues(file.error, f.lang))
      setFound({ key, result, words, at: new Date() })
    } finally {
      setRunning(false)
    }
  }
  // A result belongs to the quarter it checked.
  const shown = found?.key === key ? found : null
  return (
    <section aria-labelledby="start-check" className={BOX} data-testid="check-data">
      <h2 id="start-check" className="mb-1 text-lg font-bold">
        {t('check.heading')}
      </h2>
      <p className="mb-2 text-sm text-muted">{t('check.hint')}</p>
      <button
        type="button"
        data-testid="check-button"
        onClick={() => void run()}
        disabled={running}
        className="rounded-lg border border-accent px-4 py-1.5 font-semibold text-accent disabled:opacity-50"
      >
        {running ? t('check.running') : t('check.button')}
      </button>
      <div aria-live="polite" data-testid="check-result" data-bad={shown?.result.bad ?? ''}>
        {shown && (
          <div className="mt-3 flex flex-col gap-2">
            <p className={cn('font-semibold', shown.result.bad ? 'text-error' : 'text-ink')}>
              {shown.result.bad
                ? t('check.found', {
                    bad: f.number(shown.result.bad),
                    n: f.number(shown.result.files.length),
                  })
                : t('check.allGood', { n: f.number(shown.result.files.length) })}
              <span className="ml-2 text-sm font-normal text-muted">
                {t('check.checkedAt', {
                  time: shown.at.toLocaleTimeString(f.lang === 'zh' ? 'zh-CN' : 'en-GB'),
                })}
              </span>
            </p>
            <ul className="flex flex-col gap-2 text-sm">
              {shown.result.files.map((file) => (
                <li key={file.file} data-file={file.file} data-status={file.status}>
                  {file.status === 'error' && file.error ? (
                    <FileProblems file={file} issues={shown.words.get(file.file) ?? []} />
                  ) : (
                    <span>
                      <span aria-hidden="true">{file.status === 'ok' ? '✓ ' : '– '}</span>
                      <code className="font-mono">{file.file}</code>{' '}
                      <span className="text-muted">
                        {t(file.status === 'ok' ? 'check.ok' : 'check.skipped')}
                      </span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  )
}

/** A file that did not pass: its name, then each problem with its field. */
function FileProblems({ file, issues }: { file: CheckedFile; issues: readonly WordedIssue[] }) {
  const { t } = useTranslation(['presentStart', 'present', 'common'])
  return (
    <div role="alert" className="rounded border-2 border-error bg-error-bg p-3">
      <p className="font-semibold">
        <span aria-hidden="true">✗ </span>
        <code className="font-mono">{file.file}</code> <span className="text-error">{t('check.bad')}</span>
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-6">
        {issues.slice(0, 12).map((i, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond position
          <li key={n}>
            {i.path && (
              <>
                {t('check.field')} <code className="font-mono">{i.path}</code>
                {t('common:colon')}
              </>
            )}
            {i.text}
          </li>
        ))}
      </ul>
      {issues.length > 12 && <p className="text-sm text-muted">… +{issues.length - 12}</p>}
    </div>
  )
}
