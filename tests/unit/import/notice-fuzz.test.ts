/**
 * Property: whatever a clerk's paste does to a notice (lost or doubled lines, stray characters,
 * changed digits, cut text), the importer never throws and gives either a quarter file that passes
 * the served files' validator or named errors with positions inside the text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { importNotice } from '../../../src/domain/import/build'
import { validateQuarter } from '../../../src/domain/model/validate'
import { loadDistricts } from '../../fixtures/datasets'

const notices = join(import.meta.dirname, '..', '..', 'fixtures', 'notices')
const TEXTS = ['2022-07-26-qdrb-page.txt', '2023Q1-smartjx.txt', 'constructed-layout-4-sections.txt'].map(
  (f) => readFileSync(join(notices, f), 'utf8'),
)
// The page's tables one cell per line, as some phone pages copy them.
TEXTS.push(
  (TEXTS[0] as string)
    .split('\n')
    .map((l) => (l.includes('\t') ? l.split('\t').filter(Boolean).join('\n') : l))
    .join('\n'),
)
const districts = loadDistricts('real')
const ctx = { districtIds: new Set(districts.map((d) => d.id)), sourceIds: new Set<string>() }

type Mutation = (lines: string[]) => string[]
const at = (lines: string[], i: number) => Math.abs(i) % Math.max(1, lines.length)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (ls) =>
        ls.filter((_, j) => j !== at(ls, i)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (ls) =>
        ls.flatMap((l, j) => (j === at(ls, i) ? [l, l] : [l])),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, k]): Mutation =>
      (ls) => {
        const a = at(ls, i)
        const b = at(ls, k)
        const out = [...ls]
        ;[out[a], out[b]] = [out[b] as string, out[a] as string]
        return out
      },
  ),
  fc
    .tuple(
      fc.nat(),
      fc.string({
        unit: fc.constantFrom(
          '★',
          '\t',
          ' ',
          '分',
          '星',
          '区',
          '9',
          '.',
          '-',
          '、',
          '“',
          '”',
          '\u3000',
          '如下：',
          '黄岛区',
          '崂山县',
          '权重1分',
        ),
        maxLength: 6,
      }),
      fc.nat(),
    )
    .map(
      ([i, s, c]): Mutation =>
        (ls) =>
          ls.map((l, j) =>
            j === at(ls, i) ? l.slice(0, c % (l.length + 1)) + s + l.slice(c % (l.length + 1)) : l,
          ),
    ),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })).map(
    ([i, d]): Mutation =>
      (ls) =>
        ls.map((l, j) => (j === at(ls, i) ? l.replace(/\d/, String(d)) : l)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (ls) =>
        ls.slice(0, at(ls, i)),
  ),
)

test.prop([fc.constantFrom(0, 1, 2, 3), fc.array(mutation, { minLength: 1, maxLength: 6 })], {
  numRuns: 300,
})('mutated notices never throw, and give a valid quarter or errors with positions', (which, mutations) => {
  // An emptied text stays empty (a mutation of nothing is nothing), so no step sees a hole.
  const text = mutations
    .reduce((ls, m) => (ls.length ? m(ls) : ls), (TEXTS[which] as string).split('\n'))
    .join('\n')
  const lines = text.split('\n')
  const r = importNotice(text, { districts, dataset: 'real', now: '2026-12-02T00:00:00Z' })
  for (const p of r.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1)
    expect(p.line).toBeLessThanOrEqual(lines.length)
    expect(p.col).toBeGreaterThanOrEqual(1)
  }
  if (r.file) {
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(() =>
      validateQuarter(`quarters/${r.file?.quarter}.json`, JSON.stringify(r.file), ctx),
    ).not.toThrow()
  } else expect(r.problems.some((p) => p.severity === 'error')).toBe(true)
})
