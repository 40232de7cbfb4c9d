/**
 * A QR code as one SVG path from uqr's module matrix (horizontal runs), loaded with `import()` when the
 * share panel opens; the panel draws it. Error correction M and a 4-module quiet zone, so it still reads
 * from a projected or greyscale-printed page. It imports only uqr: a lazy chunk that imported a module of
 * the first view would split the first view's chunks (see domain/export/meta.ts).
 * Example: qrPath('https://x.test/#/rankings?quarter=2022Q2') → { size: 33, path: 'M4 4h7v1h-7z…' }
 */
import { encode } from 'uqr'

export function qrPath(text: string): { size: number; path: string } {
  const { size, data } = encode(text, { ecc: 'M', border: 4 })
  const parts: string[] = []
  data.forEach((row, y) => {
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
  return { size, path: parts.join('') }
}
