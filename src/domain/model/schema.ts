/**
 * The bundled data format, validated once at the boundary (inside each query function).
 * Types used across the app are inferred from these schemas, so the format has one definition.
 *
 * Honesty is part of the format: every figure carries a provenance, either
 * `published` (with the ids of its sources) or `derived` (with the rule and its inputs).
 * Anything absent is "not published" and must be shown as 未公布, never as 0.
 */

import { RULE_IDS } from './figure'
import { DATASET_IDS, FLAG_IDS, SECTION_IDS } from './ids'
import { QUARTER_RE, type QuarterId } from './quarter'
import { z } from './zod'

export type { FlagId, SectionId, SectionOrOverall } from './ids'

/**
 * Length limits for text fields (characters). Real files stay far below them (the longest note is about
 * 200 characters); a file above them is rejected and named rather than frozen on screen (a 100 KB title
 * took 106 s to render on #/news).
 */
export const TEXT_LIMITS = {
  /** Ids and district references. */
  id: 64,
  /** District names and aliases, publishers, issuers, speakers. */
  name: 100,
  /** Titles, events, reasons, rules, URLs and other one-line texts. */
  line: 500,
  /** Notes, summaries, quotes: a paragraph. */
  paragraph: 5000,
  /** A whole document's text carried in the data (an imported notice). */
  document: 1_000_000,
} as const
const text = (limit: keyof typeof TEXT_LIMITS) => z.string().max(TEXT_LIMITS[limit])
const required = (limit: keyof typeof TEXT_LIMITS) => text(limit).min(1)

/** Names JSON would let through as ids but that are the object prototype's own names. */
const PROTOTYPE_NAMES = new Set(['__proto__', 'constructor', 'prototype', 'hasownproperty', 'tostring'])

/** A real calendar date in 1900–2100. Example: '2022-02-28' ok; '2022-02-30', '9999-99-99' rejected. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || y > 2100) return false
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'format.date', abort: true })
  .refine(isRealDate, { message: 'invalidDate', params: { kind: 'invalid-date' } })
const quarterId = z.string().regex(QUARTER_RE, 'format.quarter') as unknown as z.ZodType<QuarterId>
const slug = z
  .string()
  .max(TEXT_LIMITS.id, { abort: true })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'format.slug', abort: true })
  .refine((s) => !PROTOTYPE_NAMES.has(s), { message: 'unsafeId', params: { kind: 'unsafe-id' } })
/** A reference to a district id (checked against districts.json by the validators). */
const districtRef = text('id')

const districtSchema = z.object({
  id: slug,
  name: required('name'),
  nameEn: required('name'),
  /** Other names used in notices and news, e.g. 西海岸新区 for huangdao; searched by the filter. */
  aliases: z.array(required('name')).max(20),
})
export const districtsFileSchema = z.array(districtSchema).min(1)
export type District = z.infer<typeof districtSchema>

const sourceSchema = z.object({
  id: slug,
  title: required('line'),
  publisher: text('name').nullable(),
  date: isoDate.nullable(),
  url: text('line').url('format.url').nullable(),
  /** A copy bundled with the app (path relative to the site root), when the original is not online. */
  localCopy: text('line').nullable(),
  kind: z.enum(['official-notice', 'news', 'secondary', 'generated']),
  note: text('paragraph').optional(),
  /** The note in English, for the English UI. */
  noteEn: text('paragraph').optional(),
  /** The document's text, where the app carries it (the notice an imported quarter was read from). */
  text: text('document').optional(),
})
export const sourcesFileSchema = z.array(sourceSchema)
export type Source = z.infer<typeof sourceSchema>

const provenanceSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('published'),
    sources: z.array(slug).min(1),
    /** The sentence in the source that states the figure, when it is not a plain table cell. */
    quote: text('paragraph').optional(),
  }),
  z.object({
    status: z.literal('derived'),
    /** The rule or arithmetic, named so a reader can check it. */
    rule: required('line'),
    /** The published facts the rule was applied to. */
    inputs: z.array(required('line')).min(1).max(50),
    sources: z.array(slug),
    /** Set where the rule is one the app applies itself (worded by the UI in its language). */
    ruleId: z.enum(RULE_IDS).optional(),
  }),
])
export type Provenance = z.infer<typeof provenanceSchema>

const sectionRowSchema = z.object({
  district: districtRef,
  score: z.number(),
  rank: z.number().int().min(1),
  /** Stars as printed; null where the table printed none. */
  stars: z.number().int().nullable(),
  /** Set where the table printed no rank and `rank` is computed from the score order (competition ranks). */
  rankDerived: z.literal(true).optional(),
})
export type SectionRow = z.infer<typeof sectionRowSchema>

const sectionTableSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('published'),
    sources: z.array(slug).min(1),
    rows: z.array(sectionRowSchema).min(1),
  }),
  z.object({
    status: z.literal('not-published'),
    reason: required('line'),
    /** The reason in English, for the English UI (the Chinese one is shown where it is missing). */
    reasonEn: required('line').optional(),
  }),
])

const sectionSchema = z.object({
  id: z.enum(SECTION_IDS),
  /** Maximum score of the section; null when the notice did not state it. */
  weight: z.number().positive().nullable(),
  indicatorCount: z.number().int().positive().nullable(),
  indicators: text('paragraph').nullable(),
  table: sectionTableSchema,
})
export type Section = z.infer<typeof sectionSchema>

const compositeRowSchema = z
  .object({
    district: districtRef,
    rank: z.number().int().min(1).nullable(),
    score: z.number().nullable(),
    /** Total stars over all sections, where a source states it. */
    totalStars: z.number().int().min(0).nullable().optional(),
    provenance: provenanceSchema,
    /** Set where the table printed no rank and `rank` is computed from the score order; the score keeps its provenance. */
    rankDerived: z.literal(true).optional(),
  })
  .refine((r) => r.rank !== null || r.score !== null, {
    message: 'compositeNeedsRankOrScore',
    path: ['rank'],
  })
export type CompositeRow = z.infer<typeof compositeRowSchema>

const flagAwardSchema = z.object({
  flag: z.enum(FLAG_IDS),
  districts: z.array(districtRef).min(1),
  reason: required('line'),
  provenance: provenanceSchema,
})
export type FlagAward = z.infer<typeof flagAwardSchema>

/** A published statement of movement, e.g. "市南区较一季度上升2个位次" → placesUp 2 vs 2022Q1. */
const movementFactSchema = z.object({
  district: districtRef,
  placesUp: z.number().int(),
  vs: quarterId,
  /** "提升2个及以上位次": the statement gives a lower bound only, so no exact rank can be derived from it. */
  atLeast: z.literal(true).optional(),
  provenance: provenanceSchema,
})
export type MovementFact = z.infer<typeof movementFactSchema>

const noteSchema = z.object({
  id: slug,
  kind: z.enum(['info', 'caveat', 'discrepancy']),
  zh: required('paragraph'),
  en: required('paragraph'),
})
export type DataNote = z.infer<typeof noteSchema>

export const quarterFileSchema = z.object({
  quarter: quarterId,
  dataset: z.enum(DATASET_IDS),
  notice: z.object({
    issuer: text('name').nullable(),
    published: isoDate.nullable(),
    basis: text('paragraph').nullable(),
    sources: z.array(slug),
  }),
  sections: z.array(sectionSchema),
  bonusItems: z.array(text('line')),
  composite: z.object({
    /** Maximum composite score when stated (sum of section weights plus any bonus); null if not. */
    weight: z.number().positive().nullable(),
    rows: z.array(compositeRowSchema),
    /** Why there are no rows although the notice introduced the table (e.g. it was published as an image). */
    unpublished: z.object({ reason: required('line'), reasonEn: required('line').optional() }).optional(),
  }),
  flags: z.array(flagAwardSchema),
  movements: z.array(movementFactSchema),
  notes: z.array(noteSchema),
  sources: z.array(slug),
  /**
   * Set on a quarter made by the importer: the document it was read from becomes the quarter's own
   * source (listed in `sources`, readable in the sources panel), and every figure knows its line.
   */
  imported: z
    .object({
      /** When it was imported (ISO date-time). */
      at: required('line'),
      input: z.enum(['text', 'csv', 'xlsx']),
      fileName: text('line').nullable(),
      source: sourceSchema,
      /** The document as read (spreadsheets as tab-separated lines, one block per sheet). */
      text: text('document'),
      /** Figure key (e.g. "section/economy/huangdao", "flag/top") → 1-based line in `text`. */
      lines: z.record(text('line'), z.number().int().min(1)),
    })
    .optional(),
})
export type QuarterFile = z.infer<typeof quarterFileSchema>

const newsItemSchema = z.object({
  id: slug,
  event: required('line'),
  eventDate: isoDate,
  /** The quarter whose results the statement refers to, when known. */
  quarter: quarterId.nullable(),
  type: required('name'),
  speaker: z.object({ name: required('name'), title: text('line').nullable() }).nullable(),
  /** A district id, or null for items about all ten. */
  district: districtRef.nullable(),
  title: required('line'),
  summary: required('paragraph'),
  note: text('paragraph').optional(),
  sources: z.array(slug).min(1),
})
export const newsFileSchema = z.array(newsItemSchema)
export type NewsItem = z.infer<typeof newsItemSchema>
