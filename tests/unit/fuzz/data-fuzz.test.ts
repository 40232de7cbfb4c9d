// @vitest-environment node
/**
 * The seeded data fuzzer in `npm test`: a few hundred cases (FUZZ_CASES=5000 via `npm run fuzz` for
 * thousands). Each case either is a named validation error leaving the other files working, or runs
 * every view model with no value outside its rule (data-fuzz.ts says how).
 */
import { describe, expect, it } from 'vitest'
import { type FuzzOutcome, fuzzCase, fuzzCount, prng } from './data-fuzz'

const CASES = fuzzCount(200)

describe(`data fuzzer (${CASES} seeded cases)`, () => {
  it('the sequence is deterministic', () => {
    const a = prng(7)
    const b = prng(7)
    expect([a(), a(), a()]).toEqual([b(), b(), b()])
    expect(fuzzCase(3)).toEqual(fuzzCase(3))
  })

  it('every case is a named error or a valid dataset whose views stay within their rules', () => {
    const outcomes: FuzzOutcome[] = []
    for (let i = 0; i < CASES; i++) {
      try {
        outcomes.push(fuzzCase(i))
      } catch (e) {
        throw new Error(`fuzz case ${i}: ${(e as Error).message}`)
      }
    }
    // The mutations reach every file kind and both outcomes, so the run proves something.
    const kinds = new Set(outcomes.map((o) => o.kind))
    expect([...kinds].sort()).toEqual(['districts', 'manifest', 'news', 'quarter', 'sources'])
    const rejected = outcomes.filter((o) => o.outcome === 'rejected').length
    expect(rejected).toBeGreaterThan(CASES / 4)
    expect(CASES - rejected).toBeGreaterThan(CASES / 20)
  }, 600_000)
})
