import i18n from 'i18next'
import { useEffect, useState } from 'react'
import { DataFileError, type DataIssue } from '../domain/model/data-file-error'
import { addFeatureStrings } from '../lib/i18n'
import { useTranslation } from '../lib/use-translation'

// The words of validation problems (issue-messages.ts), registered as the `dataIssue` namespace when an
// error is first shown: the first view never carries them.
let issueWords: Promise<void> | null = null
function loadIssueWords(): Promise<void> {
  issueWords ??= Promise.all([
    import('../domain/model/issue-messages'),
    import('../domain/model/issue-messages-en'),
  ]).then(([zh, en]) => {
    addFeatureStrings('dataIssue', zh.issueZh, en.issueEn)
  })
  return issueWords
}

function useIssueWords(): boolean {
  const [ready, setReady] = useState(() => i18n.hasResourceBundle('zh', 'dataIssue'))
  useEffect(() => {
    if (ready) return
    let live = true
    void loadIssueWords().then(() => live && setReady(true))
    return () => {
      live = false
    }
  }, [ready])
  return ready
}

/** An issue in the UI's language: its code through i18next, else (no code, or words not loaded yet) its message. */
function issueWording(issue: DataIssue, ready: boolean, t: (key: string, opts: object) => string): string {
  if (!issue.code || !ready) return issue.message
  return t(`dataIssue:${issue.code}`, { ...issue.params, defaultValue: issue.message })
}

/** Shows a data file error where the data would be: which file, which field, what is wrong. */
export function DataErrorPanel({ error, context }: { error: Error; context?: string }) {
  const { t } = useTranslation()
  const ready = useIssueWords()
  const tt = t as unknown as (key: string, opts: object) => string
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
                {issueWording(i, ready, tt)} <span className="text-xs text-muted">[{i.kind}]</span>
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
