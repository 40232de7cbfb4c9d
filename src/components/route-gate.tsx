/**
 * The skeleton every view shares, in one place: global parameters → the route's declared URL
 * state → the dataset → a fatal data error, the loading state, or the view; link parameters that
 * were not understood are named above it (or left to the view, e.g. on the presentation stage).
 *
 * Example:
 *   <RouteGate url={rankingsUrl}>{(ctx) => <RankingsView {...ctx} />}</RouteGate>
 */
import type { ReactNode } from 'react'
import type { Dataset } from '../domain/model/dataset'
import type { UrlCodec, UrlProblem } from '../domain/url/define'
import type { GlobalState } from '../domain/url/params'
import { type DatasetState, useDataset } from '../lib/use-dataset'
import { useGlobalParams } from '../lib/use-global-params'
import { type RouteState, useRouteState } from '../lib/use-route-state'
import { useTranslation } from '../lib/use-translation'
import { DataErrorPanel } from './data-error'

export type RouteContext<S> = RouteState<S> & {
  global: GlobalState
  /** The dataset's load state; `dataset` holds the quarters loaded so far (core files are in). */
  data: DatasetState & { dataset: Dataset }
}

/** Link parameters that were not understood, named once (the view fell back to defaults). */
export function ParamProblems({ problems, className }: { problems: UrlProblem[]; className?: string }) {
  const { t } = useTranslation()
  if (!problems.length) return null
  return (
    <p
      role="status"
      data-testid="param-problems"
      className={className ?? 'rounded border border-line bg-surface-2 px-3 py-2 text-sm'}
    >
      {problems.map((p) => (
        <span key={p.param} className="mr-1 last:mr-0">
          {t('notFound.param', { param: p.param, value: p.value })}
        </span>
      ))}
    </p>
  )
}

export function RouteGate<S>({
  url,
  showProblems = true,
  loading,
  children,
}: {
  url: UrlCodec<S>
  /** False where the view places the problems itself (the presentation stage). */
  showProblems?: boolean
  /** What to show while the core files load (default: the shared loading line). */
  loading?: ReactNode
  children: (ctx: RouteContext<S>) => ReactNode
}) {
  const { t } = useTranslation()
  const global = useGlobalParams()
  const route = useRouteState(url)
  const data = useDataset(global.dataset)
  if (data.fatal) return <DataErrorPanel error={data.fatal} context={t('error.fatal')} />
  if (!data.dataset) return <>{loading ?? <p aria-live="polite">{t('loading')}</p>}</>
  const ctx: RouteContext<S> = { ...route, global, data: { ...data, dataset: data.dataset } }
  return (
    <>
      {showProblems && (
        <ParamProblems
          problems={route.problems}
          className="mb-3 rounded border border-line bg-surface-2 px-3 py-2 text-sm"
        />
      )}
      {children(ctx)}
    </>
  )
}
