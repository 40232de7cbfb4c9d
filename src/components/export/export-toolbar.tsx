/**
 * The export toolbar of a table view: 导出 Excel, 导出 CSV, 复制表格, 打印, 复制链接/分享. The view hands
 * it `build`, which makes the grid of exactly what is on screen; the grid builder, the writers and
 * SheetJS are all loaded on the first click (`import()`), so the toolbar adds a few hundred bytes to a
 * first view and nothing else. Results and failures are announced in a live region.
 *
 * 打印 builds the grid first and prints with its title block (季度 / 板块 / 发布单位 / 来源 / 数据截至 /
 * 数据集) and a 打印于 line above the table; the buttons themselves never print (.no-print).
 */
import type { i18n as I18n } from 'i18next'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Grid, GridText } from '../../domain/export/grid'
import type { Format } from '../../lib/format'
import { gridTextOf } from './grid-text'
import { registerExportStrings } from './i18n'
import './print.css'

const button =
  'rounded border border-line bg-surface px-2.5 py-1 text-sm hover:bg-surface-2 disabled:opacity-60'

type Action = 'xlsx' | 'csv' | 'copy' | 'print'

type Translate = (key: string, opts?: Record<string, unknown>) => string

export default function ExportToolbarPanel({
  build,
  f,
  i18n,
  print,
}: {
  /** Builds the grid of what is on screen (typically importing the view's model/export-grid.ts). */
  build: (text: GridText) => Promise<Grid>
  f: Format
  i18n: I18n
  print: boolean
}) {
  registerExportStrings(i18n)
  const text = useMemo(() => gridTextOf(f, i18n), [f, i18n])
  const t: Translate = (key, opts) =>
    text.t(key.startsWith('export.') ? `export:${key.slice(7)}` : `common:${key}`, opts)
  const [busy, setBusy] = useState<Action | null>(null)
  const [message, setMessage] = useState('')
  const [printGrid, setPrintGrid] = useState<{ grid: Grid; at: Date } | null>(null)
  const [printPending, setPrintPending] = useState(false)

  useEffect(() => {
    if (!printPending || !printGrid) return
    setPrintPending(false)
    window.print()
  }, [printPending, printGrid])

  const run = async (action: Action) => {
    setBusy(action)
    setMessage(t('export.working'))
    try {
      const grid = await build(text)
      if (action === 'print') {
        setPrintGrid({ grid, at: new Date() })
        setPrintPending(true)
        setMessage('')
        return
      }
      const actions = await import('../../lib/export/grid-actions')
      if (action === 'copy') {
        await actions.copyGrid(grid)
        setMessage(t('export.copied', { n: grid.rows.length }))
      } else {
        const name = await actions.downloadGrid(grid, action, {
          derivedMark: t('export.derivedMark'),
          sheet: t('export.sheetTable'),
        })
        setMessage(t('export.saved', { name }))
      }
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e)
      setMessage(
        action === 'copy' ? t('export.copyFailed', { message: text }) : t('export.failed', { message: text }),
      )
    } finally {
      setBusy(null)
    }
  }

  return (
    <div>
      <div
        role="toolbar"
        aria-label={t('export.toolbar')}
        className="no-print flex flex-wrap items-center gap-2"
        data-testid="export-toolbar"
      >
        <button
          type="button"
          className={button}
          disabled={busy !== null}
          onClick={() => run('xlsx')}
          data-export="xlsx"
        >
          {t('export.excel')}
        </button>
        <button
          type="button"
          className={button}
          disabled={busy !== null}
          onClick={() => run('csv')}
          data-export="csv"
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className={button}
          disabled={busy !== null}
          onClick={() => run('copy')}
          data-export="copy"
        >
          {t('export.copy')}
        </button>
        {print && (
          <button
            type="button"
            className={button}
            disabled={busy !== null}
            onClick={() => run('print')}
            data-export="print"
          >
            {t('export.print')}
          </button>
        )}
        <ShareButton t={t} />
        {/* A live region, not role=status: a view's own status line stays the one status on the page. */}
        <span aria-live="polite" className="text-sm text-muted" data-testid="export-status">
          {message}
        </span>
      </div>
      {printGrid && <PrintHeader grid={printGrid.grid} at={printGrid.at} t={t} lang={f.lang} />}
    </div>
  )
}

/** The title block a print carries above the table (hidden on screen). */
function PrintHeader({ grid, at, t, lang }: { grid: Grid; at: Date; t: Translate; lang: string }) {
  const printed = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(at)
  return (
    <div className="hidden print:block print-header" data-testid="print-header">
      <p className="font-bold">
        {grid.title}
        {grid.demo && <span className="print-demo ml-2">⚠ {t('dataset.demo')}</span>}
      </p>
      <dl className="text-xs">
        {grid.meta.map((m) => (
          <div key={m.label} className="flex gap-1">
            <dt className="shrink-0 font-semibold">{t('labelled', { label: m.label, text: '' })}</dt>
            <dd>{m.value}</dd>
          </div>
        ))}
        <div className="flex gap-1">
          <dt className="shrink-0 font-semibold">
            {t('labelled', { label: t('export.printedAt'), text: '' })}
          </dt>
          <dd>{printed}</dd>
        </div>
      </dl>
      {grid.notes.map((n) => (
        <p key={n} className="text-xs">
          {n}
        </p>
      ))}
    </div>
  )
}

/**
 * 复制链接/分享: copies the view's link without presentation-only settings and shows it with a QR
 * code in a small panel that closes on Esc, on a click outside, or with its button.
 */
function ShareButton({ t }: { t: Translate }) {
  const [open, setOpen] = useState(false)
  const [link, setLink] = useState('')
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  const [qr, setQr] = useState<{ size: number; path: string } | null>(null)
  const panelId = useId()
  const wrap = useRef<HTMLDivElement>(null)
  const opener = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false)
        opener.current?.focus()
      }
    }
    const onDown = (e: PointerEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onDown)
    }
  }, [open])

  const share = async () => {
    if (open) {
      setOpen(false)
      return
    }
    const [{ shareUrl }, { qrCode }] = await Promise.all([
      import('../../lib/export/share'),
      import('../../lib/qr'),
    ])
    const url = shareUrl(window.location.href)
    setLink(url)
    setQr(qrCode(url))
    setCopied(null)
    setOpen(true)
    try {
      await navigator.clipboard.writeText(url)
      setCopied('yes')
    } catch {
      setCopied('no')
    }
  }

  return (
    <div ref={wrap} className="relative">
      <button
        ref={opener}
        type="button"
        className={button}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={share}
        data-export="share"
      >
        {t('export.share')}
      </button>
      {open && (
        <div
          id={panelId}
          role="dialog"
          aria-label={t('export.shareTitle')}
          data-testid="share-panel"
          className="fixed inset-x-3 bottom-3 z-30 space-y-2 rounded border border-line bg-surface p-3 shadow-lg sm:absolute sm:inset-x-auto sm:bottom-auto sm:left-0 sm:mt-1 sm:w-80"
        >
          <label className="block text-sm font-medium">
            {t('export.shareTitle')}
            <input
              readOnly
              value={link}
              data-testid="share-link"
              onFocus={(e) => e.currentTarget.select()}
              className="mt-1 w-full rounded border border-line bg-page px-2 py-1 text-xs"
            />
          </label>
          <p className="text-xs text-muted" aria-live="polite">
            {copied === 'yes' ? t('export.linkCopied') : copied === 'no' ? t('export.linkCopyFailed') : ''}
          </p>
          {qr && (
            <svg
              role="img"
              aria-label={t('export.qrLabel')}
              data-testid="share-qr"
              data-text={link}
              width={160}
              height={160}
              viewBox={`0 0 ${qr.size} ${qr.size}`}
              shapeRendering="crispEdges"
              className="block"
            >
              <rect width={qr.size} height={qr.size} fill="#fff" />
              <path d={qr.path} fill="#000" />
            </svg>
          )}
          <button type="button" className={button} onClick={() => setOpen(false)}>
            {t('export.close')}
          </button>
        </div>
      )}
    </div>
  )
}
