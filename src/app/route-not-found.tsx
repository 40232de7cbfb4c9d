import { useLocation } from 'react-router'
import { NotFoundPanel } from '../components/not-found'
import { useTranslation } from '../lib/use-translation'

export function RouteNotFound() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <div className="mx-auto max-w-3xl p-4">
      <NotFoundPanel message={t('notFound.route', { path: pathname })} />
    </div>
  )
}

/** A lazy view's chunk that could not be fetched (offline, or a deploy replaced the hashed files). */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(`A view's code could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    })
    this.name = 'ChunkLoadError'
  }
}

/**
 * What a view's error boundary (router.tsx) shows in place of the view: a calm sentence in the UI's
 * language, the technical line small, and a reload button when the view's code failed to load. The
 * header and navigation stay, so the other views remain one click away.
 */
export function ViewError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const chunk = error instanceof ChunkLoadError
  return (
    <div role="alert" className="mx-auto max-w-3xl p-6" data-testid="view-error">
      <h1 className="mb-2 text-xl font-bold">{chunk ? t('viewError.chunkTitle') : t('viewError.title')}</h1>
      <p className="mb-3">{chunk ? t('viewError.chunkBody') : t('viewError.body')}</p>
      {chunk && (
        <button
          type="button"
          className="mb-3 rounded border border-line px-3 py-1 font-semibold hover:bg-surface"
          onClick={() => window.location.reload()}
        >
          {t('viewError.reload')}
        </button>
      )}
      <p className="text-xs text-muted break-words">
        {t('viewError.technical')}
        {error instanceof Error ? error.message : String(error)}
      </p>
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
