import { useTranslation } from 'react-i18next'
import { DataFileError } from '../domain/model/data-file-error'

/** Shows a data file error where the data would be: which file, which field, what is wrong. */
export function DataErrorPanel({ error, context }: { error: Error; context?: string }) {
  const { t } = useTranslation()
  const issues = error instanceof DataFileError ? error.issues : []
  return (
    <div
      role="alert"
      data-testid="data-error"
      className="rounded border-2 border-error bg-error-bg p-4 text-ink"
    >
      <h2 className="mb-1 font-bold text-error">{t('error.title')}</h2>
      {context && <p className="mb-2">{context}</p>}
      {error instanceof DataFileError ? (
        <>
          <p>
            {t('error.file')}
            {t('colon')}
            <code className="font-mono">{error.file}</code>
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {issues.slice(0, 8).map((i, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity beyond position
              <li key={n}>
                {i.path && (
                  <>
                    {t('error.field')} <code className="font-mono">{i.path}</code>
                    {t('colon')}
                  </>
                )}
                {i.message} <span className="text-xs text-muted">[{i.kind}]</span>
              </li>
            ))}
          </ul>
          {issues.length > 8 && <p className="text-sm text-muted">… +{issues.length - 8}</p>}
        </>
      ) : (
        <p>{error.message}</p>
      )}
    </div>
  )
}
