/**
 * The parameters every route understands (dataset, lang, theme) and the parameter kinds routes
 * share (quarter, section). Each route declares its own parameters with `defineParams`
 * (./define.ts) in its feature's model/url.ts.
 */
import {
  DATASET_IDS,
  DATASET_NAME_RE,
  type DatasetId,
  LANGS,
  type Lang,
  SECTION_OR_OVERALL_IDS,
  type SectionOrOverall,
  THEMES,
  type Theme,
} from '../model/ids'
import { isQuarterId, type QuarterId } from '../model/quarter'
import { defineParams, enumParam, type Param, type UrlProblem } from './define'

export type { UrlProblem } from './define'
export { searchString } from './define'

/** A quarter id, or undefined for "the view's default quarter". Example: '2022Q2' ✓, '2022Q5' ✗ */
export function quarterParam(): Param<QuarterId | undefined> {
  return { parse: (raw) => (isQuarterId(raw) ? raw : undefined), write: (q) => q, default: undefined }
}

/** A section or the composite, default the composite. Example: 'economy' ✓, 'sports' ✗ */
export function sectionParam(): Param<SectionOrOverall> {
  return enumParam(SECTION_OR_OVERALL_IDS, 'overall')
}

/**
 * A dataset name: 'real' (default), 'demo', or a data folder's name (`large` → data/large/manifest.json).
 * Whether the folder exists is the data layer's question (a missing one is a named DataFileError), so
 * any well-formed name parses. Example: 'large' ✓, 'county-2024' ✓, '../x' ✗, 'Large' ✗
 */
function datasetParam(): Param<DatasetId> {
  return {
    parse: (raw) => (DATASET_NAME_RE.test(raw) ? raw : undefined),
    write: (v) => v,
    default: DATASET_IDS[0],
  }
}

/** Parameters every route understands. */
export type GlobalState = { dataset: DatasetId; lang: Lang; theme: Theme }

export const globalUrl = defineParams<GlobalState>({
  dataset: datasetParam(),
  lang: enumParam(LANGS, LANGS[0]),
  theme: enumParam(THEMES, THEMES[0]),
})
export const GLOBAL_PARAMS = globalUrl.names as readonly (keyof GlobalState)[]

/** Example: parseGlobal(new URLSearchParams('dataset=demo&lang=fr')) → dataset 'demo', lang 'zh' (+ a problem). */
export function parseGlobal(params: URLSearchParams, problems: UrlProblem[] = []): GlobalState {
  const r = globalUrl.parse(params)
  problems.push(...r.problems)
  return r.state
}

/** The global parameters a link got wrong. Example: 'theme=neon' → [{ param: 'theme', value: 'neon' }] */
export function globalProblems(params: URLSearchParams): UrlProblem[] {
  return globalUrl.parse(params).problems
}

/** Writes the global parameters that differ from their defaults over `params`. */
export function writeGlobal(params: URLSearchParams, g: GlobalState): URLSearchParams {
  return globalUrl.serialize(g, params)
}
