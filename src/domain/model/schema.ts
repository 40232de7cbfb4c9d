/**
 * The bundled data format, validated once at the boundary (inside each query function).
 * Types used across the app are inferred from these schemas, so the format has one definition.
 *
 * Honesty is part of the format: every figure carries a provenance, either
 * `published` (with the ids of its sources) or `derived` (with the rule and its inputs).
 * Anything absent is "not published" and must be shown as 未公布, never as 0.
 */
import { z } from 'zod'
import { RULE_IDS } from './figure'
import { DATASET_IDS, FLAG_IDS, SECTION_IDS } from './ids'
import { QUARTER_RE, type QuarterId } from './quarter'

export type { FlagId, SectionId, SectionOrOverall } from './ids'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const quarterId = z
  .string()
  .regex(QUARTER_RE, '季度格式应为 YYYYQn，例如 2022Q2') as unknown as z.ZodType<QuarterId>
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id 应为小写字母、数字或连字符')

const districtSchema = z.object({
  id: slug,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Other names used in notices and news, e.g. 西海岸新区 for huangdao; searched by the filter. */
  aliases: z.array(z.string()),
})
export const districtsFileSchema = z.array(districtSchema).min(1)
export type District = z.infer<typeof districtSchema>

const sourceSchema = z.object({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().nullable(),
  date: isoDate.nullable(),
  url: z.string().url().nullable(),
  /** A copy bundled with the app (path relative to the site root), when the original is not online. */
  localCopy: z.string().nullable(),
  kind: z.enum(['official-notice', 'news', 'secondary', 'generated']),
  note: z.string().optional(),
  /** The note in English, for the English UI. */
  noteEn: z.string().optional(),
  /** The document's text, where the app carries it (the notice an imported quarter was read from). */
  text: z.string().optional(),
})
export const sourcesFileSchema = z.array(sourceSchema)
export type Source = z.infer<typeof sourceSchema>

const provenanceSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('published'),
    sources: z.array(slug).min(1),
    /** The sentence in the source that states the figure, when it is not a plain table cell. */
    quote: z.string().optional(),
  }),
  z.object({
    status: z.literal('derived'),
    /** The rule or arithmetic, named so a reader can check it. */
    rule: z.string().min(1),
    /** The published facts the rule was applied to. */
    inputs: z.array(z.string().min(1)).min(1),
    sources: z.array(slug),
    /** Set where the rule is one the app applies itself (worded by the UI in its language). */
    ruleId: z.enum(RULE_IDS).optional(),
  }),
])
export type Provenance = z.infer<typeof provenanceSchema>

const sectionRowSchema = z.object({
  district: z.string(),
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
    reason: z.string().min(1),
    /** The reason in English, for the English UI (the Chinese one is shown where it is missing). */
    reasonEn: z.string().min(1).optional(),
  }),
])

const sectionSchema = z.object({
  id: z.enum(SECTION_IDS),
  /** Maximum score of the section; null when the notice did not state it. */
  weight: z.number().positive().nullable(),
  indicatorCount: z.number().int().positive().nullable(),
  indicators: z.string().nullable(),
  table: sectionTableSchema,
})
export type Section = z.infer<typeof sectionSchema>

const compositeRowSchema = z
  .object({
    district: z.string(),
    rank: z.number().int().min(1).nullable(),
    score: z.number().nullable(),
    /** Total stars over all sections, where a source states it. */
    totalStars: z.number().int().min(0).nullable().optional(),
    provenance: provenanceSchema,
    /** Set where the table printed no rank and `rank` is computed from the score order; the score keeps its provenance. */
    rankDerived: z.literal(true).optional(),
  })
  .refine((r) => r.rank !== null || r.score !== null, {
    message: '综合成绩行至少要有位次或得分',
    path: ['rank'],
  })
export type CompositeRow = z.infer<typeof compositeRowSchema>

const flagAwardSchema = z.object({
  flag: z.enum(FLAG_IDS),
  districts: z.array(z.string()).min(1),
  reason: z.string().min(1),
  provenance: provenanceSchema,
})
export type FlagAward = z.infer<typeof flagAwardSchema>

/** A published statement of movement, e.g. "市南区较一季度上升2个位次" → placesUp 2 vs 2022Q1. */
const movementFactSchema = z.object({
  district: z.string(),
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
  zh: z.string().min(1),
  en: z.string().min(1),
})
export type DataNote = z.infer<typeof noteSchema>

export const quarterFileSchema = z.object({
  quarter: quarterId,
  dataset: z.enum(DATASET_IDS),
  notice: z.object({
    issuer: z.string().nullable(),
    published: isoDate.nullable(),
    basis: z.string().nullable(),
    sources: z.array(slug),
  }),
  sections: z.array(sectionSchema),
  bonusItems: z.array(z.string()),
  composite: z.object({
    /** Maximum composite score when stated (sum of section weights plus any bonus); null if not. */
    weight: z.number().positive().nullable(),
    rows: z.array(compositeRowSchema),
    /** Why there are no rows although the notice introduced the table (e.g. it was published as an image). */
    unpublished: z.object({ reason: z.string().min(1), reasonEn: z.string().min(1).optional() }).optional(),
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
      at: z.string().min(1),
      input: z.enum(['text', 'csv', 'xlsx']),
      fileName: z.string().nullable(),
      source: sourceSchema,
      /** The document as read (spreadsheets as tab-separated lines, one block per sheet). */
      text: z.string(),
      /** Figure key (e.g. "section/economy/huangdao", "flag/top") → 1-based line in `text`. */
      lines: z.record(z.string(), z.number().int().min(1)),
    })
    .optional(),
})
export type QuarterFile = z.infer<typeof quarterFileSchema>

const newsItemSchema = z.object({
  id: slug,
  event: z.string().min(1),
  eventDate: isoDate,
  /** The quarter whose results the statement refers to, when known. */
  quarter: quarterId.nullable(),
  type: z.string().min(1),
  speaker: z.object({ name: z.string().min(1), title: z.string().nullable() }).nullable(),
  /** A district id, or null for items about all ten. */
  district: z.string().nullable(),
  title: z.string().min(1),
  summary: z.string().min(1),
  note: z.string().optional(),
  sources: z.array(slug).min(1),
})
export const newsFileSchema = z.array(newsItemSchema)
export type NewsItem = z.infer<typeof newsItemSchema>
