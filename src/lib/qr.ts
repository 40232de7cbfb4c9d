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

/**
 * The code as a 1-bit greyscale PNG, `px` pixels per module, for places that take no SVG (a
 * PowerPoint slide: older PowerPoint and WPS do not draw SVG images). Stored (uncompressed) deflate
 * blocks keep the encoder a few lines; the .pptx zip compresses it anyway.
 * Example: qrPng(qrCode('a'), 10) → a 290×290 PNG (21 + 8 modules × 10 px).
 */
export function qrPng(code: QrCode, px = 10): Uint8Array {
  const side = code.size * px
  const stride = Math.ceil(side / 8)
  const raw = new Uint8Array((stride + 1) * side)
  for (let y = 0; y < side; y++) {
    const row = code.modules[Math.floor(y / px)] ?? []
    const at = y * (stride + 1) // filter byte 0 (none), then the row's bits, 1 = white
    for (let x = 0; x < side; x++) {
      const i = at + 1 + (x >> 3)
      if (!row[Math.floor(x / px)]) raw[i] = (raw[i] ?? 0) | (0x80 >> (x & 7))
    }
  }
  const ihdr = new Uint8Array(13)
  const v = new DataView(ihdr.buffer)
  v.setUint32(0, side)
  v.setUint32(4, side)
  ihdr.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale, deflate, adaptive filtering, no interlace
  return concat([
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ])
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const v = new DataView(out.buffer)
  v.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/** A zlib stream of stored deflate blocks (at most 65,535 bytes each) with its Adler-32. */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks: Uint8Array[] = [Uint8Array.of(0x78, 0x01)]
  for (let at = 0; at < data.length || at === 0; at += 0xffff) {
    const part = data.subarray(at, at + 0xffff)
    const head = new Uint8Array(5)
    head[0] = at + 0xffff >= data.length ? 1 : 0
    new DataView(head.buffer).setUint16(1, part.length, true)
    new DataView(head.buffer).setUint16(3, ~part.length & 0xffff, true)
    blocks.push(head, part)
    if (data.length === 0) break
  }
  let a = 1
  let b = 0
  for (const byte of data) {
    a = (a + byte) % 65521
    b = (b + a) % 65521
  }
  const tail = new Uint8Array(4)
  new DataView(tail.buffer).setUint32(0, ((b << 16) | a) >>> 0)
  blocks.push(tail)
  return concat(blocks)
}

let crcTable: Uint32Array | null = null
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let c = 0xffffffff
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
