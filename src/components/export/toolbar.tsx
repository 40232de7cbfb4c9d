/**
 * The export toolbar's place in a view: the toolbar itself (export-toolbar.tsx, with its strings) is
 * loaded with `import()` once the view has rendered, so a first view carries only this shim. The view's
 * `build` makes the grid of what is on screen; its words come from the view's language.
 *
 * Not `lazy()` + `<Suspense>`: the rankings first view is prerendered and hydrated, and a suspended
 * boundary during hydration put the toolbar into a neighbour's element. A plain wrapper that is the
 * same in the prerendered HTML and on the client, filled after an effect, cannot be misplaced.
 * Example: <ExportToolbar build={async (text) => (await import('./model/export-grid')).rankingsGrid(…, text)} />
 */
import { type ComponentType, useEffect, useState } from 'react'
import type { Grid, GridText } from '../../domain/export/grid'
import { useFormat } from '../../lib/format'
import { useTranslation } from '../../lib/use-translation'
import type ExportToolbarPanel from './export-toolbar'

type Panel = typeof ExportToolbarPanel extends ComponentType<infer P> ? ComponentType<P> : never

let loaded: Panel | null = null

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
  const [Toolbar, setToolbar] = useState<Panel | null>(() => loaded)
  useEffect(() => {
    if (Toolbar) return
    let live = true
    void import('./export-toolbar').then((m) => {
      loaded = m.default
      if (live) setToolbar(() => m.default)
    })
    return () => {
      live = false
    }
  }, [Toolbar])
  return (
    // The wrapper keeps the toolbar's height, so nothing below moves when it arrives.
    <div
      className="min-h-8 print:min-h-0 projection:fixed projection:right-3 projection:bottom-3 projection:z-30 projection:min-h-0 projection:rounded projection:border projection:border-line projection:bg-surface projection:p-1 projection:shadow-lg"
      data-export-slot=""
    >
      {Toolbar && <Toolbar build={build} f={f} i18n={i18n} print={print} />}
    </div>
  )
}
