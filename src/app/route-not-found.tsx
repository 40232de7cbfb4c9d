import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { NotFoundPanel } from '../components/not-found'

export function RouteNotFound() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <div className="mx-auto max-w-3xl p-4">
      <NotFoundPanel message={t('notFound.route', { path: pathname })} />
    </div>
  )
}

/** What the route error boundary (router.tsx) shows: what happened, instead of a blank page. */
export function RouteError({ error }: { error: unknown }) {
  return (
    <div role="alert" className="mx-auto max-w-3xl p-6">
      <h1 className="mb-2 text-xl font-bold">出错了 / Something went wrong</h1>
      <pre className="whitespace-pre-wrap text-sm">
        {error instanceof Error ? error.message : String(error)}
      </pre>
      <a className="text-link underline" href="#/rankings">
        返回排名 / Back to rankings
      </a>
    </div>
  )
}
