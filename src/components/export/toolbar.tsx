/**
 * The export toolbar's place in a view: the toolbar itself (export-toolbar.tsx, with its strings) is
 * loaded with `lazy()` right after the view renders, so a first view carries only this shim. The view's
 * `build` makes the grid of what is on screen; its words come from the view's language.
 * Example: <ExportToolbar build={async (text) => (await import('./model/export-grid')).rankingsGrid(…, text)} />
 */
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Grid, GridText } from '../../domain/export/grid'
import { useFormat } from '../../lib/format'

const Toolbar = lazy(() => import('./export-toolbar'))

export function ExportToolbar({
  build,
  print = true,
}: {
  build: (text: GridText) => Promise<Grid>
  /** False where the page prints itself (the district card has its own 打印). */
  print?: boolean
}) {
  const { i18n } = useTranslation()
  const f = useFormat()
  return (
    // The fallback keeps the toolbar's height, so nothing below moves when it arrives.
    <Suspense fallback={<div className="no-print h-8" />}>
      <Toolbar build={build} f={f} i18n={i18n} print={print} />
    </Suspense>
  )
}
