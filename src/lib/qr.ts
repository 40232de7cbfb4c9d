/**
 * QR codes as data: text → a module matrix and one SVG path, drawn by whoever shows it (the closing
 * slide, a share popover, a PowerPoint slide as an image). `uqr` is pure and ~8 kB gzip, so callers
 * load this module with `import('…/lib/qr')` on use and no first view carries it.
 *
 * Error correction M (15 %): a projected code photographed from the back of a room, or printed in
 * greyscale, still reads; the results link stays short enough to fit a small version.
 */
import { encode } from 'uqr'

export type QrCode = {
  /** The exact text encoded: what a phone reads back (tests compare it with the link). */
  text: string
  /** Modules per side, including the quiet-zone border. */
  size: number
  /** `size` × `size`, `true` for a dark module. */
  modules: boolean[][]
  /** One SVG path (`M x y h1 v1 h-1 z` runs) of the dark modules in a `0 0 size size` viewBox. */
  path: string
}

/**
 * Encodes `text` with a 4-module quiet zone (the standard's minimum, so scanners find the code on
 * any background). Example: qrCode('https://x.test/#/rankings?quarter=2022Q2').size → 33 (version 2 + border)
 */
export function qrCode(text: string): QrCode {
  if (!text) throw new Error('qrCode: nothing to encode')
  const { size, data } = encode(text, { ecc: 'M', border: 4 })
  return { text, size, modules: data, path: modulesPath(data) }
}

/** Dark modules as horizontal runs, one subpath per run, so a 40×40 code is a few hundred commands, not 1,600 rects. */
function modulesPath(modules: boolean[][]): string {
  const parts: string[] = []
  modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`)
    }
  })
  return parts.join('')
}

/** A standalone SVG document (for an <img>, a PNG export or a PowerPoint image), dark on white. */
export function qrSvgDocument(code: QrCode, px = 8): string {
  const side = code.size * px
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 ${code.size} ${code.size}" shape-rendering="crispEdges"><rect width="${code.size}" height="${code.size}" fill="#fff"/><path d="${code.path}" fill="#000"/></svg>`
}
