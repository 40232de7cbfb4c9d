// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { qrCode, qrSvgDocument } from '../../../src/lib/qr'

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
