/**
 * The quarters saved on this machine: view, download, remove (with undo), a backup of them all in
 * one file (and reading one back on another machine), and an offline copy of the app with them.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import type { QuarterFile } from '../../domain/model/schema'
import { DataFileError, validateQuarter } from '../../domain/model/validate'
import { useFormat } from '../../lib/format'
import {
  BACKUP_FORMAT,
  exportBackup,
  type LocalQuarter,
  localQuartersQueryOptions,
  removedQuarterQueryOptions,
  useLocalLayerActions,
} from '../../lib/local-layer'
import { districtsQueryOptions, sourcesQueryOptions } from '../../lib/queries'
import { useHrefBuilder } from '../../lib/use-global-params'
import { useTranslation } from '../../lib/use-translation'
import { downloadText } from './download'
import { FileButton } from './file-button'
import { makeOfflineCopy } from './offline-copy'

const today = () => new Date().toISOString().slice(0, 10)

export function LocalLayerPanel({ onStatus }: { onStatus: (message: string) => void }) {
  const { t } = useTranslation('import')
  const f = useFormat()
  const href = useHrefBuilder()
  const client = useQueryClient()
  const local = useQuery(localQuartersQueryOptions()).data
  const removed = useQuery(removedQuarterQueryOptions()).data ?? null
  const actions = useLocalLayerActions()
  const [busy, setBusy] = useState(false)
  const quarters = local?.quarters ?? []

  /** Checks a backup's quarters with the served files' validator, against their own dataset. */
  const readBackup = async (name: string, text: string): Promise<LocalQuarter[]> => {
    const parsed = JSON.parse(text) as { format?: unknown; quarters?: unknown }
    if (parsed?.format !== BACKUP_FORMAT || !Array.isArray(parsed.quarters))
      throw new Error(`format ≠ ${BACKUP_FORMAT}`)
    const out: LocalQuarter[] = []
    for (const [i, raw] of (parsed.quarters as Partial<LocalQuarter>[]).entries()) {
      const dataset = raw.dataset === 'demo' ? 'demo' : 'real'
      const [districts, sources] = await Promise.all([
        client.ensureQueryData(districtsQueryOptions(dataset)),
        client.ensureQueryData(sourcesQueryOptions(dataset)),
      ])
      try {
        const file: QuarterFile = validateQuarter(
          `${name}#quarters[${i}]`,
          JSON.stringify(raw.file),
          { districtIds: new Set(districts.map((d) => d.id)), sourceIds: new Set(sources.map((s) => s.id)) },
          raw.quarter,
          dataset,
        )
        out.push({
          dataset,
          quarter: file.quarter,
          savedAt: String(raw.savedAt ?? new Date().toISOString()),
          file,
        })
      } catch (e) {
        throw e instanceof DataFileError ? new Error(e.message) : e
      }
    }
    return out
  }

  return (
    <section aria-labelledby="local-layer-h" className="space-y-3 rounded border border-line bg-surface p-3">
      <h2 id="local-layer-h" className="text-lg font-semibold">
        {t('local')}
      </h2>
      {removed && (
        <p role="status" className="flex items-center gap-2 text-sm">
          {t('removed', { quarter: f.quarter(removed.quarter) })}
          <button
            type="button"
            className="rounded border border-line px-2 py-0.5 hover:bg-surface-2"
            onClick={() =>
              void actions
                .undoRemove()
                .then((r) => r && onStatus(t('restored', { quarter: f.quarter(r.quarter) })))
            }
          >
            {t('undo')}
          </button>
        </p>
      )}
      {quarters.length === 0 ? (
        <p className="text-sm text-muted">{t('localNone')}</p>
      ) : (
        <ul className="divide-y divide-line" data-testid="local-quarters">
          {quarters.map((q) => (
            <li
              key={`${q.dataset}/${q.quarter}`}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5"
            >
              <span className="font-medium">{f.quarter(q.quarter)}</span>
              {q.dataset === 'demo' && <span className="text-xs font-bold text-demo">DEMO</span>}
              <span className="text-sm text-muted">{t('localSavedAt', { time: f.dateTime(q.savedAt) })}</span>
              <span className="ml-auto flex gap-2 text-sm">
                <Link
                  className="text-link underline"
                  to={href('/rankings', { quarter: q.quarter, dataset: q.dataset })}
                >
                  {t('view')}
                </Link>
                <button
                  type="button"
                  className="text-link underline"
                  onClick={() =>
                    downloadText(
                      `${q.quarter}.json`,
                      `${JSON.stringify(q.file, null, 2)}\n`,
                      'application/json',
                    )
                  }
                >
                  {t('download')}
                </button>
                <button
                  type="button"
                  className="text-link underline"
                  onClick={() => void actions.remove(q.dataset, q.quarter)}
                >
                  {t('remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="font-semibold">{t('backup')}</h3>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <button
          type="button"
          disabled={!quarters.length}
          className="rounded border border-line px-2 py-1 hover:bg-surface-2 disabled:opacity-50"
          onClick={() =>
            void exportBackup().then((b) =>
              downloadText(
                `leitai-local-${today()}.json`,
                `${JSON.stringify(b, null, 2)}\n`,
                'application/json',
              ),
            )
          }
        >
          {t('exportBackup')}
        </button>
        <FileButton
          label={t('importBackup')}
          accept=".json,application/json"
          testId="import-backup"
          onFile={(picked) => {
            void picked
              .text()
              .then((text) => readBackup(picked.name, text))
              .then(async (list) => {
                const clash = list.filter((x) =>
                  quarters.some((y) => y.dataset === x.dataset && y.quarter === x.quarter),
                )
                if (
                  clash.length &&
                  !window.confirm(
                    t('backupReplaces', { quarters: f.list(clash.map((x) => f.quarter(x.quarter))) }),
                  )
                )
                  return
                for (const q of list) await actions.save(q)
                onStatus(t('backupRead', { count: list.length, saved: list.length }))
              })
              .catch((err: Error) =>
                onStatus(t('backupInvalid', { name: picked.name, message: err.message })),
              )
          }}
        />
        <button
          type="button"
          disabled={busy}
          className="rounded border border-line px-2 py-1 hover:bg-surface-2 disabled:opacity-50"
          onClick={() => {
            setBusy(true)
            void makeOfflineCopy(quarters)
              .then((html) => downloadText(`leitai-offline-${today()}.html`, html, 'text/html'))
              .catch((err: Error) => onStatus(t('offlineFailed', { message: err.message })))
              .finally(() => setBusy(false))
          }}
        >
          {t('offline')}
        </button>
        <span className="text-muted">{t('offlineHint')}</span>
      </div>
    </section>
  )
}
