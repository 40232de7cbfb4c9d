/**
 * #/import (导入): the clerk pastes a notice or chooses a file, reviews what was read beside the
 * input, previews it in every view, and saves it on this machine; the administrator downloads the
 * quarter file (or an offline copy, or a backup) to publish. The text is a draft from the first
 * keystroke, so a crash, a closed tab or a bad parse loses nothing.
 */
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import { importNotice } from '../../domain/import/build'
import { type FigureChange, quarterChanges } from '../../domain/import/diff'
import {
  DATASET_IDS,
  type DatasetKind,
  type FlagId,
  isDatasetKind,
  type SectionId,
} from '../../domain/model/ids'
import { isQuarterId, type QuarterId, quarterRange } from '../../domain/model/quarter'
import type { QuarterFile } from '../../domain/model/schema'
import { useFormat } from '../../lib/format'
import {
  clearDraft,
  type ImportDraft,
  loadDraft,
  localQuartersQueryOptions,
  saveDraft,
  setImportPreview,
  useImportPreview,
  useLocalLayerActions,
} from '../../lib/local-layer'
import { districtsQueryOptions, sourcesQueryOptions } from '../../lib/queries'
import { useDataset } from '../../lib/use-dataset'
import { useGlobalParams, useHrefBuilder } from '../../lib/use-global-params'
import { useTranslation } from '../../lib/use-translation'
import './i18n'
import { useDistrictName } from './district-name'
import { downloadText } from './download'
import { FileButton } from './file-button'
import { LocalLayerPanel } from './local-layer-panel'
import { NoticeInput, type NoticeInputHandle } from './notice-input'
import { ProblemList, Review } from './review'

const EMPTY_DISTRICTS: never[] = []
/** When this page session began: a draft saved before it is announced as restored. */
const SESSION_START = Date.now()

export function ImportRoute() {
  const { t } = useTranslation('import')
  const { t: c } = useTranslation()
  const f = useFormat()
  const g = useGlobalParams()
  const href = useHrefBuilder()
  const inputId = useId()
  const hintId = useId()
  const input = useRef<NoticeInputHandle>(null)

  const [text, setText] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [kind, setKind] = useState<ImportDraft['input']>('text')
  // Imports go into a built-in dataset; a folder dataset opened by link is read-only here.
  const [dataset, setDataset] = useState<DatasetKind>(isDatasetKind(g.dataset) ? g.dataset : 'real')
  const [chosen, setChosen] = useState<QuarterId | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [pendingReplace, setPendingReplace] = useState<{
    file: QuarterFile
    changes: FigureChange[]
    where: 'bundled' | 'local'
  } | null>(null)
  const typed = useRef(false)

  const districts = useQuery(districtsQueryOptions(dataset)).data ?? EMPTY_DISTRICTS
  const sources = useQuery(sourcesQueryOptions(dataset)).data
  const local = useQuery(localQuartersQueryOptions()).data
  const state = useDataset(dataset)
  const actions = useLocalLayerActions()
  const preview = useImportPreview()

  // The draft: restored once (unless the clerk has typed meanwhile), then saved as the clerk types.
  const [draftReady, setDraftReady] = useState(false)
  useEffect(() => {
    let live = true
    void loadDraft().then((d) => {
      if (!live) return
      setDraftReady(true)
      if (!d?.text || typed.current) return
      setText(d.text)
      setFileName(d.fileName)
      setKind(d.input)
      setDataset(d.dataset)
      setChosen(d.quarter)
      // Coming back from a preview in this session is not a "restore"; a draft from before is.
      if (Date.parse(d.updatedAt) < SESSION_START)
        setStatus(t('draftRestored', { time: f.dateTime(d.updatedAt) }))
    })
    return () => {
      live = false
    }
  }, [t, f])
  useEffect(() => {
    if (!draftReady) return
    const timer = setTimeout(() => {
      if (text)
        void saveDraft({
          text,
          fileName,
          input: kind,
          dataset,
          quarter: chosen,
          updatedAt: new Date().toISOString(),
        })
      else void clearDraft()
    }, 300)
    return () => clearTimeout(timer)
  }, [draftReady, text, fileName, kind, dataset, chosen])
  const edit = (next: string) => {
    typed.current = true
    setText(next)
  }

  // Parsing takes a few milliseconds; the deferred text keeps typing smooth on a slow PC anyway.
  const deferred = useDeferredValue(text)
  const result = useMemo(
    () =>
      deferred.trim() && districts.length
        ? importNotice(deferred, {
            districts,
            dataset,
            quarter: chosen ?? undefined,
            input: kind,
            fileName,
            sourceIds: new Set((sources ?? []).map((s) => s.id)),
          })
        : null,
    [deferred, districts, dataset, chosen, kind, fileName, sources],
  )
  const file = result?.file ?? null

  // The preview follows the parse while it is on; it ends when the quarter is saved or the text cleared.
  const previewing = preview !== null
  useEffect(() => {
    if (previewing) setImportPreview(file ? { dataset, file } : null)
  }, [file, dataset, previewing])

  const quarters = useMemo(() => {
    const known = state.allQuarters
    const last = known.at(-1) ?? ('2022Q1' as QuarterId)
    const end = `${Number(last.slice(0, 4)) + 2}Q4` as QuarterId
    return quarterRange('2020Q1' as QuarterId, end).reverse()
  }, [state.allQuarters])

  const existing = (q: QuarterId): 'bundled' | 'local' | null => {
    if (local?.quarters.some((x) => x.dataset === dataset && x.quarter === q)) return 'local'
    return state.allQuarters.includes(q) ? 'bundled' : null
  }

  const doSave = async (target: QuarterFile) => {
    await actions.save({ dataset, quarter: target.quarter, savedAt: new Date().toISOString(), file: target })
    setPendingReplace(null)
    setImportPreview(null)
    setStatus(
      `${t('saved', { quarter: f.quarter(target.quarter) })}${local?.persistent === false ? ` ${t('notPersistent')}` : ''}`,
    )
  }
  const onSave = () => {
    if (!file) return
    const where = existing(file.quarter)
    const before = where ? state.dataset?.quarters.get(file.quarter) : undefined
    if (where && before) setPendingReplace({ file, changes: quarterChanges(before, file), where })
    else void doSave(file)
  }

  const onFile = async (picked: File) => {
    try {
      const { readImportFile } = await import('../../lib/read-import-file')
      const read = await readImportFile(picked.name, new Uint8Array(await picked.arrayBuffer()))
      edit(read.text)
      setFileName(read.fileName)
      setKind(read.input)
      setStatus(t('fileRead', { name: picked.name }))
    } catch (e) {
      setStatus(t('fileFailed', { name: picked.name, message: (e as Error).message }))
    }
  }

  const districtLabel = useDistrictName(districts)
  /** "经济运行 黄岛区 得分", "红旗 真抓实干、勇当排头": what a replacement changes, in the UI language. */
  const changeLabel = (ch: FigureChange): string => {
    const table =
      ch.table === 'composite'
        ? f.section('overall')
        : ch.table === 'flags' || ch.table === 'movements'
          ? t(ch.table)
          : f.section(ch.table as SectionId)
    const who =
      ch.table === 'flags' ? f.flag(ch.district as FlagId) : ch.district ? districtLabel(ch.district) : ''
    const field = ch.field === 'rank' || ch.field === 'score' || ch.field === 'stars' ? t(ch.field) : ''
    return [table, who, field].filter(Boolean).join(' ')
  }
  const previewLinks = file
    ? [
        { to: href('/rankings', { quarter: file.quarter, dataset }), label: c('nav.rankings') },
        {
          to: href('/districts', { quarter: file.quarter, dataset }),
          label: c('nav.districts'),
        },
        { to: href('/movement', { dataset }), label: c('nav.movement') },
        {
          to: href('/present', { quarter: file.quarter, dataset }),
          label: c('nav.present'),
        },
      ]
    : []

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="max-w-4xl text-muted">{t('intro')}</p>
      </div>
      {status && (
        <p role="status" className="rounded border border-line bg-surface-2 px-3 py-2 text-sm">
          {status}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby={`${inputId}-h`} className="space-y-2">
          <div className="flex flex-wrap items-end gap-3">
            <h2 id={`${inputId}-h`} className="mr-auto text-lg font-semibold">
              <label htmlFor={inputId}>{t('input')}</label>
            </h2>
            <label className="text-sm">
              <span className="mr-1">{t('dataset')}</span>
              <select
                value={dataset}
                onChange={(e) => setDataset(e.target.value as DatasetKind)}
                className="rounded border border-line bg-surface px-2 py-1"
              >
                {DATASET_IDS.map((d) => (
                  <option key={d} value={d}>
                    {c(d === 'real' ? 'dataset.real' : 'dataset.demo')}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              <span className="mr-1">{t('quarter')}</span>
              <select
                value={chosen ?? ''}
                onChange={(e) => setChosen(isQuarterId(e.target.value) ? e.target.value : null)}
                className="rounded border border-line bg-surface px-2 py-1"
                data-testid="import-quarter"
              >
                <option value="">
                  {result?.parse.quarterInText
                    ? t('quarterAuto', { found: f.quarter(result.parse.quarterInText) })
                    : t('quarterAutoNone')}
                </option>
                {quarters.map((q) => (
                  <option key={q} value={q}>
                    {f.quarter(q)}
                  </option>
                ))}
              </select>
            </label>
            <FileButton
              label={t('chooseFile')}
              accept=".txt,.text,.html,.htm,.csv,.xlsx,.xls,.xlsm,.ods,text/plain,text/csv,text/html"
              testId="import-file"
              onFile={(picked) => void onFile(picked)}
            />
            <button
              type="button"
              onClick={() => {
                setText('')
                setFileName(null)
                setKind('text')
                setImportPreview(null)
              }}
              className="rounded border border-line px-2 py-1 text-sm hover:bg-surface-2"
            >
              {t('clear')}
            </button>
          </div>
          <p id={hintId} className="text-sm text-muted">
            {t('inputHint')} {t('draftSaved')}
          </p>
          <NoticeInput
            ref={input}
            id={inputId}
            value={text}
            onChange={edit}
            problems={result?.problems ?? []}
            describedBy={hintId}
          />
        </section>

        <section aria-labelledby={`${inputId}-r`} className="space-y-3" data-testid="import-review">
          <h2 id={`${inputId}-r`} className="text-lg font-semibold">
            {t('review')}
          </h2>
          {!result ? (
            <p className="text-muted">{t('empty')}</p>
          ) : (
            <>
              <p className="text-sm" data-testid="import-summary">
                {t('summary', result.summary)}
              </p>
              <ProblemList
                problems={result.problems}
                districts={districts}
                onJump={(l, c, n) => input.current?.jumpTo(l, c, n)}
              />
              <div className="flex flex-wrap items-center gap-2 rounded border border-line bg-surface-2 p-2">
                <button
                  type="button"
                  disabled={!file}
                  onClick={onSave}
                  className="rounded bg-accent px-3 py-1.5 font-semibold text-accent-ink disabled:cursor-not-allowed disabled:opacity-50"
                >
                  {t('save')}
                </button>
                <button
                  type="button"
                  disabled={!file}
                  onClick={() =>
                    file &&
                    downloadText(
                      `${file.quarter}.json`,
                      `${JSON.stringify(file, null, 2)}\n`,
                      'application/json',
                    )
                  }
                  className="rounded border border-line bg-surface px-3 py-1.5 disabled:cursor-not-allowed disabled:opacity-50"
                >
                  {t('downloadQuarter', { file: file ? `${file.quarter}.json` : 'YYYYQn.json' })}
                </button>
                <button
                  type="button"
                  disabled={!file}
                  aria-pressed={previewing}
                  onClick={() => setImportPreview(previewing || !file ? null : { dataset, file })}
                  className="rounded border border-line bg-surface px-3 py-1.5 disabled:cursor-not-allowed disabled:opacity-50"
                  data-testid="import-preview-toggle"
                >
                  {t('previewTitle')}
                </button>
              </div>
              {file && <p className="text-xs text-muted">{t('downloadHint', { dataset })}</p>}
              {previewing && file && (
                <nav aria-label={t('previewTitle')} className="text-sm">
                  {t('previewIn')}{' '}
                  {previewLinks.map((l, i) => (
                    <span key={l.to}>
                      {i > 0 && ' · '}
                      <Link to={l.to} className="text-link underline">
                        {l.label}
                      </Link>
                    </span>
                  ))}
                </nav>
              )}
              {pendingReplace && (
                <div
                  role="alertdialog"
                  aria-labelledby={`${inputId}-x`}
                  className="rounded border-2 border-accent bg-surface p-3"
                >
                  <p id={`${inputId}-x`} className="font-semibold">
                    {t('replaceTitle', {
                      quarter: f.quarter(pendingReplace.file.quarter),
                      where: t(pendingReplace.where === 'local' ? 'whereLocal' : 'whereBundled'),
                    })}
                  </p>
                  {pendingReplace.changes.length ? (
                    <ul
                      className="my-2 max-h-64 list-disc overflow-auto pl-5 text-sm"
                      data-testid="replace-changes"
                    >
                      {pendingReplace.changes.map((ch) => (
                        <li key={`${ch.table}-${ch.district}-${ch.field}`}>
                          {changeLabel(ch)}
                          {c('colon')}
                          <span className="tabular-nums">
                            {String(ch.before ?? '—')} → {String(ch.after ?? '—')}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="my-2 text-sm">{t('replaceNone')}</p>
                  )}
                  <div className="flex gap-2">
                    <button
                      type="button"
                      onClick={() => void doSave(pendingReplace.file)}
                      className="rounded bg-accent px-3 py-1.5 font-semibold text-accent-ink"
                    >
                      {t('replaceConfirm')}
                    </button>
                    <button
                      type="button"
                      onClick={() => setPendingReplace(null)}
                      className="rounded border border-line px-3 py-1.5"
                    >
                      {t('cancel')}
                    </button>
                  </div>
                </div>
              )}
              <Review
                result={result}
                districts={districts}
                onJump={(l, c, n) => input.current?.jumpTo(l, c, n)}
              />
            </>
          )}
        </section>
      </div>
      <LocalLayerPanel onStatus={setStatus} />
    </div>
  )
}
