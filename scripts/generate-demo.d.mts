// Types for generate-demo.mjs, so TypeScript files (tests/unit/demo-generator.test.ts) can import it;
// tsconfig has no allowJs. The file contents are typed loosely on purpose: tests validate them with the
// real schema (src/domain/validate.ts) instead of trusting these declarations.

export interface DemoDistrict {
  id: string
  name: string
  nameEn: string
  aliases: string[]
}

/** Absolute path of public/data/demo. */
export const DEMO_DIR: string
export const DEMO_SEED: number
export const DEMO_SOURCE_ID: string
export const DEMO_FIRST_QUARTER: string
export const DEMO_QUARTER_COUNT: number
export const LARGE_FIRST_QUARTER: string

export function mulberry32(seed: number): () => number
export function toJson(value: unknown): string
export function quarterList(first: string, count: number): string[]
export function competitionRanksOf(scores: readonly number[]): number[]
export function starsForRank(rank: number): number
export function demoSources(): unknown[]
export function largeDistricts(count: number): DemoDistrict[]

export interface QuarterSummary {
  quarter: string
  published: string
}
export function generateQuarters(
  districts: readonly DemoDistrict[],
  quarters: readonly string[],
  seed?: number,
): Generator<[quarter: string, file: unknown, summary: QuarterSummary]>
export function generateNews(
  districts: readonly DemoDistrict[],
  summaries: readonly QuarterSummary[],
): unknown[]

/** The demo dataset: { path relative to public/data/demo (e.g. "quarters/2022Q2.json"): file text }. */
export function generateDemo(districts?: readonly DemoDistrict[]): Record<string, string>
/** Changed, missing and unexpected files in dir compared with the generator's output ("differs: …"). */
export function diffDemo(dir?: string, files?: Record<string, string>): string[]
export function writeLarge(
  outDir: string,
  options?: { districts?: number; quarters?: number },
): { districts: number; quarters: number; dir: string }
