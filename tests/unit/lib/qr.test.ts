// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { qrCode, qrPng, qrSvgDocument } from '../../../src/lib/qr'

/** Rebuilds the module matrix from the SVG path's runs, so the path is checked against the matrix. */
function pathToModules(path: string, size: number): boolean[][] {
  const m = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(w); i++) {
      const row = m[Number(y)]
      if (row) row[Number(x) + i] = true
    }
  return m
}

/** A 7×7 finder pattern (dark ring, light ring, dark 3×3 core) with its top-left at (x, y). */
function isFinder(m: boolean[][], x: number, y: number): boolean {
  for (let dy = 0; dy < 7; dy++)
    for (let dx = 0; dx < 7; dx++) {
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3))
      if (m[y + dy]?.[x + dx] !== (ring !== 2)) return false
    }
  return true
}

describe('qrCode', () => {
  const link = 'https://leitai.example/#/rankings?quarter=2022Q2'

  it('keeps the exact text it encodes', () => {
    expect(qrCode(link).text).toBe(link)
  })

  it('is a square matrix with a 4-module quiet zone and the three finder patterns', () => {
    const q = qrCode(link)
    // Version v has 17 + 4v modules per side, plus 2 × 4 border.
    expect((q.size - 8 - 17) % 4).toBe(0)
    expect(q.modules).toHaveLength(q.size)
    for (const row of q.modules) expect(row).toHaveLength(q.size)
    for (let i = 0; i < q.size; i++)
      for (const b of [0, 1, 2, 3, q.size - 4, q.size - 3, q.size - 2, q.size - 1]) {
        expect(q.modules[b]?.[i]).toBe(false)
        expect(q.modules[i]?.[b]).toBe(false)
      }
    const far = q.size - 4 - 7
    expect(isFinder(q.modules, 4, 4)).toBe(true)
    expect(isFinder(q.modules, far, 4)).toBe(true)
    expect(isFinder(q.modules, 4, far)).toBe(true)
    expect(isFinder(q.modules, far, far)).toBe(false)
  })

  it('draws exactly the dark modules as its path', () => {
    const q = qrCode(link)
    expect(pathToModules(q.path, q.size)).toEqual(q.modules)
  })

  it('grows with the text and differs for different texts', () => {
    const short = qrCode('a')
    const long = qrCode(`${link}&${'x'.repeat(200)}`)
    expect(long.size).toBeGreaterThan(short.size)
    expect(qrCode(`${link}&lang=en`).path).not.toBe(qrCode(link).path)
  })

  it('refuses empty text', () => {
    expect(() => qrCode('')).toThrow(/nothing to encode/)
  })

  it('renders a standalone SVG document on white', () => {
    const svg = qrSvgDocument(qrCode(link), 4)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="\1"/)
    expect(svg).toContain('fill="#fff"')
    expect(svg).toContain(`d="${qrCode(link).path}"`)
  })
})

describe('qrPng', () => {
  it('is a valid PNG whose pixels are the modules, px per module', async () => {
    const { inflateSync } = await import('node:zlib')
    const q = qrCode('https://leitai.example/#/rankings?quarter=2022Q2')
    const png = Buffer.from(qrPng(q, 3))
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.toString('latin1', 12, 16)).toBe('IHDR')
    const side = q.size * 3
    expect(png.readUInt32BE(16)).toBe(side)
    expect(png.readUInt32BE(20)).toBe(side)
    // zlib checks the Adler-32; node checks nothing of the CRC, so compare it ourselves.
    const { crc32 } = await import('node:zlib')
    expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)))
    const idatLen = png.readUInt32BE(33)
    expect(png.toString('latin1', 37, 41)).toBe('IDAT')
    const raw = inflateSync(png.subarray(41, 41 + idatLen))
    const stride = Math.ceil(side / 8) + 1
    expect(raw.length).toBe(stride * side)
    for (let y = 0; y < side; y += 3)
      for (let x = 0; x < side; x += 3) {
        const white = ((raw[y * stride + 1 + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0
        expect(white).toBe(!q.modules[y / 3]?.[x / 3])
      }
  })
})
