/**
 * A grid on the clipboard as a real table: text/html (a <table> that WPS, Word and Excel paste as
 * cells) and text/plain (tab-separated, the same cells) together in one ClipboardItem. Where the
 * async clipboard cannot write HTML (older browsers, permission refused), a `copy` event carries
 * both types instead; where that fails too, the caller says so.
 * Example: gridToTsv(grid) → '位次\t区市\t…\r\n1\t黄岛区\t54.96\t…'
 */
import type { Grid, GridCell } from '../../domain/export/grid'

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A cell as shown, without tabs or line breaks (they would split the TSV). */
const plain = (c: GridCell | string) => (typeof c === 'string' ? c : c.display).replace(/[\t\r\n]+/g, ' ')

export function gridToTsv(grid: Grid): string {
  return [grid.header, ...grid.rows].map((r) => r.map(plain).join('\t')).join('\r\n')
}

/** The table with its title as caption and the title block below it. */
export function gridToHtml(grid: Grid): string {
  const td = (c: GridCell) => {
    const num = c.kind === 'number' || c.kind === 'derived'
    return `<td${num ? ' style="text-align:right"' : ''}>${esc(plain(c))}</td>`
  }
  return [
    '<meta charset="utf-8">',
    '<table border="1" style="border-collapse:collapse">',
    `<caption>${esc(grid.title)}</caption>`,
    `<thead><tr>${grid.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${grid.rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
    ...grid.meta.map((m) => `<p>${esc(m.label)}：${esc(m.value)}</p>`),
    ...grid.notes.map((n) => `<p>${esc(n)}</p>`),
  ].join('')
}

/** Writes both flavours; resolves when one of the ways worked, rejects with the browser's reason. */
export async function copyGrid(grid: Grid): Promise<void> {
  const html = gridToHtml(grid)
  const tsv = gridToTsv(grid)
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([tsv], { type: 'text/plain' }),
        }),
      ])
      return
    } catch (e) {
      if (copyByEvent(html, tsv)) return
      throw e
    }
  }
  if (copyByEvent(html, tsv)) return
  throw new Error('clipboard unavailable')
}

/** The old way: a copy command whose event we fill with both types. */
function copyByEvent(html: string, tsv: string): boolean {
  let done = false
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return
    e.clipboardData.setData('text/html', html)
    e.clipboardData.setData('text/plain', tsv)
    e.preventDefault()
    done = true
  }
  document.addEventListener('copy', onCopy)
  try {
    document.execCommand('copy')
  } catch {
    done = false
  } finally {
    document.removeEventListener('copy', onCopy)
  }
  return done
}
