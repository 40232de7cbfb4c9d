import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useHrefBuilder } from '../lib/use-global-params'
import { useTranslation } from '../lib/use-translation'

/** A helpful not-found message: what was asked for, and what exists instead. */
export function NotFoundPanel({ message, children }: { message: string; children?: ReactNode }) {
  const { t } = useTranslation()
  const href = useHrefBuilder()
  return (
    <section
      aria-labelledby="nf-title"
      data-testid="not-found"
      className="rounded border border-line bg-surface p-6"
    >
      <h2 id="nf-title" className="mb-2 text-xl font-bold">
        {t('notFound.title')}
      </h2>
      <p className="mb-3">{message}</p>
      {children}
      <p className="mt-4">
        <Link className="text-link underline" to={href('/rankings')}>
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  )
}
