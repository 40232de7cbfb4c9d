/**
 * The vocabulary of ids, listed once. The data schema, the URL parsers and the TypeScript types
 * all derive from these lists, so adding a section here makes it valid in data files and in
 * `section=` links alike (and every `Record<SectionId, …>` that lacks it fails to compile).
 */

/** Scored sections (板块) in the order the notices list them. */
export const SECTION_IDS = ['economy', 'projects', 'urban', 'business'] as const
export type SectionId = (typeof SECTION_IDS)[number]

/** The composite (综合成绩) is addressed like a section in URLs and views. */
export const OVERALL = 'overall'
export const SECTION_OR_OVERALL_IDS = [OVERALL, ...SECTION_IDS] as const
export type SectionOrOverall = (typeof SECTION_OR_OVERALL_IDS)[number]

/** Red flags (夺旗): "top" = 真抓实干、勇当排头, "rise" = 加压奋进、进位赶超. */
export const FLAG_IDS = ['top', 'rise'] as const
export type FlagId = (typeof FLAG_IDS)[number]

/**
 * The built-in datasets, and the two kinds of data a file can hold (its `dataset` field): published
 * figures ('real') or generated ones ('demo', marked DEMO wherever it shows).
 */
export const DATASET_IDS = ['real', 'demo'] as const
export type DatasetKind = (typeof DATASET_IDS)[number]

/**
 * A dataset's name: a built-in one, or a data folder `data/<name>/` with its own manifest.json, opened
 * at run time by `?dataset=<name>` (e.g. a county's 3,000 units). Example: 'real', 'demo', 'large'.
 */
export type DatasetId = string

/** Folder dataset names: lower-case letters, digits and '-', 1–32 characters, starting with a letter or digit. */
export const DATASET_NAME_RE = /^[a-z0-9][a-z0-9-]{0,31}$/

/** Example: isDatasetKind('demo') → true; isDatasetKind('large') → false */
export function isDatasetKind(id: string): id is DatasetKind {
  return (DATASET_IDS as readonly string[]).includes(id)
}

/** UI languages; the first is the default. */
export const LANGS = ['zh', 'en'] as const
export type Lang = (typeof LANGS)[number]

export const THEMES = ['default', 'projection'] as const
export type Theme = (typeof THEMES)[number]
