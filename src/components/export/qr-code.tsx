/**
 * A QR code as an SVG drawn from uqr's module matrix (one path of horizontal runs), loaded with
 * `lazy()` when the share panel opens. Error correction M, a 4-module quiet zone: it still reads
 * from a projected or greyscale-printed page.
 */
import { encode } from 'uqr'

/** One SVG path of the dark modules. Example: qrPath('https://x/#/rankings').size → 33 */
function qrPath(text: string): { size: number; path: string } {
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

export default function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const qr = qrPath(text)
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="share-qr"
      width={size}
      height={size}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      className="block bg-white"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  )
}
