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

export const DATASET_IDS = ['real', 'demo'] as const
export type DatasetId = (typeof DATASET_IDS)[number]

/** UI languages; the first is the default. */
export const LANGS = ['zh', 'en'] as const
export type Lang = (typeof LANGS)[number]

export const THEMES = ['default', 'projection'] as const
export type Theme = (typeof THEMES)[number]
