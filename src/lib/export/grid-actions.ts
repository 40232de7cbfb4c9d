/**
 * What the export toolbar does with a grid, loaded with `import()` on the first click so no view's
 * first bytes carry the writers (SheetJS is in its own chunk, loaded only for Excel).
 * Nothing here imports a module the first view has (see domain/export/meta.ts for why): the words come in.
 * Example: await downloadGrid(grid, 'xlsx', { derivedMark: '（推算）', sheet: '表格' }) → 'leitai-rankings-2022Q2-economy.xlsx'
 */
import type { Grid } from '../../domain/export/grid'
import { gridToCsv } from './csv'

export { copyGrid } from './clipboard'

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Saves the grid as a file; resolves with the file name. */
export async function downloadGrid(
  grid: Grid,
  kind: 'csv' | 'xlsx',
  words: { derivedMark: string; sheet: string },
): Promise<string> {
  const mark = words.derivedMark
  const name = `${grid.fileName}.${kind}`
  if (kind === 'csv') {
    save(name, new Blob([gridToCsv(grid, mark)], { type: 'text/csv;charset=utf-8' }))
    return name
  }
  const { gridToXlsx } = await import('./xlsx')
  const bytes = gridToXlsx(grid, mark, words.sheet)
  save(
    name,
    new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  )
  return name
}
